package dev.javakit.suite;

import dev.javakit.annotations.KitService;
import dev.javakit.annotations.http.POST;

/** A service whose server bindings refuse fields its types do not declare. */
@KitService(rejectUnknownFields = true, clients = false, decorators = false)
public interface StrictService {

    /** The record is the body. */
    @POST("/strict/notes")
    String post(Note note);

    /** The parameters are the body's fields. */
    @POST("/strict/echo")
    String echo(String text, int times);
}
