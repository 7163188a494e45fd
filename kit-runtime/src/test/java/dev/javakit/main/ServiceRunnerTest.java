package dev.javakit.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.javakit.health.HealthStatus;
import dev.javakit.transport.http.HttpResponse;
import dev.javakit.transport.http.HttpRoutes;
import dev.javakit.transport.http.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The one-call start, over a real server on a free loopback port. */
class ServiceRunnerTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(Duration.ofSeconds(1));
        }
    }

    /** A service of one route that counts its calls on the runner's registry and answers its --greeting. */
    private static ServiceRunner greeter() {
        return ServiceRunner.named("greeter")
                .flag("greeting", "hello", "what to answer")
                .routes(setup -> List.of(HttpRoutes.builder()
                        .route("GET", "/greet", (ctx, request) -> {
                            setup.registry().counter("greetings").increment();
                            return new HttpResponse(200, "text/plain", setup.flags().get("greeting").getBytes(StandardCharsets.UTF_8));
                        })
                        .build()));
    }

    @Test
    void servesTheRoutesBesideMetricsAndHealthOnTheGivenAddress() throws Exception {
        server = greeter().start("--http.addr=127.0.0.1:0", "--greeting", "hi");

        assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
        assertThat(get("/greet")).isEqualTo("200 hi");
        assertThat(get("/health/live")).startsWith("200 ");
        assertThat(get("/health/ready")).startsWith("200 ").contains("\"status\":\"UP\"");
        String metrics = get("/metrics");
        assertThat(metrics).startsWith("200 ")
                .contains("greetings_total 1.0")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/greet\"[^}]*} 1");
    }

    @Test
    void aFailingReadinessCheckMakesReady503() throws Exception {
        server = greeter().readiness("database", () -> HealthStatus.down("out of reach")).start("--http.addr=127.0.0.1:0");

        assertThat(get("/health/ready")).startsWith("503 ").contains("database").contains("out of reach");
        assertThat(get("/health/live")).startsWith("200 ");
    }

    @Test
    void theServerCanBeConfiguredFurther() throws Exception {
        server = greeter()
                .server((builder, setup) -> builder.routes(HttpRoutes.builder()
                        .route("GET", "/name", (ctx, request) -> new HttpResponse(200, "text/plain",
                                setup.name().getBytes(StandardCharsets.UTF_8)))
                        .build()))
                .start("--http.addr=127.0.0.1:0");

        assertThat(get("/name")).isEqualTo("200 greeter");
    }

    @Test
    void startingWithoutRoutesSaysSo() {
        assertThatThrownBy(() -> ServiceRunner.named("empty").start("--http.addr=127.0.0.1:0"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no routes");
    }

    @Test
    void anUnreadableCommandLineIsOneLineTheUsageAndStatusTwo() {
        Output output = new Output();

        int status = greeter().launch(output.out, output.err, "--greting=hi");

        assertThat(status).isEqualTo(2);
        assertThat(output.err()).startsWith("greeter: unknown flag: --greting=hi" + System.lineSeparator()
                + "usage: greeter [--http.addr=VALUE] [--greeting=VALUE]");
        assertThat(output.out()).isEmpty();
    }

    @Test
    void anAddressThatIsNotHostPortIsAUsageError() {
        Output output = new Output();

        assertThat(greeter().launch(output.out, output.err, "--http.addr=8080")).isEqualTo(2);
        assertThat(output.err()).startsWith("greeter: address must be [host]:port, like :8080 or 127.0.0.1:8080: 8080");
    }

    @Test
    void helpPrintsTheUsageWithDefaults() {
        Output output = new Output();

        assertThat(greeter().defaultAddress(":8081").booleanFlag("loud", "shout").launch(output.out, output.err, "-h"))
                .isZero();
        assertThat(output.out()).isEqualTo(String.join(System.lineSeparator(),
                "usage: greeter [--http.addr=VALUE] [--greeting=VALUE] [--loud]",
                "  --http.addr  HTTP listen address, [host]:port (default \":8081\")",
                "  --greeting   what to answer (default \"hello\")",
                "  --loud       shout",
                ""));
    }

    @Test
    void aBusyPortIsOneLineStatusOneAndClosesWhatWasRegistered() throws IOException {
        AtomicInteger closed = new AtomicInteger();
        Output output = new Output();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String address = "127.0.0.1:" + taken.getLocalPort();

            int status = greeter().onStop(closed::incrementAndGet).launch(output.out, output.err, "--http.addr=" + address);

            assertThat(status).isEqualTo(1);
            assertThat(output.err()).isEqualTo("greeter: cannot listen on " + address + ": address already in use"
                    + System.lineSeparator());
            assertThat(closed).hasValue(1);
        }
    }

    @Test
    void aFlagCannotBeDeclaredTwiceNorShadowHelp() {
        assertThatThrownBy(() -> greeter().flag("greeting", "", "again")).hasMessageContaining("--greeting is already declared");
        assertThatThrownBy(() -> greeter().booleanFlag("help", "")).hasMessageContaining("--help is already declared");
    }

    private String get(String path) throws IOException, InterruptedException {
        var response = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(10)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }

    /** Standard output and error of one launch, kept apart. */
    private static final class Output {
        private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
        final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

        String out() {
            return outBytes.toString(StandardCharsets.UTF_8);
        }

        String err() {
            return errBytes.toString(StandardCharsets.UTF_8);
        }
    }
}
