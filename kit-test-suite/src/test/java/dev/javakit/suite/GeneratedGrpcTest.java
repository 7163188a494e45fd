package dev.javakit.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.javakit.grpc.client.GrpcClientException;
import dev.javakit.grpc.client.GrpcClientTransport;
import dev.javakit.grpc.server.GrpcServer;
import dev.javakit.sd.MutableInstancer;
import dev.javakit.sd.lb.Balancer;
import dev.javakit.sd.lb.LoadBalancing;
import io.grpc.Status;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The generated gRPC binding served by a {@link GrpcServer} on a real socket, called through the
 * generated gRPC client: results, each declared exception rebuilt as itself with the server's
 * message, and the load-balanced client past a stopped instance, closing the channel of an instance
 * that leaves.
 */
@Timeout(30)
class GeneratedGrpcTest {

    private final GeneratedClientErrorsTest.Orders orders = new GeneratedClientErrorsTest.Orders();
    private final GrpcServer first = serve();
    private final GrpcServer second = serve();

    private GrpcServer serve() {
        try {
            return GrpcServer.builder()
                    .address("127.0.0.1:0")
                    .service(OrderServiceGrpc.of(OrderServiceEndpoints.of(orders)))
                    .gracePeriod(Duration.ofSeconds(1))
                    .build()
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void stop() {
        first.stop(Duration.ofSeconds(1));
        second.stop(Duration.ofSeconds(1));
    }

    @Test
    void callsEveryMethodAndGetsItsResult() throws Exception {
        OrderService client = OrderServiceGrpcClient.create("127.0.0.1:" + first.port());
        assertThat(client.getOrder("7")).isEqualTo("order 7");
        assertThat(client.concat("ab", "cd")).isEqualTo("abcd");
        assertThat(client.place("one pen")).isEqualTo("o-1");
    }

    @Test
    void declaredExceptionsComeBackAsThemselvesWithTheServersMessage() {
        OrderService client = OrderServiceGrpcClient.create("127.0.0.1:" + first.port());
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
    void anExceptionItsClientCannotRebuildIsTheStatusWithTheServersMessage() {
        OrderService client = OrderServiceGrpcClient.create("127.0.0.1:" + first.port());
        GrpcClientException failure = catchThrowableOfType(GrpcClientException.class, () -> client.getOrder("missing"));
        assertThat(failure.code()).isEqualTo(Status.Code.NOT_FOUND);
        assertThat(failure.description()).isEqualTo("order missing not found");
    }

    @Test
    void theBalancedClientKeepsSucceedingWithOneInstanceStopped() throws Exception {
        MutableInstancer instancer = new MutableInstancer(List.of(uri(first), uri(second)));
        OrderService client = OrderServiceGrpcClient.create(instancer);
        assertThat(client.getOrder("1")).isEqualTo("order 1");
        second.stop(Duration.ofSeconds(1));
        for (int i = 0; i < 20; i++) {
            assertThat(client.getOrder(String.valueOf(i))).isEqualTo("order " + i);
        }
    }

    @Test
    void theChannelOfAnInstanceThatLeavesIsClosed() throws Exception {
        MutableInstancer instancer = new MutableInstancer(List.of(uri(first), uri(second)));
        try (GrpcClientTransport.Builder transports = GrpcClientTransport.builder()) {
            OrderService client = OrderServiceGrpcClient.endpoints(instancer,
                    LoadBalancing.builder().balancer(Balancer.roundRobin()).build(), transports);
            for (int i = 0; i < 4; i++) {
                client.getOrder(String.valueOf(i));
            }
            assertThat(connectionsTo(second.port())).isEqualTo(1);
            instancer.set(List.of(uri(first)));
            assertThat(client.getOrder("after")).isEqualTo("order after");
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (connectionsTo(second.port()) > 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(connectionsTo(second.port())).isZero();
            assertThat(connectionsTo(first.port())).isEqualTo(1);
        }
    }

    private static URI uri(GrpcServer server) {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    /**
     * Returns the established TCP connections of this machine to {@code port}, from the kernel's
     * tables (Java's dual-stack sockets list IPv4 connections in the IPv6 one).
     */
    private static long connectionsTo(int port) throws IOException {
        String remote = String.format(Locale.ROOT, ":%04X 01 ", port);
        long count = 0;
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            count += Files.readAllLines(Path.of(table)).stream()
                    .map(line -> line.trim().split("\\s+"))
                    .filter(fields -> fields.length > 3 && (fields[2] + " " + fields[3] + " ").endsWith(remote))
                    .count();
        }
        return count;
    }
}
