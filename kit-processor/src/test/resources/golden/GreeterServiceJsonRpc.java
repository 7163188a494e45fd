package test;

import dev.javakit.json.JsonCodec;
import dev.javakit.transport.jsonrpc.JsonRpcMethods;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The JSON-RPC 2.0 methods of {@link GreeterService}, bound to its endpoints with the request
 * records as named params, as Go kit's {@code jsonrpc.EndpointCodecMap}: serve them with
 * {@code JsonRpcHandler.routes(path, of(endpoints))}.
 */
@Generated("dev.javakit.processor.KitProcessor")
public final class GreeterServiceJsonRpc {
    private GreeterServiceJsonRpc() {
    }

    /**
     * Returns the methods of {@code endpoints}, with params and results in the standard JSON codec.
     */
    public static JsonRpcMethods of(GreeterServiceEndpoints endpoints) {
        return of(endpoints, JsonCodec.standard());
    }

    /**
     * Returns the methods of {@code endpoints}, with params and results read and written by
     * {@code json}.
     */
    public static JsonRpcMethods of(GreeterServiceEndpoints endpoints, JsonCodec json) {
        return JsonRpcMethods.builder()
                .method("greet", GreeterServiceEndpoints.GREET, endpoints.greetEndpoint(),
                        json.reader(GreeterServiceEndpoints.GreetRequest.class), List.<String>of("name", "language", "requestId"), Set.<String>of("name"))
                .method("addGreeting", GreeterServiceEndpoints.ADD_GREETING, endpoints.addGreetingEndpoint(),
                        json.reader(GreeterServiceEndpoints.AddGreetingRequest.class), List.<String>of("greeting", "priority"), Set.<String>of("greeting", "priority"))
                .method("list", GreeterServiceEndpoints.LIST, endpoints.listEndpoint(),
                        json.reader(GreeterServiceEndpoints.ListRequest.class), List.<String>of("tags", "limit", "color"), Set.<String>of("color"))
                .method("delete", GreeterServiceEndpoints.DELETE, endpoints.deleteEndpoint(),
                        json.reader(GreeterServiceEndpoints.DeleteRequest.class), List.<String>of("greetingId"), Set.<String>of("greetingId"))
                .method("addAll", GreeterServiceEndpoints.ADD_ALL, endpoints.addAllEndpoint(),
                        json.reader(GreeterServiceEndpoints.AddAllRequest.class), List.<String>of("greetings"), Set.<String>of("greetings"))
                .method("rename", GreeterServiceEndpoints.RENAME, endpoints.renameEndpoint(),
                        json.reader(GreeterServiceEndpoints.RenameRequest.class), List.<String>of("greetingId", "text", "author"), Set.<String>of("greetingId", "text"))
                .method("echo", GreeterServiceEndpoints.ECHO, endpoints.echoEndpoint(),
                        json.reader(GreeterServiceEndpoints.EchoRequest.class), List.<String>of("text", "times"), Set.<String>of("text", "times"))
                .method("reset", GreeterServiceEndpoints.RESET, endpoints.resetEndpoint(),
                        json.reader(GreeterServiceEndpoints.ResetRequest.class), List.<String>of(), Set.<String>of())
                .errorStatus(UnknownLanguageException.class, 404)
                .errorStatus(DuplicateGreetingException.class, 409)
                .build();
    }
}
