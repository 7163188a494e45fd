package dev.javakit.suite;

import dev.javakit.annotations.KitService;
import dev.javakit.annotations.http.GET;
import dev.javakit.annotations.http.POST;
import dev.javakit.annotations.http.PUT;
import org.jspecify.annotations.Nullable;

/** Parameters and results annotated with JSpecify's {@code @Nullable} beside required ones. */
@KitService
public interface NullableService {

    /** Both parameters are the body's fields, and the request record is the body. */
    @POST("/signatures/")
    String sign(String text, @Nullable String author);

    /** The body's fields beside a path parameter: a body record nested in the routes. */
    @PUT("/signatures/{id}")
    String resign(String id, String text, @Nullable String author);

    /** A result that may be {@code null}. */
    @GET("/signatures/{id}")
    @Nullable String find(String id);

    /** A result that may not be {@code null}. */
    @GET("/signatures/{id}/text")
    String text(String id);
}
