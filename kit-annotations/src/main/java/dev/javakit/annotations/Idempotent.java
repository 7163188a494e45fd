package dev.javakit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says whether calling a method twice has the same effect as calling it once, so that retries may
 * repeat it. Without it, methods served on GET, PUT and DELETE are idempotent and those on POST
 * and PATCH are not, as HTTP defines them.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Idempotent {

    /** Whether the method is idempotent. */
    boolean value() default true;
}
