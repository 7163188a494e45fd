package dev.javakit.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a service interface whose endpoints, codecs and transports are generated at compile time.
 *
 * <p>Every abstract method of the interface (including inherited ones) becomes one endpoint.
 * Default and static methods, and methods of {@link Object}, are not endpoints. For an interface
 * {@code ProfileService} the processor writes, in the same package:
 *
 * <ul>
 *   <li>{@code ProfileServiceEndpoints}: the request and response records, one typed endpoint
 *       per method, and an implementation of the interface over those endpoints;
 *   <li>{@code ForwardingProfileService}: a base class for service middlewares;
 *   <li>{@code ProfileServiceHttpRoutes}: the HTTP decoders, encoders and route table.
 * </ul>
 *
 * <p>A nested interface {@code Outer.Inner} gets names prefixed with {@code Outer_Inner}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface KitService {

    /**
     * The service name used in logs, metrics and traces; the interface's simple name when empty.
     */
    String name() default "";
}
