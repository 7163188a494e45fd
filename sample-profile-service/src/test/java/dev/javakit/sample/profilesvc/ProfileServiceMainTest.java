package dev.javakit.sample.profilesvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.javakit.transport.http.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Wiring and starting the service. */
@Timeout(30)
class ProfileServiceMainTest {

    @Test
    void servesTheNineRoutesJsonRpcMetricsHealthAndApiDescriptionsOnTheRequestedLoopbackAddress() throws IOException {
        HttpServer server = ProfileServiceMain.start("127.0.0.1:0");
        try {
            assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
            assertThat(server.port()).isPositive();
            assertThat(server.routes()).hasSize(15);
            assertThat(server.routes()).filteredOn(route -> route.endpoint() != null).hasSize(9);
            assertThat(server.routes()).filteredOn(route -> route.endpoint() == null)
                    .extracting(route -> route.method() + " " + route.pathTemplate())
                    .containsExactlyInAnyOrder("POST /rpc", "GET /metrics", "GET /health/live", "GET /health/ready",
                            "GET /openapi.json", "GET /openrpc.json");
            new HttpTestClient(server.port()).get("/profiles/nobody").isError(404, "not found");
            assertThat(new HttpTestClient(server.port()).get("/health/ready").body())
                    .isEqualTo("{\"status\":\"UP\",\"checks\":[{\"name\":\"server\",\"status\":\"UP\"}]}");
        } finally {
            server.stop(Duration.ofSeconds(1));
        }
    }

    @Test
    void everyStartHasItsOwnStore() throws IOException {
        HttpServer first = ProfileServiceMain.start("127.0.0.1:0");
        HttpServer second = ProfileServiceMain.start("127.0.0.1:0");
        try {
            new HttpTestClient(first.port()).post("/profiles/", "{\"id\":\"p\"}").isEmptyObject();

            new HttpTestClient(second.port()).get("/profiles/p").isError(404, "not found");
        } finally {
            first.stop(Duration.ofSeconds(1));
            second.stop(Duration.ofSeconds(1));
        }
    }

    @Test
    void addressWithoutPortIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> ProfileServiceMain.start("localhost"));
        assertThatIllegalArgumentException().isThrownBy(() -> ProfileServiceMain.start("127.0.0.1:http"));
    }

    @Test
    void busyPortFailsToStart() throws IOException {
        HttpServer first = ProfileServiceMain.start("127.0.0.1:0");
        try {
            assertThatThrownBy(() -> ProfileServiceMain.start("127.0.0.1:" + first.port()))
                    .isInstanceOf(BindException.class);
        } finally {
            first.stop(Duration.ofSeconds(1));
        }
    }

    @Test
    void stoppedServerRefusesConnections() throws IOException {
        HttpServer server = ProfileServiceMain.start("127.0.0.1:0");
        HttpTestClient http = new HttpTestClient(server.port());
        http.post("/profiles/", "{\"id\":\"p\"}").isEmptyObject();

        server.stop(Duration.ofSeconds(1));

        assertThatThrownBy(() -> http.get("/profiles/p")).isInstanceOf(UncheckedIOException.class);
    }
}
