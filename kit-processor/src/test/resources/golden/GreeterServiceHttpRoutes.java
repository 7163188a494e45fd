package test;

import dev.javakit.json.JsonCodec;
import dev.javakit.json.JsonReader;
import dev.javakit.transport.http.HttpRoutes;
import dev.javakit.transport.http.HttpServerRequest;
import dev.javakit.transport.http.Params;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;
import tools.jackson.core.type.TypeReference;

@Generated("dev.javakit.processor.KitProcessor")
public final class GreeterServiceHttpRoutes {
    private final JsonReader<Greeting> addGreetingBody;

    private final JsonReader<List<Greeting>> addAllBody;

    private GreeterServiceHttpRoutes(JsonCodec json) {
        this.addGreetingBody = json.reader(Greeting.class);
        this.addAllBody = json.reader(new TypeReference<List<Greeting>>() {});
    }

    public static HttpRoutes of(GreeterServiceEndpoints endpoints) {
        return of(endpoints, JsonCodec.standard());
    }

    public static HttpRoutes of(GreeterServiceEndpoints endpoints, JsonCodec json) {
        GreeterServiceHttpRoutes decoders = new GreeterServiceHttpRoutes(json);
        return HttpRoutes.builder()
                .route("GET", "/greetings/{name}", GreeterServiceEndpoints.GREET, endpoints.greetEndpoint(),
                        decoders::decodeGreet, json.writer(GreeterServiceEndpoints.GreetResponse.class)::write)
                .route("POST", "/greetings/", GreeterServiceEndpoints.ADD_GREETING, endpoints.addGreetingEndpoint(),
                        decoders::decodeAddGreeting, json.writer(GreeterServiceEndpoints.AddGreetingResponse.class)::write)
                .route("GET", "/greetings/", GreeterServiceEndpoints.LIST, endpoints.listEndpoint(),
                        decoders::decodeList, json.writer(GreeterServiceEndpoints.ListResponse.class)::write)
                .route("DELETE", "/greetings/{id}", GreeterServiceEndpoints.DELETE, endpoints.deleteEndpoint(),
                        decoders::decodeDelete, json.writer(GreeterServiceEndpoints.DeleteResponse.class)::write)
                .route("POST", "/greetings/bulk", GreeterServiceEndpoints.ADD_ALL, endpoints.addAllEndpoint(),
                        decoders::decodeAddAll, json.writer(GreeterServiceEndpoints.AddAllResponse.class)::write)
                .errorStatus(UnknownLanguageException.class, 404)
                .errorStatus(DuplicateGreetingException.class, 409)
                .build();
    }

    GreeterServiceEndpoints.GreetRequest decodeGreet(HttpServerRequest request) {
        return new GreeterServiceEndpoints.GreetRequest(
                request.pathParam("name"),
                Optional.ofNullable(request.queryParam("lang")),
                request.header("X-Request-Id"));
    }

    GreeterServiceEndpoints.AddGreetingRequest decodeAddGreeting(HttpServerRequest request) {
        return new GreeterServiceEndpoints.AddGreetingRequest(
                request.body(addGreetingBody),
                Params.required(request.queryParam("priority"), "query parameter 'priority'", Params::toInt));
    }

    GreeterServiceEndpoints.ListRequest decodeList(HttpServerRequest request) {
        return new GreeterServiceEndpoints.ListRequest(
                request.queryParams("tag"),
                Params.optional(request.queryParam("limit"), "query parameter 'limit'", Params::toInt),
                Params.required(request.queryParam("color"), "query parameter 'color'", Params.toEnum(Color.class)));
    }

    GreeterServiceEndpoints.DeleteRequest decodeDelete(HttpServerRequest request) {
        return new GreeterServiceEndpoints.DeleteRequest(Params.toUuid(request.pathParam("id"), "path parameter 'id'"));
    }

    GreeterServiceEndpoints.AddAllRequest decodeAddAll(HttpServerRequest request) {
        return new GreeterServiceEndpoints.AddAllRequest(request.body(addAllBody));
    }
}
