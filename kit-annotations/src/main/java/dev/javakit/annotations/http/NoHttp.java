package dev.javakit.annotations.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Keeps a service method off HTTP: it has no route, and the generated HTTP client's endpoint for
 * it throws {@link UnsupportedOperationException}.
 *
 * <p>The method is still an endpoint, with its middlewares, and is still served over JSON-RPC.
 * Without this annotation, a method with no HTTP method annotation is served on
 * {@code POST /<Service>/<method>} (the interface's simple name, the method's name) with its
 * parameters as the fields of a JSON body. It excludes {@code @GET}, {@code @POST}, {@code @PUT},
 * {@code @PATCH} and {@code @DELETE} on the method and {@code @Path}, {@code @Query},
 * {@code @Header} and {@code @Body} on its parameters.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface NoHttp {
}
