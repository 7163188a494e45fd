package dev.javakit.annotations.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a parameter to a query string parameter.
 *
 * <p>Simple-typed parameters (strings, primitives, enums, {@code UUID}) that are not path
 * parameters are query parameters by default; this annotation renames one. A query parameter
 * typed {@code Optional<T>} or a nullable boxed type may be absent; one typed {@code List<T>}
 * collects every occurrence; any other must be present.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Query {

    /** The query parameter name; the parameter's name when empty. */
    String value() default "";
}
