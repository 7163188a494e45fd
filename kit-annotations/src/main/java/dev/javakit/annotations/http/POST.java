package dev.javakit.annotations.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Serves a service method on HTTP {@code POST} at a path template such as {@code /profiles/{id}}.
 *
 * <p>The template starts with {@code /} and is matched exactly, trailing slash included.
 * Parameters that are neither path, query nor header parameters are read from the JSON request
 * body: the body itself for a lone record, array, collection or map, else the fields of a JSON
 * object (see {@link Body}). A segment written {@code {name}} matches one non-empty,
 * percent-decoded path segment and binds it to the parameter of that name (or the one annotated
 * {@code @Path("name")}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface POST {

    /** The path template. */
    String value();
}
