package dev.javakit.grpc.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.javakit.grpc.RawCalls;
import dev.javakit.grpc.echo.Echo;
import io.grpc.ManagedChannel;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.health.v1.HealthGrpc;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A server in a JVM of its own, started by a {@code main} that returns, as a gRPC-only service's does. */
@Timeout(60)
class GrpcServerProcessTest {

    /** Starts a server on a free loopback port, prints the port and returns. */
    public static void main(String[] args) throws Exception {
        GrpcServer server = GrpcServer.builder().address("127.0.0.1:0").service(Echo.service(new Echo.Recorder()))
                .build().start();
        System.out.println(server.port());
        System.out.flush();
    }

    @Test
    void aStartedServerKeepsTheJvmAliveAfterMainReturns() throws Exception {
        Process process = new ProcessBuilder(System.getProperty("java.home") + File.separator + "bin" + File.separator
                + "java", "-cp", System.getProperty("java.class.path"), GrpcServerProcessTest.class.getName())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            String line = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            assertThat(line).as("the port the child printed").isNotNull().matches("\\d+");

            // main has returned: grpc-java's own threads are daemons, which would let the JVM exit.
            assertThat(process.waitFor(1, TimeUnit.SECONDS)).as("the JVM exited when main returned").isFalse();
            ManagedChannel channel = RawCalls.channel(Integer.parseInt(line));
            try {
                assertThat(HealthGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS)
                        .check(HealthCheckRequest.getDefaultInstance()).getStatus()).isEqualTo(ServingStatus.SERVING);
            } finally {
                channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            }
        } finally {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void stoppingLetsTheJvmExitAgain() throws Exception {
        GrpcServer server = GrpcServer.builder().address("127.0.0.1:0").service(Echo.service(new Echo.Recorder()))
                .build().start();
        assertThat(keepers()).isNotEmpty();

        server.stop(Duration.ZERO);

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!keepers().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(keepers()).as("non-daemon threads of stopped servers").isEmpty();
    }

    private static List<Thread> keepers() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> !thread.isDaemon() && thread.getName().equals("kit-grpc-server"))
                .toList();
    }
}
