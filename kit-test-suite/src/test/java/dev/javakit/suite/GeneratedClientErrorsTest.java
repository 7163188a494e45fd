package dev.javakit.suite;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.javakit.endpoint.Endpoint;
import dev.javakit.endpoint.EndpointInfo;
import dev.javakit.endpoint.Middleware;
import dev.javakit.transport.http.HttpServer;
import dev.javakit.transport.http.HttpStatusException;
import dev.javakit.transport.http.client.HttpClientException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The generated client rethrows a declared exception only when the server threw it, with exactly
 * its message: against our server, which names the exception, and against a Go kit-shaped one,
 * which answers {@code {"error": "..."}} and names none.
 */
@Timeout(30)
class GeneratedClientErrorsTest {

    /** Answers as the service does; a refusal set on it is thrown before any endpoint, as a limiter's. */
    static final class Orders implements OrderService, Middleware {

        volatile HttpStatusException refusal;

        @Override
        public String getOrder(String id) throws OrderNotFoundException, UnavailableException {
            return switch (id) {
                case "missing" -> throw new OrderNotFoundException(id);
                case "down" -> throw new UnavailableException("maintenance until 10:00");
                default -> "order " + id;
            };
        }

        @Override
        public String concat(String a, String b) throws MaxSizeExceededException, InvalidOrderException {
            if (a.isEmpty()) {
                throw new InvalidOrderException("a must not be empty");
            }
            if (a.length() + b.length() > 10) {
                throw new MaxSizeExceededException();
            }
            return a + b;
        }

        @Override
        public String place(String order) throws TooLargeException, SlowDownException {
            return switch (order) {
                case "big" -> throw new TooLargeException("an order has at most 100 lines");
                case "again" -> throw new SlowDownException();
                default -> "o-1";
            };
        }

        @Override
        public <Req, Resp> Endpoint<Req, Resp> wrap(EndpointInfo endpoint, Endpoint<Req, Resp> next) {
            return (ctx, request) -> {
                HttpStatusException refused = refusal;
                if (refused != null) {
                    throw refused;
                }
                return next.call(ctx, request);
            };
        }
    }

    @Nested
    class FromOurServer {

        private final Orders orders = new Orders();
        private final HttpServer server;
        private final OrderService client;

        FromOurServer() throws IOException {
            server = HttpServer.builder()
                    .address("127.0.0.1:0")
                    .maxRequestBodyBytes(64)
                    .routes(OrderServiceHttpRoutes.of(OrderServiceEndpoints.of(orders).with(orders)))
                    .build()
                    .start();
            client = OrderServiceHttpClient.create(base());
        }

        private String base() {
            return "http://127.0.0.1:" + server.port();
        }

        @AfterEach
        void stop() {
            server.stop(Duration.ofSeconds(1));
        }

        @Test
        void declaredExceptionsComeBackAsThemselvesWithTheServersMessage() {
            assertThat(catchThrowableOfType(MaxSizeExceededException.class, () -> client.concat("abcdef", "ghijkl")))
                    .hasMessage("result exceeds maximum size");
            assertThat(catchThrowableOfType(InvalidOrderException.class, () -> client.concat("", "x")))
                    .hasMessage("a must not be empty");
            assertThat(catchThrowableOfType(UnavailableException.class, () -> client.getOrder("down")))
                    .hasMessage("maintenance until 10:00");
            assertThat(catchThrowableOfType(TooLargeException.class, () -> client.place("big")))
                    .hasMessage("an order has at most 100 lines");
            assertThat(catchThrowableOfType(SlowDownException.class, () -> client.place("again")))
                    .hasMessage("slow down");
        }

        @Test
        void anExceptionWhoseConstructorChangesTheMessageIsAnHttpClientExceptionWithTheServersAnswer() {
            assertAnswer(() -> client.getOrder("missing"), 404, "{\"error\":\"order missing not found\"}");
        }

        @Test
        void aWrongBaseUrlIsTheRoutersNotADeclared404() {
            OrderService misconfigured = OrderServiceHttpClient.create(base() + "/api/v1/orders");

            assertAnswer(() -> misconfigured.getOrder("x"), 404,
                    "{\"error\":\"no route for /api/v1/orders/api/v1/orders/x\"}");
        }

        @Test
        void aMissingParameterIsTheDecodersNotADeclared400() {
            assertAnswer(() -> client.concat(null, "x"), 400, "{\"error\":\"missing query parameter 'a'\"}");
        }

