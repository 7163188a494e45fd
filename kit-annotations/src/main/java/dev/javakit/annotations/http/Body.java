package dev.javakit.annotations.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a parameter to the JSON request body.
 *
 * <p>On {@code POST}, {@code PUT} and {@code PATCH} the one parameter that is neither a path, a
 * query nor a header parameter is the body without this annotation; use it to make a
 * simple-typed parameter the body. A method has at most one body, and {@code GET} and
 * {@code DELETE} have none.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Body {
}
