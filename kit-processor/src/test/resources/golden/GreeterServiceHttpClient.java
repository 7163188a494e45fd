package test;

import dev.javakit.json.JsonCodec;
import dev.javakit.json.JsonReader;
import dev.javakit.json.JsonWriter;
import dev.javakit.sd.Instancer;
import dev.javakit.sd.lb.LoadBalancing;
import dev.javakit.transport.http.client.ClientRequest;
import dev.javakit.transport.http.client.HttpClientTransport;
import java.net.URI;
import java.util.List;
import javax.annotation.processing.Generated;
import tools.jackson.core.type.TypeReference;

/**
 * Calls {@link GreeterService} over HTTP with the routes and records of its server,
 * as Go kit's {@code MakeClientEndpoints}: {@link #create} returns the service, {@link #endpoints} its
 * endpoints.
 */
@Generated("dev.javakit.processor.KitProcessor")
public final class GreeterServiceHttpClient {
    private GreeterServiceHttpClient() {
    }

    /**
     * Returns the endpoints that call the service with {@code transport}, as a service themselves;
     * wrap them with client middlewares first.
     */
    public static GreeterServiceEndpoints endpoints(HttpClientTransport transport) {
        JsonCodec json = transport.json();
        JsonReader<GreeterServiceEndpoints.GreetResponse> greetResponse = json.reader(GreeterServiceEndpoints.GreetResponse.class);
        JsonWriter<GreeterServiceEndpoints.AddGreetingRequest> addGreetingBody = json.writer(GreeterServiceEndpoints.AddGreetingRequest.class);
        JsonReader<GreeterServiceEndpoints.AddGreetingResponse> addGreetingResponse = json.reader(GreeterServiceEndpoints.AddGreetingResponse.class);
        JsonReader<GreeterServiceEndpoints.ListResponse> listResponse = json.reader(GreeterServiceEndpoints.ListResponse.class);
        JsonReader<GreeterServiceEndpoints.DeleteResponse> deleteResponse = json.reader(GreeterServiceEndpoints.DeleteResponse.class);
        JsonWriter<List<Greeting>> addAllBody = json.writer(new TypeReference<List<Greeting>>() {});
        JsonReader<GreeterServiceEndpoints.AddAllResponse> addAllResponse = json.reader(GreeterServiceEndpoints.AddAllResponse.class);
        JsonWriter<GreeterServiceHttpRoutes.RenameBody> renameBody = json.writer(GreeterServiceHttpRoutes.RenameBody.class);
        JsonReader<GreeterServiceEndpoints.RenameResponse> renameResponse = json.reader(GreeterServiceEndpoints.RenameResponse.class);
        JsonWriter<GreeterServiceEndpoints.EchoRequest> echoBody = json.writer(GreeterServiceEndpoints.EchoRequest.class);
        JsonReader<GreeterServiceEndpoints.EchoResponse> echoResponse = json.reader(GreeterServiceEndpoints.EchoResponse.class);
        return new GreeterServiceEndpoints(
                (ctx, request) -> transport.call(ctx, ClientRequest.of("GET", "/greetings/{name}")
                        .path("name", request.name())
                        .query("lang", request.language().orElse(null))
                        .header("X-Request-Id", request.requestId()),
                        greetResponse, GreeterServiceClientErrors.GREET),
                (ctx, request) -> transport.call(ctx, ClientRequest.of("POST", "/greetings/")
                        .body(addGreetingBody.write(request)),
                        addGreetingResponse, GreeterServiceClientErrors.ADD_GREETING),
                (ctx, request) -> transport.call(ctx, ClientRequest.of("GET", "/greetings/")
                        .queryAll("tag", request.tags())
                        .query("limit", request.limit().orElse(null))
                        .query("color", request.color()),
                        listResponse, GreeterServiceClientErrors.LIST),
                (ctx, request) -> transport.call(ctx, ClientRequest.of("DELETE", "/greetings/{id}")
                        .path("id", request.greetingId()),
                        deleteResponse, GreeterServiceClientErrors.DELETE),
                (ctx, request) -> transport.call(ctx, ClientRequest.of("POST", "/greetings/bulk")
                        .body(addAllBody.write(request.greetings())),
                        addAllResponse, GreeterServiceClientErrors.ADD_ALL),
                (ctx, request) -> transport.call(ctx, ClientRequest.of("PUT", "/greetings/{id}")
                        .path("id", request.greetingId())
                        .body(renameBody.write(new GreeterServiceHttpRoutes.RenameBody(request.text(), request.author()))),
                        renameResponse, GreeterServiceClientErrors.RENAME),
                (ctx, request) -> transport.call(ctx, ClientRequest.of("POST", "/GreeterService/echo")
                        .body(echoBody.write(request)),
                        echoResponse, GreeterServiceClientErrors.ECHO),
                (ctx, request) -> {
                    throw new UnsupportedOperationException("GreeterService.reset is @NoHttp: call it over JSON-RPC");
                });
    }

    /**
     * Returns the service served at {@code baseUrl}, called with a default transport.
     */
    public static GreeterService create(String baseUrl) {
        return endpoints(HttpClientTransport.builder(URI.create(baseUrl)).build());
    }

    /**
     * Returns the service spread over the instances {@code instancer} lists, with the default
     * load balancing and transport.
     */
    public static GreeterService create(Instancer instancer) {
        return endpoints(instancer, LoadBalancing.defaults(), HttpClientTransport.builder());
    }

    /**
     * Returns the endpoints that spread calls over the instances {@code instancer} lists as
     * {@code policy} says, calling each with a transport {@code transports} builds; the
     * endpoints of a transport to no instance give the set its shape.
     */
    public static GreeterServiceEndpoints endpoints(Instancer instancer, LoadBalancing policy,
            HttpClientTransport.Builder transports) {
        return policy.over(instancer, instance -> endpoints(transports.build(instance)))
                .endpoints(endpoints(transports.build()), GreeterServiceEndpoints::with);
    }
}