        @Test
        void aBodyOverTheLimitIsTheServersNotADeclared413() {
            assertAnswer(() -> client.place("x".repeat(100)), 413, "{\"error\":\"request body is larger than 64 bytes\"}");
        }

        @Test
        void aRefusalWithADeclaredStatusAndMessageIsStillNotTheDeclaredException() {
            orders.refusal = new HttpStatusException(429, "slow down", Map.of("Retry-After", "1"));
            assertAnswer(() -> client.place("again"), 429, "{\"error\":\"slow down\"}");

            orders.refusal = new HttpStatusException(503, "server is overloaded; retry later");
            assertAnswer(() -> client.getOrder("down"), 503, "{\"error\":\"server is overloaded; retry later\"}");
        }
    }

    @Nested
    class FromAGoKitServer {

        private final com.sun.net.httpserver.HttpServer server;
        private final OrderService client;
        private volatile int status;
        private volatile String contentType = "application/json; charset=utf-8";
        private volatile String body;

        FromAGoKitServer() throws IOException {
            server = com.sun.net.httpserver.HttpServer.create(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                try (exchange) {
                    exchange.getRequestBody().readAllBytes();
                    byte[] bytes = body.getBytes(UTF_8);
                    exchange.getResponseHeaders().set("Content-Type", contentType);
                    exchange.sendResponseHeaders(status, bytes.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(bytes);
                    }
                }
            });
            server.start();
            client = OrderServiceHttpClient.create("http://127.0.0.1:" + server.getAddress().getPort());
        }

        @AfterEach
        void stop() {
            server.stop(0);
        }

        /** Answers as Go kit's {@code encodeError} does: the status and {@code {"error": message}}, nothing else. */
        private void answerError(int newStatus, String message) {
            status = newStatus;
            body = "{\"error\":\"" + message + "\"}";
        }

        @Test
        void declaredExceptionsComeBackAsThemselvesWithTheServersMessage() {
            answerError(400, "result exceeds maximum size");
            assertThat(catchThrowableOfType(MaxSizeExceededException.class, () -> client.concat("abcdef", "ghijkl")))
                    .hasMessage("result exceeds maximum size");
            answerError(400, "a must not be empty");
            assertThat(catchThrowableOfType(InvalidOrderException.class, () -> client.concat("", "x")))
                    .hasMessage("a must not be empty");
            answerError(503, "maintenance until 10:00");
            assertThat(catchThrowableOfType(UnavailableException.class, () -> client.getOrder("down")))
                    .hasMessage("maintenance until 10:00");
            answerError(413, "an order has at most 100 lines");
            assertThat(catchThrowableOfType(TooLargeException.class, () -> client.place("big")))
                    .hasMessage("an order has at most 100 lines");
            answerError(429, "slow down");
            assertThat(catchThrowableOfType(SlowDownException.class, () -> client.place("again")))
                    .hasMessage("slow down");
        }

        @Test
        void aFixedMessageExceptionTakesNoOtherMessageOfItsStatus() {
            answerError(429, "rate limit exceeded");

            assertAnswer(() -> client.place("again"), 429, "{\"error\":\"rate limit exceeded\"}");
        }

        @Test
        void anExceptionWhoseConstructorChangesTheMessageIsAnHttpClientExceptionWithTheServersAnswer() {
            answerError(404, "order missing not found");

            assertAnswer(() -> client.getOrder("missing"), 404, "{\"error\":\"order missing not found\"}");
        }

        @Test
        void theRoutersPageIsNeverADeclaredException() {
            status = 404;
            contentType = "text/plain; charset=utf-8";
            body = "404 page not found\n";

            assertAnswer(() -> client.getOrder("x"), 404, "404 page not found\n");
        }

        @Test
        void aProxysPageIsNeverADeclaredException() {
            status = 503;
            contentType = "text/html";
            body = "<html><body>503 Service Unavailable</body></html>";

            assertAnswer(() -> client.getOrder("down"), 503, body);
        }
    }

    private static void assertAnswer(ThrowingCallable call, int status, String body) {
        HttpClientException thrown = catchThrowableOfType(HttpClientException.class, call);

        assertThat(thrown).as("HttpClientException").isNotNull();
        assertThat(thrown.status()).isEqualTo(status);
        assertThat(thrown.bodyExcerpt()).isEqualTo(body);
    }
}
