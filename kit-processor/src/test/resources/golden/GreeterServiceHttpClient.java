package test;

import dev.javakit.context.Context;
import dev.javakit.json.JsonReader;
import dev.javakit.json.JsonWriter;
import dev.javakit.transport.http.client.ClientErrors;
import dev.javakit.transport.http.client.ClientRequest;
import dev.javakit.transport.http.client.HttpClientTransport;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import tools.jackson.core.type.TypeReference;

@Generated("dev.javakit.processor.KitProcessor")
public final class GreeterServiceHttpClient {
    private static final ClientErrors GREET_ERRORS = ClientErrors.builder()
            .fixed(404, UnknownLanguageException::new)
            .build();

    private static final ClientErrors ADD_GREETING_ERRORS = ClientErrors.builder()
            .fixed(409, DuplicateGreetingException::new)
            .build();

    private static final ClientErrors LIST_ERRORS = ClientErrors.NONE;

    private static final ClientErrors DELETE_ERRORS = ClientErrors.NONE;

    private static final ClientErrors ADD_ALL_ERRORS = ClientErrors.NONE;

    private final HttpClientTransport transport;

    private final JsonReader<GreeterServiceEndpoints.GreetResponse> greetResponse;

    private final JsonWriter<Greeting> addGreetingBody;

    private final JsonReader<GreeterServiceEndpoints.AddGreetingResponse> addGreetingResponse;

    private final JsonReader<GreeterServiceEndpoints.ListResponse> listResponse;

    private final JsonReader<GreeterServiceEndpoints.DeleteResponse> deleteResponse;

    private final JsonWriter<List<Greeting>> addAllBody;

    private final JsonReader<GreeterServiceEndpoints.AddAllResponse> addAllResponse;

    private GreeterServiceHttpClient(HttpClientTransport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.greetResponse = transport.json().reader(GreeterServiceEndpoints.GreetResponse.class);
        this.addGreetingBody = transport.json().writer(Greeting.class);
        this.addGreetingResponse = transport.json().reader(GreeterServiceEndpoints.AddGreetingResponse.class);
        this.listResponse = transport.json().reader(GreeterServiceEndpoints.ListResponse.class);
        this.deleteResponse = transport.json().reader(GreeterServiceEndpoints.DeleteResponse.class);
        this.addAllBody = transport.json().writer(new TypeReference<List<Greeting>>() {});
        this.addAllResponse = transport.json().reader(GreeterServiceEndpoints.AddAllResponse.class);
    }

    public static GreeterServiceEndpoints endpoints(HttpClientTransport transport) {
        GreeterServiceHttpClient client = new GreeterServiceHttpClient(transport);
        return new GreeterServiceEndpoints(
                client::greet,
                client::addGreeting,
                client::list,
                client::delete,
                client::addAll);
    }

    public static GreeterService create(String baseUrl) {
        return endpoints(HttpClientTransport.builder(URI.create(baseUrl)).build());
    }

    GreeterServiceEndpoints.GreetResponse greet(Context ctx,
            GreeterServiceEndpoints.GreetRequest request) throws Exception {
        return transport.call(ctx, ClientRequest.of("GET", "/greetings/{name}")
                .idempotent(true)
                .path("name", request.name())
                .query("lang", request.language().orElse(null))
                .header("X-Request-Id", request.requestId()),
                greetResponse, GREET_ERRORS);
    }

    GreeterServiceEndpoints.AddGreetingResponse addGreeting(Context ctx,
            GreeterServiceEndpoints.AddGreetingRequest request) throws Exception {
        return transport.call(ctx, ClientRequest.of("POST", "/greetings/")
                .idempotent(false)
                .body(addGreetingBody.write(request.greeting()))
                .query("priority", request.priority()),
                addGreetingResponse, ADD_GREETING_ERRORS);
    }

    GreeterServiceEndpoints.ListResponse list(Context ctx,
            GreeterServiceEndpoints.ListRequest request) throws Exception {
        return transport.call(ctx, ClientRequest.of("GET", "/greetings/")
                .idempotent(true)
                .queryAll("tag", request.tags())
                .query("limit", request.limit().orElse(null))
                .query("color", request.color()),
                listResponse, LIST_ERRORS);
    }

    GreeterServiceEndpoints.DeleteResponse delete(Context ctx,
            GreeterServiceEndpoints.DeleteRequest request) throws Exception {
        return transport.call(ctx, ClientRequest.of("DELETE", "/greetings/{id}")
                .idempotent(true)
                .path("id", request.greetingId()),
                deleteResponse, DELETE_ERRORS);
    }

    GreeterServiceEndpoints.AddAllResponse addAll(Context ctx,
            GreeterServiceEndpoints.AddAllRequest request) throws Exception {
        return transport.call(ctx, ClientRequest.of("POST", "/greetings/bulk")
                .idempotent(false)
                .body(addAllBody.write(request.greetings())),
                addAllResponse, ADD_ALL_ERRORS);
    }
}
