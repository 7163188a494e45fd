package dev.javakit.metrics;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.javakit.transport.http.HttpResponse;
import dev.javakit.transport.http.HttpRoutes;
import dev.javakit.transport.http.HttpServer;
import dev.javakit.transport.http.HttpStatusException;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HttpServerMetricsTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final HttpServerMetrics metrics = new HttpServerMetrics(registry);
    /** Released by a listener mounted after the metrics, so a permit means the metrics have recorded. */
    private final Semaphore completed = new Semaphore(0);
    private HttpServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(Duration.ZERO);
        }
    }

    private Timer timer(String method, String uri, String status, String outcome) {
        return registry.get(HttpServerMetrics.REQUESTS)
                .tags("method", method, "uri", uri, "status", status, "outcome", outcome)
                .timer();
    }

    private void startServer() throws Exception {
        HttpRoutes routes = HttpRoutes.builder()
                .route("GET", "/items/{id}", (ctx, request) -> {
                    String id = request.pathParam("id");
                    if (id.equals("gone")) {
                        throw new HttpStatusException(404, "no item " + id);
                    }
                    return new HttpResponse(200, "text/plain; charset=utf-8", id.getBytes(UTF_8));
                })
                .route("GET", "/boom", (ctx, request) -> {
                    throw new IllegalStateException("boom");
                })
                .build();
        server = HttpServer.builder()
                .address("127.0.0.1:0")
                .routes(routes)
                .listener(metrics)
                .listener((method, route, status, durationNanos) -> completed.release())
                .build()
                .start();
    }

    /** Sends a request, waits until the metrics have recorded it and returns its status. */
    private int send(String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(5))
                .build();
        int status = CLIENT.send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        assertThat(completed.tryAcquire(5, TimeUnit.SECONDS)).as("request reported to listeners").isTrue();
        return status;
    }

    @Test
    void timerNameIsSpringsAndMicrometers() {
        assertThat(HttpServerMetrics.REQUESTS).isEqualTo("http.server.requests");
    }

    @Test
    void requestIsTimedWithMethodTemplateStatusAndOutcome() {
        metrics.requestCompleted("GET", "/items/{id}", 200, 1_234_567);

        Timer timer = timer("GET", "/items/{id}", "200", "SUCCESS");
        assertThat(timer.count()).isEqualTo(1);
        assertThat(timer.totalTime(TimeUnit.NANOSECONDS)).isEqualTo(1_234_567.0);
    }

    @Test
    void sameMethodTemplateAndStatusShareOneTimer() {
        metrics.requestCompleted("GET", "/items/{id}", 200, 1_000);
        metrics.requestCompleted("GET", "/items/{id}", 200, 2_000);

        assertThat(registry.find(HttpServerMetrics.REQUESTS).timers()).hasSize(1);
        assertThat(timer("GET", "/items/{id}", "200", "SUCCESS").totalTime(TimeUnit.NANOSECONDS)).isEqualTo(3_000.0);
    }

    @Test
    void eachStatusIsItsOwnSeries() {
        metrics.requestCompleted("GET", "/items/{id}", 200, 1_000);
        metrics.requestCompleted("GET", "/items/{id}", 404, 1_000);

        assertThat(timer("GET", "/items/{id}", "200", "SUCCESS").count()).isEqualTo(1);
        assertThat(timer("GET", "/items/{id}", "404", "CLIENT_ERROR").count()).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({"201, SUCCESS", "302, SUCCESS", "400, CLIENT_ERROR", "429, CLIENT_ERROR", "500, SERVER_ERROR",
            "503, SERVER_ERROR"})
    void outcomeFollowsTheStatus(int status, String outcome) {
        metrics.requestCompleted("POST", "/items", status, 1_000);

        assertThat(timer("POST", "/items", Integer.toString(status), outcome).count()).isEqualTo(1);
    }

    @Test
    void unroutedNotFoundIsTaggedNotFound() {
        metrics.requestCompleted("GET", null, 404, 1_000);

        assertThat(timer("GET", "NOT_FOUND", "404", "CLIENT_ERROR").count()).isEqualTo(1);
    }

    @Test
    void otherUnroutedRequestsAreTaggedUnknown() {
        metrics.requestCompleted("DELETE", null, 405, 1_000);
        metrics.requestCompleted("GET", null, 400, 1_000);

        assertThat(timer("DELETE", "UNKNOWN", "405", "CLIENT_ERROR").count()).isEqualTo(1);
        assertThat(timer("GET", "UNKNOWN", "400", "CLIENT_ERROR").count()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT"})
    void standardMethodsAreTaggedAsTheyAre(String method) {
        metrics.requestCompleted(method, "/items", 200, 1_000);

        assertThat(timer(method, "/items", "200", "SUCCESS").count()).isEqualTo(1);
    }

    @Test
    void inventedMethodsShareTheUnknownTag() {
        metrics.requestCompleted("FOO", "/items", 200, 1_000);
        metrics.requestCompleted("BAR", "/items", 200, 1_000);

        assertThat(registry.find(HttpServerMetrics.REQUESTS).timers()).hasSize(1);
        assertThat(timer("UNKNOWN", "/items", "200", "SUCCESS").count()).isEqualTo(2);
    }

    @Test
    void rejectsMissingRegistry() {
        assertThatNullPointerException().isThrownBy(() -> new HttpServerMetrics(null));
    }

    @Test
    void servedRequestIsTaggedWithTheRouteTemplateNotThePath() throws Exception {
        startServer();

        assertThat(send("GET", "/items/42")).isEqualTo(200);

        Timer timer = timer("GET", "/items/{id}", "200", "SUCCESS");
        assertThat(timer.count()).isEqualTo(1);
        assertThat(timer.totalTime(TimeUnit.NANOSECONDS)).isPositive();
        assertThat(registry.find(HttpServerMetrics.REQUESTS).tag("uri", "/items/42").timers()).isEmpty();
    }

    @Test
    void manyRawPathsMakeOneSeriesPerTemplate() throws Exception {
        startServer();

        for (int i = 0; i < 25; i++) {
            assertThat(send("GET", "/items/" + i)).isEqualTo(200);
        }

        assertThat(registry.find(HttpServerMetrics.REQUESTS).timers()).hasSize(1);
        assertThat(timer("GET", "/items/{id}", "200", "SUCCESS").count()).isEqualTo(25);
    }

    @Test
    void unknownPathIsTaggedNotFound() throws Exception {
        startServer();

        assertThat(send("GET", "/nowhere/7")).isEqualTo(404);

        assertThat(timer("GET", "NOT_FOUND", "404", "CLIENT_ERROR").count()).isEqualTo(1);
        assertThat(registry.find(HttpServerMetrics.REQUESTS).timers()).hasSize(1);
    }

    @Test
    void wrongMethodOnAKnownPathIsTaggedUnknown() throws Exception {
        startServer();

        assertThat(send("DELETE", "/items/42")).isEqualTo(405);

        assertThat(timer("DELETE", "UNKNOWN", "405", "CLIENT_ERROR").count()).isEqualTo(1);
    }

    @Test
    void undecodablePathIsTaggedUnknown() throws Exception {
        startServer();

        assertThat(send("GET", "/items/%FF")).isEqualTo(400);

        assertThat(timer("GET", "UNKNOWN", "400", "CLIENT_ERROR").count()).isEqualTo(1);
    }

    @Test
    void notFoundFromAMatchedRouteKeepsItsTemplate() throws Exception {
        startServer();

        assertThat(send("GET", "/items/gone")).isEqualTo(404);

        assertThat(timer("GET", "/items/{id}", "404", "CLIENT_ERROR").count()).isEqualTo(1);
        assertThat(registry.find(HttpServerMetrics.REQUESTS).tag("uri", "NOT_FOUND").timers()).isEmpty();
    }

    @Test
    void throwingEndpointIsAServerError() throws Exception {
        startServer();

        assertThat(send("GET", "/boom")).isEqualTo(500);

        assertThat(timer("GET", "/boom", "500", "SERVER_ERROR").count()).isEqualTo(1);
    }

    @Test
    void inventedMethodOverTheWireIsTaggedUnknown() throws Exception {
        startServer();

        assertThat(send("FOO", "/items/42")).isEqualTo(405);

        assertThat(timer("UNKNOWN", "UNKNOWN", "405", "CLIENT_ERROR").count()).isEqualTo(1);
        assertThat(registry.find(HttpServerMetrics.REQUESTS).tag("method", "FOO").timers()).isEmpty();
    }
}
