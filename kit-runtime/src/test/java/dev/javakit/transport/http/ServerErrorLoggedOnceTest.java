package dev.javakit.transport.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.javakit.context.Context;
import dev.javakit.endpoint.Endpoint;
import dev.javakit.endpoint.EndpointInfo;
import dev.javakit.log.LoggingMiddleware;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/** A 500 leaves exactly one stack trace in the log: the service's logging's, or else the server's. */
class ServerErrorLoggedOnceTest {

    private static final EndpointInfo BOOM = new EndpointInfo("Test", "boom");
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private HttpServer server;

    @BeforeEach
    void capture() {
        logged.start();
        root.addAppender(logged);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(Duration.ZERO);
        }
        root.detachAppender(logged);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void anUndeclaredFailureIsOneStackTraceWithOrWithoutTheLoggingLayer(boolean loggingLayer) throws Exception {
        Endpoint<String, String> boom = (ctx, request) -> {
            throw new IllegalStateException("disk on fire");
        };
        if (loggingLayer) {
            boom = new LoggingMiddleware(LoggerFactory.getLogger("calls")).wrap(BOOM, boom);
        }
        server = HttpServer.builder().address("127.0.0.1:0")
                .routes(HttpRoutes.builder().route("GET", "/boom", BOOM, boom, request -> "", text -> text.getBytes(UTF_8)).build())
                .build().start();

        HttpResponse<String> response = CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/boom")).build(),
                HttpResponse.BodyHandlers.ofString(UTF_8));

        assertThat(response.statusCode()).isEqualTo(500);
        List<ILoggingEvent> withStackTrace;
        synchronized (logged) {
            withStackTrace = logged.list.stream().filter(event -> event.getThrowableProxy() != null).toList();
        }
        assertThat(withStackTrace).singleElement().satisfies(event -> {
            assertThat(event.getThrowableProxy().getMessage()).isEqualTo("disk on fire");
            assertThat(event.getLoggerName()).isEqualTo(loggingLayer ? "calls" : HttpServer.class.getName());
        });
    }
}
