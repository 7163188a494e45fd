package dev.javakit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps a business exception to the HTTP status it is answered with.
 *
 * <p>The exception's message becomes the error body's {@code "error"} field, so it must be safe
 * to show to a client. Exceptions a service method declares in its {@code throws} clause are
 * mapped at compile time; other exceptions carrying this annotation are found at run time.
 * Exceptions without it are answered as {@code 500} with a generic message. Subclasses inherit
 * the status of their superclass.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ErrorStatus {

    /** The HTTP status code, from 400 to 599. */
    int value();
}
