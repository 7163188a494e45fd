package test;

import dev.javakit.context.Context;
import dev.javakit.grpc.GrpcMethod;
import dev.javakit.grpc.server.GrpcService;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * The gRPC binding of {@link GreeterService}, the service of {@code META-INF/javakit/test.GreeterService.proto}:
 * its methods as unary rpcs, and {@code of(endpoints)} to give to a gRPC server.
 */
@Generated("dev.javakit.processor.KitProcessor")
public final class GreeterServiceGrpc {
    /**
     * The service's full protobuf name, the prefix of its methods' names on the wire.
     */
    public static final String SERVICE = "test.GreeterService";

    /**
     * Calls {@link GreeterService#greet(String, Optional, String)} as the rpc {@code Greet}.
     *
     * <p>Greets {@code name} in a language, the way a greeter does &amp; nothing more.
     */
    public static final GrpcMethod<GreeterServiceEndpoints.GreetRequest, GreeterServiceEndpoints.GreetResponse> GREET = GrpcMethod.unary(SERVICE, "Greet", GreeterServiceEndpoints.GREET,
            GreeterServiceProtoCodecs.GREET_REQUEST, GreeterServiceProtoCodecs.GREET_RESPONSE);

    /**
     * Calls {@link GreeterService#addGreeting(Context, Greeting, int)} as the rpc {@code AddGreeting}.
     *
     * <p>Adds a greeting whose priority is {@code 0 <= priority && priority < 10}.
     */
    public static final GrpcMethod<GreeterServiceEndpoints.AddGreetingRequest, GreeterServiceEndpoints.AddGreetingResponse> ADD_GREETING = GrpcMethod.unary(SERVICE, "AddGreeting", GreeterServiceEndpoints.ADD_GREETING,
            GreeterServiceProtoCodecs.ADD_GREETING_REQUEST, GreeterServiceProtoCodecs.ADD_GREETING_RESPONSE);

    /**
     * Calls {@link GreeterService#list(List, Optional, Color)} as the rpc {@code List}.
     */
    public static final GrpcMethod<GreeterServiceEndpoints.ListRequest, GreeterServiceEndpoints.ListResponse> LIST = GrpcMethod.unary(SERVICE, "List", GreeterServiceEndpoints.LIST,
            GreeterServiceProtoCodecs.LIST_REQUEST, GreeterServiceProtoCodecs.LIST_RESPONSE);

    /**
     * Calls {@link GreeterService#delete(UUID)} as the rpc {@code Delete}.
     */
    public static final GrpcMethod<GreeterServiceEndpoints.DeleteRequest, GreeterServiceEndpoints.DeleteResponse> DELETE = GrpcMethod.unary(SERVICE, "Delete", GreeterServiceEndpoints.DELETE,
            GreeterServiceProtoCodecs.DELETE_REQUEST, GreeterServiceProtoCodecs.DELETE_RESPONSE);

    /**
     * Calls {@link GreeterService#addAll(List)} as the rpc {@code AddAll}.
     *
     * <p>Returns how many of {@code greetings} were added.
     */
    public static final GrpcMethod<GreeterServiceEndpoints.AddAllRequest, GreeterServiceEndpoints.AddAllResponse> ADD_ALL = GrpcMethod.unary(SERVICE, "AddAll", GreeterServiceEndpoints.ADD_ALL,
            GreeterServiceProtoCodecs.ADD_ALL_REQUEST, GreeterServiceProtoCodecs.ADD_ALL_RESPONSE);

    /**
     * Calls {@link GreeterService#rename(UUID, String, String)} as the rpc {@code Rename}.
     */
    public static final GrpcMethod<GreeterServiceEndpoints.RenameRequest, GreeterServiceEndpoints.RenameResponse> RENAME = GrpcMethod.unary(SERVICE, "Rename", GreeterServiceEndpoints.RENAME,
            GreeterServiceProtoCodecs.RENAME_REQUEST, GreeterServiceProtoCodecs.RENAME_RESPONSE);

    /**
     * Calls {@link GreeterService#echo(String, int)} as the rpc {@code Echo}.
     *
     * <p>Greets with no HTTP annotation: served on {@code POST /GreeterService/echo}.
     */
    public static final GrpcMethod<GreeterServiceEndpoints.EchoRequest, GreeterServiceEndpoints.EchoResponse> ECHO = GrpcMethod.unary(SERVICE, "Echo", GreeterServiceEndpoints.ECHO,
            GreeterServiceProtoCodecs.ECHO_REQUEST, GreeterServiceProtoCodecs.ECHO_RESPONSE);

    /**
     * Calls {@link GreeterService#reset(Context)} as the rpc {@code Reset}.
     */
    public static final GrpcMethod<GreeterServiceEndpoints.ResetRequest, GreeterServiceEndpoints.ResetResponse> RESET = GrpcMethod.unary(SERVICE, "Reset", GreeterServiceEndpoints.RESET,
            GreeterServiceProtoCodecs.RESET_REQUEST, GreeterServiceProtoCodecs.RESET_RESPONSE);

    private GreeterServiceGrpc() {
    }

    /**
     * Returns the gRPC service that calls {@code endpoints}, with the schema server
     * reflection answers from the service's descriptor.
     */
    public static GrpcService of(GreeterServiceEndpoints endpoints) {
        return GrpcService.builder(SERVICE, GreeterServiceGrpc.class, "META-INF/javakit/test.GreeterService.desc")
                .unary(GREET, endpoints.greetEndpoint())
                .unary(ADD_GREETING, endpoints.addGreetingEndpoint())
                .unary(LIST, endpoints.listEndpoint())
                .unary(DELETE, endpoints.deleteEndpoint())
                .unary(ADD_ALL, endpoints.addAllEndpoint())
                .unary(RENAME, endpoints.renameEndpoint())
                .unary(ECHO, endpoints.echoEndpoint())
                .unary(RESET, endpoints.resetEndpoint())
                .errorStatus(UnknownLanguageException.class, 404)
                .errorStatus(DuplicateGreetingException.class, 409)
                .build();
    }
}
