package dev.javakit.sd.etcd;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real etcd server for a test: Debian's etcd 3.4, provided by tools/etcd.sh, started as a
 * one-member cluster on free loopback ports with a temporary data folder, and stopped and deleted
 * by {@link #close()}. Fails, never skips, when etcd cannot be had.
 */
public final class EtcdServer implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final Path dataDir;
    private final int clientPort;
    private final Process process;

    private EtcdServer(Path dataDir, int clientPort, Process process) {
        this.dataDir = dataDir;
        this.clientPort = clientPort;
        this.process = process;
    }

    /** Starts etcd on a free port and returns once it answers as healthy. */
    public static EtcdServer start() throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return start(freePort());
            } catch (IllegalStateException e) {
                // Free when looked at, taken when etcd binds: on a busy machine, other ports.
                if (attempt == 5 || !String.valueOf(e.getMessage()).contains("address already in use")) {
                    throw e;
                }
            }
        }
    }

    /** Starts etcd on {@code clientPort} and returns once it answers as healthy. */
    public static EtcdServer start(int clientPort) throws IOException, InterruptedException {
        String etcd = binary();
        Path dataDir = Files.createTempDirectory("kit-etcd-");
        int peerPort = freePort();
        String client = "http://127.0.0.1:" + clientPort;
        String peer = "http://127.0.0.1:" + peerPort;
        Process process = new ProcessBuilder(etcd,
                "--name", "test",
                "--data-dir", dataDir.resolve("data").toString(),
                "--listen-client-urls", client,
                "--advertise-client-urls", client,
                "--listen-peer-urls", peer,
                "--initial-advertise-peer-urls", peer,
                "--initial-cluster", "test=" + peer,
                // A one-member cluster elects itself after one election timeout: a short one starts
                // it sooner. etcd's shortest lease follows (1.5 election timeouts, so 1 s here).
                "--heartbeat-interval", "25",
                "--election-timeout", "250",
                "--logger", "zap",
                "--log-level", "warn")
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("etcd.log").toFile())
                .start();
        EtcdServer server = new EtcdServer(dataDir, clientPort, process);
        try {
            server.awaitHealthy();
        } catch (IOException | InterruptedException | RuntimeException | AssertionError e) {
            String log = server.log();
            server.close();
            throw new IllegalStateException("etcd did not become healthy; its log:\n" + log, e);
        }
        return server;
    }

    /** Returns the client URL, {@code http://127.0.0.1:port}. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + clientPort);
    }

    /** Returns the client URL as a one-element list, as the registrar and instancer builders take it. */
    public List<URI> endpoints() {
        return List.of(endpoint());
    }

    /** Returns the client port. */
    public int port() {
        return clientPort;
    }

    /** Stops etcd (SIGTERM, then SIGKILL after 5 s) and deletes its data. */
    @Override
    public void close() {
        try {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitHealthy() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(endpoint() + "/health")).timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("etcd exited with status " + process.exitValue());
            }
            try {
                HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("\"health\":\"true\"")) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("etcd was not healthy within " + START_TIMEOUT.toSeconds() + " s");
    }

    private String log() {
        try {
            return Files.readString(dataDir.resolve("etcd.log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Returns etcd's path, fetched by tools/etcd.sh the first time; fails when it cannot be had. */
    private static String binary() throws IOException, InterruptedException {
        Path script = Path.of("..", "tools", "etcd.sh");
        Process fetch = new ProcessBuilder("bash", script.toString(), "target/tools").redirectErrorStream(true).start();
        String printed = new String(fetch.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!fetch.waitFor(300, TimeUnit.SECONDS) || fetch.exitValue() != 0) {
            throw new IllegalStateException("tools/etcd.sh failed: " + printed);
        }
        String path = printed.lines().reduce((first, last) -> last).orElse("");
        if (!Files.isExecutable(Path.of(path))) {
            throw new IllegalStateException("tools/etcd.sh printed no executable etcd: " + printed);
        }
        return path;
    }

    /** Returns a loopback port free now. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
