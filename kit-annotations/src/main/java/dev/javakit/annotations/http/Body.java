package dev.javakit.annotations.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a parameter to the whole JSON request body.
 *
 * <p>Without this annotation, on {@code POST}, {@code PUT} and {@code PATCH}, the parameters that
 * are neither path, query nor header parameters are the fields of a JSON object body
 * ({@code int sum(int a, int b)} reads {@code {"a":1,"b":2}}), unless there is one of them and it
 * is not a simple type or an {@code Optional}: a record, an array, a collection or a map is then the
 * body itself. Use this annotation to make any parameter the body itself, a simple-typed one
 * included; the method's other simple-typed parameters are then query parameters. A method has at
 * most one body, and {@code GET} and {@code DELETE} have none.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Body {
}
