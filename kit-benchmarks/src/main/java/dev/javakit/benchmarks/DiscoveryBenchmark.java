package dev.javakit.benchmarks;

import dev.javakit.context.Context;
import dev.javakit.endpoint.Endpoint;
import dev.javakit.endpoint.EndpointInfo;
import dev.javakit.endpoint.Middleware;
import dev.javakit.sd.Instancer;
import dev.javakit.sd.etcd.EtcdInstancer;
import dev.javakit.sd.lb.Balancer;
import dev.javakit.sd.lb.LoadBalancer;
import dev.javakit.sd.lb.LoadBalancing;
import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What discovery adds to each call: a {@link LoadBalancer} over three instances listed by an
 * {@link EtcdInstancer} watching a real etcd, against the same over {@link Instancer#fixed}, with
 * in-process endpoints so that no network is measured; and the instancers' {@code instances()}
 * alone. etcd comes from {@code tools/etcd.sh}: run from the repository's root.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class DiscoveryBenchmark {

    private static final EndpointInfo ECHO = new EndpointInfo("bench", "echo", true);
    private static final String PREFIX = "/services/bench/";

    /** A one-method endpoint set, shaped as generated ones are. */
    record EchoEndpoints(Endpoint<String, String> echo) {
        EchoEndpoints with(Middleware middleware) {
            return new EchoEndpoints(middleware.wrap(ECHO, echo));
        }
    }

    private final Context ctx = Context.background();
    private Path dataDir;
    private Process etcd;
    private EtcdInstancer etcdInstancer;
    private Instancer fixed;
    private LoadBalancer<EchoEndpoints> overEtcd;
    private LoadBalancer<EchoEndpoints> overFixed;
    private Endpoint<String, String> callOverEtcd;
    private Endpoint<String, String> callOverFixed;

    @Setup
    public void setUp() throws Exception {
        int port = freePort();
        dataDir = Files.createTempDirectory("bench-etcd-");
        String client = "http://127.0.0.1:" + port;
        String peer = "http://127.0.0.1:" + freePort();
        etcd = new ProcessBuilder(etcdBinary(), "--name", "bench", "--data-dir", dataDir.resolve("data").toString(),
                "--listen-client-urls", client, "--advertise-client-urls", client, "--listen-peer-urls", peer,
                "--initial-advertise-peer-urls", peer, "--initial-cluster", "bench=" + peer, "--log-level", "warn",
                "--logger", "zap")
                .redirectErrorStream(true).redirectOutput(dataDir.resolve("etcd.log").toFile()).start();
        List<URI> three = List.of(URI.create("http://10.0.0.1:8080"), URI.create("http://10.0.0.2:8080"),
                URI.create("http://10.0.0.3:8080"));
        try (Client writer = Client.builder().endpoints(client).build()) {
            for (URI uri : three) {
                ByteSequence key = ByteSequence.from(PREFIX + uri.getAuthority(), StandardCharsets.UTF_8);
                // etcd may still be electing itself: the first put waits for it.
                writer.getKVClient().put(key, ByteSequence.from(uri.getAuthority(), StandardCharsets.UTF_8))
                        .get(30, TimeUnit.SECONDS);
            }
        }
        etcdInstancer = EtcdInstancer.builder(List.of(URI.create(client)), PREFIX).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (etcdInstancer.instances().size() != 3) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the instancer lists " + etcdInstancer.instances() + ", not three");
            }
            Thread.sleep(10);
        }
        fixed = Instancer.fixed(three.toArray(URI[]::new));
        Endpoint<String, String> echo = (ctx, request) -> request;
        LoadBalancing policy = LoadBalancing.builder().balancer(Balancer.roundRobin()).build();
        overEtcd = policy.over(etcdInstancer, uri -> new EchoEndpoints(echo));
        overFixed = policy.over(fixed, uri -> new EchoEndpoints(echo));
        callOverEtcd = overEtcd.endpoints(new EchoEndpoints(echo), EchoEndpoints::with).echo();
        callOverFixed = overFixed.endpoints(new EchoEndpoints(echo), EchoEndpoints::with).echo();
    }

    @TearDown
    public void tearDown() throws Exception {
        if (overEtcd != null) {
            overEtcd.close();
            overFixed.close();
        }
        if (etcdInstancer != null) {
            etcdInstancer.close();
        }
        if (etcd != null) {
            etcd.destroy();
            if (!etcd.waitFor(5, TimeUnit.SECONDS)) {
                etcd.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
        if (dataDir != null) {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    /** The instances of a fixed list. */
    @Benchmark
    public List<URI> fixedInstances() {
        return fixed.instances();
    }

    /** The instances an etcd watch keeps. */
    @Benchmark
    public List<URI> etcdInstances() {
        return etcdInstancer.instances();
    }

    /** A call through round robin and retry over a fixed list. */
    @Benchmark
    public String callOverFixed() throws Exception {
        return callOverFixed.call(ctx, "x");
    }

    /** The same over the instances etcd lists. */
    @Benchmark
    public String callOverEtcd() throws Exception {
        return callOverEtcd.call(ctx, "x");
    }

    /** etcd's path from tools/etcd.sh, which takes it out of Debian's package the first time. */
    private static String etcdBinary() throws IOException, InterruptedException {
        Path script = Path.of("tools", "etcd.sh");
        if (!Files.isRegularFile(script)) {
            throw new IllegalStateException("no tools/etcd.sh here: run the benchmark from the repository's root");
        }
        Process fetch = new ProcessBuilder("bash", script.toString(), "target/tools").redirectErrorStream(true).start();
        String printed = new String(fetch.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!fetch.waitFor(300, TimeUnit.SECONDS) || fetch.exitValue() != 0) {
            throw new IllegalStateException("tools/etcd.sh failed: " + printed);
        }
        return printed.lines().reduce((first, last) -> last).orElseThrow();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
