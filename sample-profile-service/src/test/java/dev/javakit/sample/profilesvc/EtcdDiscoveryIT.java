package dev.javakit.sample.profilesvc;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.javakit.sd.etcd.EtcdInstancer;
import dev.javakit.sd.etcd.EtcdServer;
import dev.javakit.test.ServiceProcess;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged sample with {@code --etcd.endpoints}, against a real etcd: it registers as it
 * listens, the CLI finds it there, a SIGKILLed instance leaves when its lease expires, a restarted
 * one registers again, and a SIGTERMed one leaves at once.
 */
class EtcdDiscoveryIT {

    private static final Path JAR = Path.of("target", "sample-profile-service.jar");
    private static final Duration START = Duration.ofSeconds(20);

    private static EtcdServer etcd;
    private static EtcdInstancer instances;

    @BeforeAll
    static void startEtcd() throws Exception {
        etcd = EtcdServer.start();
        instances = EtcdInstancer.builder(etcd.endpoints(), ProfileServiceMain.ETCD_PREFIX).build();
    }

    @AfterAll
    static void stopEtcd() {
        if (instances != null) {
            instances.close();
        }
        if (etcd != null) {
            etcd.close();
        }
    }

    @Test
    void registersIsFoundLeavesOnKillAndOnStopAndComesBack() throws Exception {
        String endpoints = "--etcd.endpoints=" + etcd.endpoint();
        assertThat(cli(endpoints, "get", "alice")).isEqualTo("2 error: no instance of profilesvc is registered in etcd at "
                + etcd.endpoint());

        int port;
        try (ServiceProcess first = ServiceProcess.startJar(JAR, "--http.addr=127.0.0.1:0", endpoints, "--etcd.ttl=2")) {
            port = first.awaitPort(START);
            URI instance = URI.create("http://127.0.0.1:" + port);
            // Registering follows listening; in a fresh JVM, most of the wait is loading etcd's client.
            long listed = await(Duration.ofSeconds(5), () -> instances.instances().equals(List.of(instance)));

            assertThat(cli(endpoints, "post", "alice", "Alice")).isEqualTo("0 ok");
            assertThat(cli(endpoints, "get", "alice")).isEqualTo("0 {\"id\":\"alice\",\"name\":\"Alice\"}");

            first.kill();
            long expired = await(Duration.ofSeconds(5), () -> instances.instances().isEmpty());
            System.out.printf("listed %d ms after it listened; SIGKILLed with a 2 s lease, gone %d ms later%n", listed, expired);
        }

        try (ServiceProcess restarted = ServiceProcess.startJar(JAR, "--http.addr=127.0.0.1:" + port, endpoints, "--etcd.ttl=30")) {
            assertThat(restarted.awaitPort(START)).isEqualTo(port);
            await(Duration.ofSeconds(5), () -> instances.instances().equals(List.of(URI.create("http://127.0.0.1:" + port))));
            assertThat(cli(endpoints, "get", "alice")).as("a new process, an empty store").isEqualTo("1 error: not found");

            long signal = System.nanoTime();
            assertThat(restarted.terminate(Duration.ofSeconds(15))).as("the JVM's status after SIGTERM").isEqualTo(143);
            long exited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - signal);
            long gone = await(Duration.ofSeconds(1), () -> instances.instances().isEmpty());
            System.out.printf("SIGTERMed with a 30 s lease: exited %d ms after the signal, out of the list %d ms after that%n",
                    exited, gone);
            assertThat(restarted.output()).as("deregistered, then stopped")
                    .filteredOn(line -> line.contains("msg=\"deregistered\"") || line.contains("msg=\"stopped\""))
                    .hasSize(2)
                    .first().asString().contains("deregistered");
        }
    }

    /** Runs the CLI in this JVM; returns its exit status and what it printed, on one line. */
    private static String cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status;
        try (PrintStream print = new PrintStream(out, true, UTF_8)) {
            status = ProfileCli.run(args, print, print);
        }
        return status + " " + out.toString(UTF_8).strip();
    }

    /** Waits until {@code condition} holds, failing after {@code timeout}; returns the milliseconds it took. */
    private static long await(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long start = System.nanoTime();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() - start).as("within %s", timeout).isLessThan(timeout.toNanos());
            Thread.sleep(10);
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}
