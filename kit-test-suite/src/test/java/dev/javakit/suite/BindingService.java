package dev.javakit.suite;

import dev.javakit.annotations.KitService;
import dev.javakit.annotations.http.Body;
import dev.javakit.annotations.http.DELETE;
import dev.javakit.annotations.http.GET;
import dev.javakit.annotations.http.Header;
import dev.javakit.annotations.http.PATCH;
import dev.javakit.annotations.http.POST;
import dev.javakit.annotations.http.PUT;
import dev.javakit.annotations.http.Query;
import java.util.List;
import java.util.Optional;

/** One method per verb and binding rule, each answering what it read, so tests see where each value came from. */
@KitService
public interface BindingService {

    /** Path, header, and two body fields. */
    @POST("/notes/{id}")
    String post(String id, @Header("X-User") String user, int count, Optional<String> text);

    /** One record: the body itself. */
    @PUT("/notes/")
    Note put(Note note);

    /** One list: the body itself. */
    @PATCH("/notes/")
    int patch(List<String> texts);

    /** One simple parameter: a body field. */
    @PATCH("/notes/{id}/text")
    String patchText(String id, String text);

    /** {@code @Body} on a string makes it the whole body; the other simple parameter is then a query parameter. */
    @POST("/raw")
    String raw(@Body String text, int times);

    /** {@code @Query} keeps a parameter in the query on POST. */
    @POST("/mixed")
    String mixed(@Query int page, String text);

    /** Simple parameters on GET are query parameters. */
    @GET("/notes/")
    String get(int a, Optional<String> b);

    /** Simple parameters on DELETE are query parameters. */
    @DELETE("/notes/{id}")
    String delete(String id, String reason);
}
