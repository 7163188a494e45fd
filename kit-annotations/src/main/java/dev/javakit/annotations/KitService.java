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
 *   <li>{@code ProfileServiceLogging}, {@code ProfileServiceMetrics}: logging and metrics
 *       decorators;
 *   <li>{@code ProfileServiceHttpRoutes}, {@code ProfileServiceHttpClient}: the HTTP server binding
 *       and client;
 *   <li>{@code ProfileServiceJsonRpc}, {@code ProfileServiceJsonRpcClient}: the JSON-RPC 2.0 binding
 *       and client;
 *   <li>{@code ProfileServiceClientErrors}: how both clients turn error answers back into the declared
 *       exceptions;
 *   <li>{@code ProfileServiceProtoCodecs}, with {@link Transport#GRPC}: the protobuf codecs of the
 *       service's {@code .proto}.
 * </ul>
 *
 * <p>The endpoints and the forwarding class are always written; {@link #transports()},
 * {@link #clients()} and {@link #decorators()} leave out the others a service does not use, since
 * compiling them is most of what the processor costs a build.
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

    /**
     * The transports the service is bound to: a server binding for each ({@code HttpRoutes},
     * {@code JsonRpc}) and, with {@link #clients()}, a client. Empty for endpoints used in-process
     * only.
     */
    Transport[] transports() default {Transport.HTTP, Transport.JSON_RPC};

    /**
     * Whether a client is written for each of the {@link #transports()} ({@code HttpClient},
     * {@code JsonRpcClient}, and the {@code ClientErrors} they share); false for a service only
     * ever called by other languages or in-process.
     */
    boolean clients() default true;

    /** Whether the logging and metrics service decorators ({@code Logging}, {@code Metrics}) are written. */
    boolean decorators() default true;

    /**
     * Whether the generated server bindings' {@code of(endpoints)} refuse a request with a field the
     * types do not declare, answering 400 (JSON-RPC: {@code -32602}) naming it; false, the default,
     * ignores unknown fields as Go kit does, so that an older server accepts a newer client. The
     * {@code of(endpoints, codec)} overloads read with the codec they are given either way.
     */
    boolean rejectUnknownFields() default false;

    /**
     * The {@code package} of the service's {@code .proto} file, such as {@code acme.profiles.v1}; the
     * Java package when empty. It is part of every gRPC method's name, so changing it breaks callers.
     */
    String protoPackage() default "";
}
