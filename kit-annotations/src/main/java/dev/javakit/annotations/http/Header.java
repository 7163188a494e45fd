package dev.javakit.annotations.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a parameter to a request header, such as {@code @Header("X-Request-Id") String requestId}.
 *
 * <p>A header typed {@code Optional<T>} or a nullable boxed type may be absent; any other must be
 * present.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Header {

    /** The header name, matched case-insensitively. */
    String value();
}
