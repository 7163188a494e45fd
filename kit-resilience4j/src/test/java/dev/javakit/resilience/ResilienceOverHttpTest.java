package dev.javakit.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.javakit.endpoint.Endpoint;
import dev.javakit.endpoint.EndpointInfo;
import dev.javakit.json.JsonCodec;
import dev.javakit.transport.http.HttpRoutes;
import dev.javakit.transport.http.HttpServer;
import dev.javakit.transport.http.HttpStatusException;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ResilienceOverHttpTest {

    private static final EndpointInfo GET_ITEM = new EndpointInfo("Items", "getItem", true);
    private static final JsonCodec JSON = JsonCodec.standard();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final AtomicInteger calls = new AtomicInteger();
    private HttpServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(Duration.ZERO);
        }
    }

    /** Serves {@code endpoint} at {@code GET /items/{id}}, answering {@code {"id": ...}}. */
    private void serve(Endpoint<String, String> endpoint) throws IOException {
        HttpRoutes routes = HttpRoutes.builder()
                .route("GET", "/items/{id}", GET_ITEM, endpoint,
                        request -> request.pathParam("id"),
                        id -> JSON.write(Map.of("id", id)))
                .build();
        server = HttpServer.builder().address("127.0.0.1:0").routes(routes).build().start();
    }

    private HttpRequest request(String id) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/items/" + id))
                .timeout(Duration.ofSeconds(5))
                .build();
    }

    private HttpResponse<String> get(String id) throws IOException, InterruptedException {
        return CLIENT.send(request(id), HttpResponse.BodyHandlers.ofString());
    }

    private Endpoint<String, String> counting() {
        return (ctx, id) -> {
            calls.incrementAndGet();
            return id;
        };
    }

    @Test
    void aRateLimitedRouteAnswers429WithRetryAfter() throws Exception {
        RateLimiter limiter = RateLimiter.of("items", RateLimiterConfig.custom()
                .limitForPeriod(1)
                .limitRefreshPeriod(Duration.ofSeconds(10))
                .timeoutDuration(Duration.ZERO)
                .build());
        serve(new RateLimiterMiddleware(limiter).wrap(GET_ITEM, counting()));

        assertThat(get("a").statusCode()).isEqualTo(200);
        HttpResponse<String> refused = get("b");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).isEqualTo("{\"error\":\"too many requests\"}");
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("10");
        assertThat(calls).hasValue(1);
    }

    @Test
    void anOpenBreakerAnswers503WithRetryAfter() throws Exception {
        CircuitBreaker breaker = CircuitBreaker.of("items", CircuitBreakerConfig.custom()
                .slidingWindowSize(2)
                .minimumNumberOfCalls(2)
                .waitDurationInOpenState(Duration.ofSeconds(30))
                .build());
        serve(new CircuitBreakerMiddleware(breaker).wrap(GET_ITEM, (ctx, id) -> {
            calls.incrementAndGet();
            throw new HttpStatusException(502, "upstream failed");
        }));

        assertThat(get("a").statusCode()).isEqualTo(502);
        assertThat(get("b").statusCode()).isEqualTo(502);
        HttpResponse<String> refused = get("c");

        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.body()).isEqualTo("{\"error\":\"service unavailable\"}");
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(calls).hasValue(2);
    }

    @Test
    void aNotFoundAnswerDoesNotOpenTheBreaker() throws Exception {
        CircuitBreaker breaker = CircuitBreaker.of("items", CircuitBreakerConfig.custom()
                .slidingWindowSize(2)
                .minimumNumberOfCalls(2)
                .build());
        serve(new CircuitBreakerMiddleware(breaker).wrap(GET_ITEM, (ctx, id) -> {
            calls.incrementAndGet();
            throw new HttpStatusException(404, "no such item");
        }));

        for (int i = 0; i < 4; i++) {
            assertThat(get("x").statusCode()).isEqualTo(404);
        }
        assertThat(calls).hasValue(4);
    }

    @Test
    void aFullBulkheadAnswers503() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Bulkhead oneAtATime = Bulkhead.of("items", BulkheadConfig.custom().maxConcurrentCalls(1).build());
        BulkheadMiddleware bulkhead = new BulkheadMiddleware(oneAtATime);
        serve(bulkhead.wrap(GET_ITEM, (ctx, id) -> {
            if (id.equals("slow")) {
                entered.countDown();
                release.await(5, TimeUnit.SECONDS);
            }
            return id;
        }));
        try {
            CompletableFuture<HttpResponse<String>> slow =
                    CLIENT.sendAsync(request("slow"), HttpResponse.BodyHandlers.ofString());
            assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();

            HttpResponse<String> refused = get("fast");

            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.body()).isEqualTo("{\"error\":\"too many concurrent calls\"}");
            release.countDown();
            assertThat(slow.get(5, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        } finally {
            release.countDown();
        }
    }

    @Test
    void aCallOverItsTimeLimitAnswers504() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (TimeoutMiddleware timeout = new TimeoutMiddleware(Duration.ofMillis(100))) {
            serve(timeout.wrap(GET_ITEM, (ctx, id) -> {
                release.await(5, TimeUnit.SECONDS);
                return id;
            }));

            HttpResponse<String> timedOut = get("a");

            assertThat(timedOut.statusCode()).isEqualTo(504);
            assertThat(timedOut.body()).isEqualTo("{\"error\":\"timed out\"}");
        } finally {
            release.countDown();
        }
    }
}
