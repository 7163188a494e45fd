package dev.javakit.transport.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.javakit.annotations.ErrorStatus;
import dev.javakit.context.Context;
import dev.javakit.endpoint.EndpointInfo;
import dev.javakit.json.JsonCodec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A request that fails before its endpoint runs (a hook or its decoder refuses it) has no service
 * log line and no endpoint span, so the server writes exactly one WARN line for it; a failure the
 * endpoint itself reports is left to the service's own logging.
 */
class RefusedBeforeEndpointLogTest {

    record Profile(String id, String name) {
    }

    @ErrorStatus(409)
    static class Taken extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Taken(String message) {
            super(message);
        }
    }

    private static final JsonCodec CODEC = JsonCodec.standard();
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();

    private final Logger serverLog = (Logger) LoggerFactory.getLogger(HttpServer.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private HttpServer server;

    @BeforeEach
    void start() throws Exception {
        logged.start();
        serverLog.addAppender(logged);
        serverLog.setAdditive(false);
        HttpRoutes routes = HttpRoutes.builder()
                .route("PUT", "/profiles/{id}", new EndpointInfo("Profiles", "putProfile"),
                        (Context ctx, Profile profile) -> profile,
                        request -> request.body(CODEC.reader(Profile.class)),
                        CODEC.writer(Profile.class)::write)
                .route("GET", "/pages/{n}", new EndpointInfo("Profiles", "page"),
                        (Context ctx, Integer n) -> new Profile(String.valueOf(n), "page"),
                        request -> Params.toInt(request.pathParam("n"), "path parameter 'n'"),
                        CODEC.writer(Profile.class)::write)
                .route("GET", "/taken", new EndpointInfo("Profiles", "taken"),
                        (Context ctx, String ignored) -> {
                            throw new Taken("already taken");
                        },
                        request -> "",
                        CODEC.writer(Profile.class)::write)
                .build();
        server = HttpServer.builder().address("127.0.0.1:0").routes(routes)
                .before((ctx, request) -> {
                    if ("no".equals(request.header("X-Let-In"))) {
                        throw new HttpStatusException(401, "not let in");
                    }
                    return ctx;
                })
                .build().start();
    }

    @AfterEach
    void stop() {
        server.stop(Duration.ZERO);
        serverLog.detachAppender(logged);
        serverLog.setAdditive(true);
    }

    private HttpResponse<String> send(String method, String path, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
    }

    private List<ILoggingEvent> warnings() {
        synchronized (logged) {
            return logged.list.stream().filter(event -> event.getLevel() == Level.WARN).toList();
        }
    }

    private static Map<String, Object> values(ILoggingEvent event) {
        return event.getKeyValuePairs().stream().collect(Collectors.toMap(pair -> pair.key, pair -> String.valueOf(pair.value)));
    }

    @Test
    void anUndecodableBodyIsLoggedOnceAtWarnWithRouteStatusDurationAndError() throws Exception {
        HttpResponse<String> response = send("PUT", "/profiles/p1", "{\"id\":5}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(warnings()).singleElement().satisfies(event -> {
            assertThat(event.getMessage()).isEqualTo("request refused before its endpoint");
            Map<String, Object> values = values(event);
            assertThat(values).containsEntry("method", "PUT").containsEntry("route", "/profiles/{id}")
                    .containsEntry("endpoint", "Profiles.putProfile").containsEntry("status", "400")
                    .containsEntry("err", "invalid request body: field 'id' must be a string");
            assertThat((String) values.get("took")).matches("\\d+\\.\\d{3}ms");
        });
    }

    @Test
    void aBadParameterIsLoggedOnceAtWarn() throws Exception {
        assertThat(send("GET", "/pages/two", null).statusCode()).isEqualTo(400);

        assertThat(warnings()).singleElement().satisfies(event -> assertThat(values(event))
                .containsEntry("route", "/pages/{n}").containsEntry("status", "400")
                .containsEntry("err", "path parameter 'n' must be an integer"));
    }

    @Test
    void aHookRefusingTheRequestIsLoggedOnceAtWarn() throws Exception {
        assertThat(send("GET", "/pages/2", null, "X-Let-In", "no").statusCode()).isEqualTo(401);

        assertThat(warnings()).singleElement().satisfies(event -> assertThat(values(event))
                .containsEntry("route", "/pages/{n}").containsEntry("status", "401").containsEntry("err", "not let in"));
    }

    @Test
    void whatTheEndpointReportsAndWhatNoRouteServesAreNotLoggedByTheServer() throws Exception {
        assertThat(send("GET", "/taken", null).statusCode()).isEqualTo(409);
        assertThat(send("GET", "/pages/2", null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/nowhere", null).statusCode()).isEqualTo(404);

        assertThat(warnings()).isEmpty();
    }
}
