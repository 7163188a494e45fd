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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 14's main target, against real etcd and three packaged samples in their own JVMs: under
 * idempotent load from a client that finds them in etcd, no call fails when one instance is
 * SIGKILLed and another SIGTERMed, and an instance that registers meanwhile gets its first call
 * within 1 s of registering (and answers it).
 */
@Timeout(120)
class KillUnderLoadIT {

    private static final Path JAR = Path.of("target", "sample-profile-service.jar");
    private static final Duration START = Duration.ofSeconds(20);
    private static final Duration NEW_INSTANCE_TRAFFIC = Duration.ofSeconds(1);

    @Test
    void noCallFailsWhenInstancesDieAndANewOneGetsTrafficAtOnce() throws Exception {
        List<ServiceProcess> samples = new ArrayList<>();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (EtcdServer etcd = EtcdServer.start();
                EtcdInstancer instances = EtcdInstancer.builder(etcd.endpoints(), ProfileServiceMain.ETCD_PREFIX).build();
                PrintStream out = new PrintStream(printed, true, UTF_8)) {
            // A 2 s lease: the shortest the sample takes, so the SIGKILLed instance is gone soon.
            String[] flags = {"--http.addr=127.0.0.1:0", "--etcd.endpoints=" + etcd.endpoint(), "--etcd.ttl=2"};
            for (int i = 0; i < 3; i++) {
                samples.add(ServiceProcess.startJar(JAR, flags));
            }
            List<URI> uris = new ArrayList<>();
            for (ServiceProcess sample : samples) {
                uris.add(URI.create("http://127.0.0.1:" + sample.awaitPort(START)));
            }
            await(Duration.ofSeconds(10), () -> instances.instances().containsAll(uris));

            try (ProfileLoad load = ProfileLoad.start(instances, 4, Duration.ofMillis(500), out)) {
                await(Duration.ofSeconds(5), () -> uris.stream().allMatch(uri -> answers(load, uri) > 0));

                samples.get(0).kill();
                long killedCalls = load.calls();
                long gone = await(Duration.ofSeconds(5), () -> !instances.instances().contains(uris.get(0)));
                await(Duration.ofSeconds(5), () -> load.calls() > killedCalls + 100);
                assertThat(load.failed()).as("failed calls after SIGKILL; %s", printed).isZero();

                long signal = System.nanoTime();
                assertThat(samples.get(1).terminate(Duration.ofSeconds(15))).isEqualTo(143);
                long terminatedCalls = load.calls();
                await(Duration.ofSeconds(1), () -> !instances.instances().contains(uris.get(1)));
                long exited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - signal);
                await(Duration.ofSeconds(5), () -> load.calls() > terminatedCalls + 100);
                assertThat(load.failed()).as("failed calls after SIGTERM; %s", printed).isZero();

                ServiceProcess joining = ServiceProcess.startJar(JAR, flags);
                samples.add(joining);
                URI joined = URI.create("http://127.0.0.1:" + joining.awaitPort(START));
                await(Duration.ofSeconds(10), () -> load.tallyOf(joined) != null && load.tallyOf(joined).firstAnswerNanos.get() != 0);
                ProfileLoad.Tally tally = load.tallyOf(joined);
                // From the instance's own "registered" line (the same machine's clock) to the first call sent to it. The
                // line follows the write to etcd, and the watch is quick: the call may come first, a negative figure.
                await(Duration.ofSeconds(5), () -> joining.output().stream().anyMatch(line -> line.contains("msg=\"registered\"")));
                String registered = joining.output().stream().filter(line -> line.contains("msg=\"registered\""))
                        .findFirst().orElseThrow();
                long registeredMillis = Instant.parse(registered.substring(0, registered.indexOf(' '))).toEpochMilli();
                long firstCallMillis = System.currentTimeMillis()
                        - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - tally.firstCallNanos.get());
                long firstTraffic = firstCallMillis - registeredMillis;
                // The answer takes what a fresh JVM's first request takes besides.
                long firstAnswer = TimeUnit.NANOSECONDS.toMillis(tally.firstAnswerNanos.get() - tally.firstCallNanos.get());
                assertThat(Duration.ofMillis(firstTraffic)).as("from registered to its first call").isLessThan(NEW_INSTANCE_TRAFFIC);
                assertThat(load.stop()).as("failed calls; %s", printed).isZero();
                System.out.printf("kill under load: SIGKILLed instance unlisted %d ms after the kill (2 s lease); SIGTERMed one"
                        + " exited and unlisted %d ms after the signal; a new instance got its first call"
                        + " %d ms after its 'registered' line (below 0: before),"
                        + " answered %d ms later; %d calls, none failed%n", gone, exited, firstTraffic, firstAnswer,
                        load.calls());
            }
        } finally {
            samples.forEach(ServiceProcess::close);
            System.out.print(printed.toString(UTF_8));
        }
    }

    private static long answers(ProfileLoad load, URI uri) {
        ProfileLoad.Tally tally = load.tallyOf(uri);
        return tally == null ? 0 : tally.answers.sum();
    }

    /** Waits until {@code condition} holds, failing after {@code timeout}; returns the milliseconds it took. */
    private static long await(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long start = System.nanoTime();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() - start).as("within %s", timeout).isLessThan(timeout.toNanos());
            Thread.sleep(5);
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}
