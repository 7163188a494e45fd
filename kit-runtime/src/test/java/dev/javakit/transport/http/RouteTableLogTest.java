package dev.javakit.transport.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.javakit.context.Context;
import dev.javakit.endpoint.EndpointInfo;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class RouteTableLogTest {

    @Test
    void startLogsTheRouteTableOnceALinePerRouteAfterListening() throws Exception {
        Logger serverLog = (Logger) LoggerFactory.getLogger(HttpServer.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        serverLog.addAppender(logged);
        // The tests' configuration logs WARN and above; the table is INFO, kept out of the console.
        serverLog.setLevel(Level.INFO);
        serverLog.setAdditive(false);
        HttpServer server = HttpServer.builder().address("127.0.0.1:0")
                .routes(HttpRoutes.builder()
                        .route("GET", "/profiles/{id}", new EndpointInfo("Profiles", "getProfile"),
                                (Context ctx, String id) -> id, request -> "", text -> text.getBytes(UTF_8))
                        .route("GET", "/metrics", (ctx, request) -> HttpResponse.json(new byte[0]))
                        .build())
                .build();
        try {
            server.start();
            List<String> lines;
            synchronized (logged) {
                lines = logged.list.stream()
                        .map(event -> event.getMessage() + " " + event.getKeyValuePairs().stream()
                                .map(pair -> pair.key + "=" + pair.value).collect(Collectors.joining(" ")))
                        .filter(line -> !line.startsWith("stopped"))
                        .toList();
            }
            assertThat(lines).hasSize(3);
            assertThat(lines.get(0)).startsWith("listening ");
            assertThat(lines.subList(1, 3)).containsExactly(
                    "route method=GET route=/profiles/{id} endpoint=Profiles.getProfile",
                    "route method=GET route=/metrics");
        } finally {
            server.stop(Duration.ZERO);
            serverLog.detachAppender(logged);
            serverLog.setLevel(null);
            serverLog.setAdditive(true);
        }
    }
}
