package test;

import dev.javakit.json.JsonCodec;
import dev.javakit.json.JsonReader;
import dev.javakit.transport.http.client.HttpClientTransport;
import dev.javakit.transport.jsonrpc.JsonRpcClientTransport;
import java.net.URI;
import javax.annotation.processing.Generated;

/**
 * Calls {@link GreeterService} over JSON-RPC 2.0 with the request records as named params,
 * as Go kit's {@code jsonrpc.NewClient}: {@link #create} returns the service, {@link #endpoints} its
 * endpoints.
 */
@Generated("dev.javakit.processor.KitProcessor")
public final class GreeterServiceJsonRpcClient {
    private GreeterServiceJsonRpcClient() {
    }

    /**
     * Returns the endpoints that call the service with {@code transport}, as a service themselves;
     * wrap them with client middlewares first.
     */
    public static GreeterServiceEndpoints endpoints(JsonRpcClientTransport transport) {
        JsonCodec json = transport.http().json();
        JsonReader<GreeterServiceEndpoints.GreetResponse> greetResponse = json.reader(GreeterServiceEndpoints.GreetResponse.class);
        JsonReader<GreeterServiceEndpoints.AddGreetingResponse> addGreetingResponse = json.reader(GreeterServiceEndpoints.AddGreetingResponse.class);
        JsonReader<GreeterServiceEndpoints.ListResponse> listResponse = json.reader(GreeterServiceEndpoints.ListResponse.class);
        JsonReader<GreeterServiceEndpoints.DeleteResponse> deleteResponse = json.reader(GreeterServiceEndpoints.DeleteResponse.class);
        JsonReader<GreeterServiceEndpoints.AddAllResponse> addAllResponse = json.reader(GreeterServiceEndpoints.AddAllResponse.class);
        JsonReader<GreeterServiceEndpoints.RenameResponse> renameResponse = json.reader(GreeterServiceEndpoints.RenameResponse.class);
        JsonReader<GreeterServiceEndpoints.EchoResponse> echoResponse = json.reader(GreeterServiceEndpoints.EchoResponse.class);
        JsonReader<GreeterServiceEndpoints.ResetResponse> resetResponse = json.reader(GreeterServiceEndpoints.ResetResponse.class);
        return new GreeterServiceEndpoints(
                (ctx, request) -> transport.call(ctx, "greet", GreeterServiceEndpoints.GREET, request,
                        greetResponse, GreeterServiceClientErrors.GREET),
                (ctx, request) -> transport.call(ctx, "addGreeting", GreeterServiceEndpoints.ADD_GREETING, request,
                        addGreetingResponse, GreeterServiceClientErrors.ADD_GREETING),
                (ctx, request) -> transport.call(ctx, "list", GreeterServiceEndpoints.LIST, request,
                        listResponse, GreeterServiceClientErrors.LIST),
                (ctx, request) -> transport.call(ctx, "delete", GreeterServiceEndpoints.DELETE, request,
                        deleteResponse, GreeterServiceClientErrors.DELETE),
                (ctx, request) -> transport.call(ctx, "addAll", GreeterServiceEndpoints.ADD_ALL, request,
                        addAllResponse, GreeterServiceClientErrors.ADD_ALL),
                (ctx, request) -> transport.call(ctx, "rename", GreeterServiceEndpoints.RENAME, request,
                        renameResponse, GreeterServiceClientErrors.RENAME),
                (ctx, request) -> transport.call(ctx, "echo", GreeterServiceEndpoints.ECHO, request,
                        echoResponse, GreeterServiceClientErrors.ECHO),
                (ctx, request) -> transport.call(ctx, "reset", GreeterServiceEndpoints.RESET, request,
                        resetResponse, GreeterServiceClientErrors.RESET));
    }

    /**
     * Returns the service whose JSON-RPC methods are served at {@code path} of {@code baseUrl},
     * called with a default transport.
     */
    public static GreeterService create(String baseUrl, String path) {
        return endpoints(new JsonRpcClientTransport(HttpClientTransport.builder(URI.create(baseUrl)).build(), path));
    }
}
