package test;

import dev.javakit.context.Context;
import dev.javakit.json.JsonReader;
import dev.javakit.transport.http.client.ClientErrors;
import dev.javakit.transport.http.client.HttpClientTransport;
import dev.javakit.transport.jsonrpc.JsonRpcClientTransport;
import java.net.URI;
import java.util.Objects;
import javax.annotation.processing.Generated;

@Generated("dev.javakit.processor.KitProcessor")
public final class GreeterServiceJsonRpcClient {
    private static final ClientErrors GREET_ERRORS = ClientErrors.builder()
            .fixed(404, UnknownLanguageException::new)
            .build();

    private static final ClientErrors ADD_GREETING_ERRORS = ClientErrors.builder()
            .fixed(409, DuplicateGreetingException::new)
            .build();

    private static final ClientErrors LIST_ERRORS = ClientErrors.NONE;

    private static final ClientErrors DELETE_ERRORS = ClientErrors.NONE;

    private static final ClientErrors ADD_ALL_ERRORS = ClientErrors.NONE;

    private final JsonRpcClientTransport transport;

    private final JsonReader<GreeterServiceEndpoints.GreetResponse> greetResponse;

    private final JsonReader<GreeterServiceEndpoints.AddGreetingResponse> addGreetingResponse;

    private final JsonReader<GreeterServiceEndpoints.ListResponse> listResponse;

    private final JsonReader<GreeterServiceEndpoints.DeleteResponse> deleteResponse;

    private final JsonReader<GreeterServiceEndpoints.AddAllResponse> addAllResponse;

    private GreeterServiceJsonRpcClient(JsonRpcClientTransport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.greetResponse = transport.http().json().reader(GreeterServiceEndpoints.GreetResponse.class);
        this.addGreetingResponse = transport.http().json().reader(GreeterServiceEndpoints.AddGreetingResponse.class);
        this.listResponse = transport.http().json().reader(GreeterServiceEndpoints.ListResponse.class);
        this.deleteResponse = transport.http().json().reader(GreeterServiceEndpoints.DeleteResponse.class);
        this.addAllResponse = transport.http().json().reader(GreeterServiceEndpoints.AddAllResponse.class);
    }

    public static GreeterServiceEndpoints endpoints(JsonRpcClientTransport transport) {
        GreeterServiceJsonRpcClient client = new GreeterServiceJsonRpcClient(transport);
        return new GreeterServiceEndpoints(
                client::greet,
                client::addGreeting,
                client::list,
                client::delete,
                client::addAll);
    }

    public static GreeterService create(String baseUrl, String path) {
        return endpoints(new JsonRpcClientTransport(HttpClientTransport.builder(URI.create(baseUrl)).build(), path));
    }

    GreeterServiceEndpoints.GreetResponse greet(Context ctx,
            GreeterServiceEndpoints.GreetRequest request) throws Exception {
        return transport.call(ctx, "greet", true, request, greetResponse, GREET_ERRORS);
    }

    GreeterServiceEndpoints.AddGreetingResponse addGreeting(Context ctx,
            GreeterServiceEndpoints.AddGreetingRequest request) throws Exception {
        return transport.call(ctx, "addGreeting", false, request, addGreetingResponse, ADD_GREETING_ERRORS);
    }

    GreeterServiceEndpoints.ListResponse list(Context ctx,
            GreeterServiceEndpoints.ListRequest request) throws Exception {
        return transport.call(ctx, "list", true, request, listResponse, LIST_ERRORS);
    }

    GreeterServiceEndpoints.DeleteResponse delete(Context ctx,
            GreeterServiceEndpoints.DeleteRequest request) throws Exception {
        return transport.call(ctx, "delete", true, request, deleteResponse, DELETE_ERRORS);
    }

    GreeterServiceEndpoints.AddAllResponse addAll(Context ctx,
            GreeterServiceEndpoints.AddAllRequest request) throws Exception {
        return transport.call(ctx, "addAll", false, request, addAllResponse, ADD_ALL_ERRORS);
    }
}
