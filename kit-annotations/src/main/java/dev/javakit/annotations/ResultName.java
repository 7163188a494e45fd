package dev.javakit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the field a method's result is wrapped in on the wire.
 *
 * <p>{@code @ResultName("profile") Profile getProfile(String id)} answers
 * {@code {"profile": {...}}}. Without it the field is called {@code result}. Methods returning
 * {@code void} answer {@code {}} and must not carry this annotation. The name must be a Java
 * identifier, because it is also the name of the response record's component.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface ResultName {

    /** The JSON field name, which is also the response record's component name. */
    String value();
}
