package dev.javakit.transport.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ServerLifecycleListenerTest {

    @Test
    void routeTablesAndTheBuilderHearTheServerStartAndBeginToStopInOrder() throws Exception {
        List<String> heard = new CopyOnWriteArrayList<>();
        ServerLifecycleListener fromTable = recording("table", heard);
        HttpServer server = HttpServer.builder().address("127.0.0.1:0")
                .routes(HttpRoutes.builder().lifecycleListener(fromTable).build().nonBlocking())
                .lifecycleListener(recording("builder", heard))
                .build().start();
        int port = server.port();

        assertThat(heard).containsExactly("table started on " + port, "builder started on " + port);
        server.stop(Duration.ZERO);
        assertThat(heard).endsWith("table stopping", "builder stopping");
        server.stop(Duration.ZERO);
        assertThat(heard).hasSize(4);
    }

    @Test
    void aListenerThatFailsAtStartStopsTheServerAndFailsStart() throws Exception {
        HttpServer server = HttpServer.builder().address("127.0.0.1:0")
                .lifecycleListener(new ServerLifecycleListener() {
                    @Override
                    public void serverStarted(InetSocketAddress address) {
                        throw new IllegalStateException("registry unreachable");
                    }
                })
                .build();

        assertThatThrownBy(server::start).isInstanceOf(IOException.class).hasMessageContaining("registry unreachable");
        assertThatIllegalStateException().isThrownBy(server::address).withMessage("server not started");
    }

    @Test
    void aListenerThatFailsAsTheServerStopsDoesNotKeepItRunning() throws Exception {
        HttpServer server = HttpServer.builder().address("127.0.0.1:0")
                .lifecycleListener(new ServerLifecycleListener() {
                    @Override
                    public void serverStopping() {
                        throw new IllegalStateException("registry unreachable");
                    }
                })
                .build().start();
        int port = server.port();

        server.stop(Duration.ZERO);

        try (ServerSocket again = new ServerSocket(port, 50, java.net.InetAddress.getLoopbackAddress())) {
            assertThat(again.getLocalPort()).as("the port is free again").isEqualTo(port);
        }
    }

    private static ServerLifecycleListener recording(String name, List<String> heard) {
        return new ServerLifecycleListener() {
            @Override
            public void serverStarted(InetSocketAddress address) {
                heard.add(name + " started on " + address.getPort());
            }

            @Override
            public void serverStopping() {
                heard.add(name + " stopping");
            }
        };
    }
}
