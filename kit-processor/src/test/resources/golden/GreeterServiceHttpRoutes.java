package test;

import dev.javakit.json.JsonCodec;
import dev.javakit.json.JsonReader;
import dev.javakit.transport.http.HttpRoutes;
import dev.javakit.transport.http.Params;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.annotation.processing.Generated;
import tools.jackson.core.type.TypeReference;

/**
 * The HTTP routes of {@link GreeterService}, each decoding a request into its request record for
 * its endpoint, as Go kit's {@code MakeHTTPHandler}: give {@code of(endpoints)} to an HTTP server.
 */
@Generated("dev.javakit.processor.KitProcessor")
public final class GreeterServiceHttpRoutes {
    private GreeterServiceHttpRoutes() {
    }

    /**
     * Returns the routes of {@code endpoints}, with bodies in the standard JSON codec.
     */
    public static HttpRoutes of(GreeterServiceEndpoints endpoints) {
        return of(endpoints, JsonCodec.standard());
    }

    /**
     * Returns the routes of {@code endpoints}, with bodies read and written by {@code json}.
     */
    public static HttpRoutes of(GreeterServiceEndpoints endpoints, JsonCodec json) {
        JsonReader<GreeterServiceEndpoints.AddGreetingRequest> addGreetingBody = json.reader(GreeterServiceEndpoints.AddGreetingRequest.class);
        JsonReader<List<Greeting>> addAllBody = json.reader(new TypeReference<List<Greeting>>() {});
        JsonReader<RenameBody> renameBody = json.reader(RenameBody.class);
        JsonReader<GreeterServiceEndpoints.EchoRequest> echoBody = json.reader(GreeterServiceEndpoints.EchoRequest.class);
        return HttpRoutes.builder()
                .route("GET", "/greetings/{name}", GreeterServiceEndpoints.GREET, endpoints.greetEndpoint(),
                        request -> new GreeterServiceEndpoints.GreetRequest(
                                request.pathParam("name"),
                                Optional.ofNullable(request.queryParam("lang")),
                                request.header("X-Request-Id")),
                        json.writer(GreeterServiceEndpoints.GreetResponse.class)::write)
                .route("POST", "/greetings/", GreeterServiceEndpoints.ADD_GREETING, endpoints.addGreetingEndpoint(),
                        request -> request.body(addGreetingBody),
                        json.writer(GreeterServiceEndpoints.AddGreetingResponse.class)::write)
                .route("GET", "/greetings/", GreeterServiceEndpoints.LIST, endpoints.listEndpoint(),
                        request -> new GreeterServiceEndpoints.ListRequest(
                                request.queryParams("tag"),
                                Params.optional(request.queryParam("limit"), "query parameter 'limit'", Params::toInt),
                                Params.required(request.queryParam("color"), "query parameter 'color'", Params.toEnum(Color.class))),
                        json.writer(GreeterServiceEndpoints.ListResponse.class)::write)
                .route("DELETE", "/greetings/{id}", GreeterServiceEndpoints.DELETE, endpoints.deleteEndpoint(),
                        request -> new GreeterServiceEndpoints.DeleteRequest(Params.toUuid(request.pathParam("id"), "path parameter 'id'")),
                        json.writer(GreeterServiceEndpoints.DeleteResponse.class)::write)
                .route("POST", "/greetings/bulk", GreeterServiceEndpoints.ADD_ALL, endpoints.addAllEndpoint(),
                        request -> new GreeterServiceEndpoints.AddAllRequest(request.body(addAllBody)),
                        json.writer(GreeterServiceEndpoints.AddAllResponse.class)::write)
                .route("PUT", "/greetings/{id}", GreeterServiceEndpoints.RENAME, endpoints.renameEndpoint(),
                        request -> {
                            RenameBody body = request.body(renameBody);
                            return new GreeterServiceEndpoints.RenameRequest(
                                    Params.toUuid(request.pathParam("id"), "path parameter 'id'"),
                                    body.text(),
                                    body.author());
                        },
                        json.writer(GreeterServiceEndpoints.RenameResponse.class)::write)
                .route("POST", "/GreeterService/echo", GreeterServiceEndpoints.ECHO, endpoints.echoEndpoint(),
                        request -> request.body(echoBody),
                        json.writer(GreeterServiceEndpoints.EchoResponse.class)::write)
                .errorStatus(UnknownLanguageException.class, 404)
                .errorStatus(DuplicateGreetingException.class, 409)
                .build();
    }

    /**
     * The JSON body of {@link GreeterService#rename(UUID, String, String)} over HTTP:
     * the arguments that are not in its path, query or headers.
     */
    public record RenameBody(String text, @Nullable String author) {
    }
}
