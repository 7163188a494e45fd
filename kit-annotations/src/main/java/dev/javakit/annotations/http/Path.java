package dev.javakit.annotations.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a parameter to a path template placeholder.
 *
 * <p>Only needed when the placeholder's name differs from the parameter's: a parameter whose
 * name matches a placeholder is bound to it without any annotation.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Path {

    /** The placeholder name; the parameter's name when empty. */
    String value() default "";
}
