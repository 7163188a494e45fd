package test;

import dev.javakit.json.JsonCodec;
import dev.javakit.json.JsonReader;
import dev.javakit.sd.Instancer;
import dev.javakit.sd.lb.LoadBalancing;
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
                (ctx, request) -> transport.call(ctx, "greet", request, greetResponse, GreeterServiceClientErrors.GREET),
                (ctx, request) -> transport.call(ctx, "addGreeting", request, addGreetingResponse, GreeterServiceClientErrors.ADD_GREETING),
                (ctx, request) -> transport.call(ctx, "list", request, listResponse, GreeterServiceClientErrors.LIST),
                (ctx, request) -> transport.call(ctx, "delete", request, deleteResponse, GreeterServiceClientErrors.DELETE),
                (ctx, request) -> transport.call(ctx, "addAll", request, addAllResponse, GreeterServiceClientErrors.ADD_ALL),
                (ctx, request) -> transport.call(ctx, "rename", request, renameResponse, GreeterServiceClientErrors.RENAME),
                (ctx, request) -> transport.call(ctx, "echo", request, echoResponse, GreeterServiceClientErrors.ECHO),
                (ctx, request) -> transport.call(ctx, "reset", request, resetResponse, GreeterServiceClientErrors.RESET));
    }

    /**
     * Returns the service whose JSON-RPC methods are served at {@code path} of {@code baseUrl},
     * called with a default transport.
     */
    public static GreeterService create(String baseUrl, String path) {
        return endpoints(new JsonRpcClientTransport(HttpClientTransport.builder(URI.create(baseUrl)).build(), path));
    }

    /**
     * Returns the service whose JSON-RPC methods are served at {@code path} of the instances
     * {@code instancer} lists, spread over them with the default load balancing and transport.
     */
    public static GreeterService create(Instancer instancer, String path) {
        return endpoints(instancer, path, LoadBalancing.defaults(), HttpClientTransport.builder());
    }

    /**
     * Returns the endpoints that spread calls over the instances {@code instancer} lists as
     * {@code policy} says, calling {@code path} of each with a transport {@code transports} builds;
     * the endpoints of a transport to no instance give the set its shape.
     */
    public static GreeterServiceEndpoints endpoints(Instancer instancer, String path,
            LoadBalancing policy, HttpClientTransport.Builder transports) {
        return policy.over(instancer, instance -> endpoints(new JsonRpcClientTransport(transports.build(instance), path)))
                .endpoints(endpoints(new JsonRpcClientTransport(transports.build(), path)), GreeterServiceEndpoints::with);
    }
}
