package dev.javakit.health;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.javakit.context.Context;
import dev.javakit.endpoint.EndpointInfo;
import dev.javakit.transport.http.HttpRoutes;
import dev.javakit.transport.http.HttpServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HealthTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();

    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(Duration.ZERO);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString(UTF_8));
    }

    @Test
    void readinessIsDownWhileStartingThenFollowsTheServerAndStaysDownOnceStopping() {
        Health health = Health.builder().build();

        assertThat(health.readiness().up()).isFalse();
        assertThat(health.readiness().checks()).containsExactly(
                new HealthReport.Check("server", "DOWN", java.util.Map.of("reason", "starting")));
        health.serving();
        assertThat(health.readiness().up()).isTrue();
        health.stopping();
        health.serving();
        assertThat(health.readiness().checks()).containsExactly(
                new HealthReport.Check("server", "DOWN", java.util.Map.of("reason", "stopping")));
        assertThat(health.liveness().up()).isTrue();
    }

    @Test
    void aCheckThatFailsThrowsOrAnswersNullIsDownWithAReason() {
        Health health = Health.builder()
                .readiness("db", () -> HealthStatus.down("no connection"))
                .readiness("cache", () -> {
                    throw new IllegalStateException("cache gone");
                })
                .readiness("broken", () -> null)
                .liveness("loop", HealthStatus::up)
                .build();
        health.serving();

        HealthReport ready = health.readiness();

        assertThat(ready.status()).isEqualTo("DOWN");
        assertThat(ready.checks()).extracting(check -> check.name() + " " + check.status() + " " + check.data())
                .containsExactly(
                        "server UP {}",
                        "db DOWN {reason=no connection}",
                        "cache DOWN {reason=IllegalStateException: cache gone}",
                        "broken DOWN {reason=NullPointerException: a health check returned null}");
        assertThat(health.liveness().status()).isEqualTo("UP");
    }

    @Test
    void servesBothProbesAsJsonWith200WhenUpAnd503WhenDown() throws Exception {
        AtomicBoolean dbUp = new AtomicBoolean(true);
        Health health = Health.builder()
                .readiness("db", () -> dbUp.get() ? HealthStatus.up() : HealthStatus.down("no connection"))
                .build();
        server = HttpServer.builder().address("127.0.0.1:0").routes(health.routes()).build().start();

        HttpResponse<String> ready = get("/health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
        assertThat(ready.body()).isEqualTo(
                "{\"status\":\"UP\",\"checks\":[{\"name\":\"server\",\"status\":\"UP\"},{\"name\":\"db\",\"status\":\"UP\"}]}");
        assertThat(get("/health/live").body()).isEqualTo("{\"status\":\"UP\",\"checks\":[]}");

        dbUp.set(false);
        HttpResponse<String> down = get("/health/ready");
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.body()).isEqualTo("{\"status\":\"DOWN\",\"checks\":[{\"name\":\"server\",\"status\":\"UP\"},"
                + "{\"name\":\"db\",\"status\":\"DOWN\",\"data\":{\"reason\":\"no connection\"}}]}");
        assertThat(get("/health/live").statusCode()).isEqualTo(200);
    }

    @Test
    void readinessGoesDownAsSoonAsTheServerBeginsToStopWhileItFinishesItsRequests() throws Exception {
        Health health = Health.builder().build();
        CountDownLatch inFlight = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        HttpRoutes slow = HttpRoutes.builder()
                .route("GET", "/slow", new EndpointInfo("Test", "slow"),
                        (Context ctx, String ignored) -> {
                            inFlight.countDown();
                            release.await(5, TimeUnit.SECONDS);
                            return "done";
                        },
                        request -> "",
                        text -> ("\"" + text + "\"").getBytes(UTF_8))
                .build();
        server = HttpServer.builder().address("127.0.0.1:0").routes(health.routes()).routes(slow).build().start();
        assertThat(health.readiness().up()).isTrue();
        var answer = CLIENT.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/slow")).build(),
                HttpResponse.BodyHandlers.ofString(UTF_8));
        assertThat(inFlight.await(5, TimeUnit.SECONDS)).isTrue();

        Thread stopping = new Thread(() -> server.stop(Duration.ofSeconds(5)));
        stopping.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (health.readiness().up() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }

        assertThat(health.readiness().checks().get(0).data()).containsEntry("reason", "stopping");
        assertThat(stopping.isAlive()).as("the server still finishes its request").isTrue();
        release.countDown();
        assertThat(answer.get(5, TimeUnit.SECONDS).body()).isEqualTo("\"done\"");
        stopping.join(5_000);
        server = null;
    }

    @Test
    void refusesTwoChecksOfOneNameAndTheServersOwnName() {
        assertThatIllegalArgumentException().isThrownBy(() -> Health.builder()
                .readiness("db", HealthStatus::up).readiness("db", HealthStatus::up)).withMessageContaining("two health checks named db");
        assertThatIllegalArgumentException().isThrownBy(() -> Health.builder().readiness("server", HealthStatus::up))
                .withMessageContaining("'server'");
    }
}
