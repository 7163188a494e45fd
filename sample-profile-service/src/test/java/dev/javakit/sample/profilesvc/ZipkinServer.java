package dev.javakit.sample.profilesvc;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A real Zipkin server (the executable jar the build copies into {@code target/zipkin}) on a free
 * loopback port, storing spans in memory, started in its own JVM and stopped with its process.
 */
final class ZipkinServer implements AutoCloseable {

    static final Path JAR = Path.of("target", "zipkin", "zipkin-server.jar");

    private final Process process;
    private final Path log;
    private final int port;

    private ZipkinServer(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts Zipkin without waiting for it: see {@link #awaitHealthy}. */
    static ZipkinServer start() throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: the build copies it in pre-integration-test (mvn verify)");
        }
        int port = freePort();
        Path log = Files.createTempFile("zipkin", ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // A test's Zipkin holds a few spans: a small heap, and C1 alone starts it sooner.
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-jar", JAR.toString(),
                "--armeria.ports[0].ip=127.0.0.1", "--armeria.ports[0].port=" + port,
                "--logging.level.root=WARN")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("STORAGE_TYPE", "mem");
        builder.environment().put("QUERY_PORT", Integer.toString(port));
        return new ZipkinServer(builder.start(), log, port);
    }

    /** Returns a loopback port free now, for a server that cannot be asked which port it took. */
    static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return free.getLocalPort();
        }
    }

    /** Returns Zipkin's base URL, {@code http://127.0.0.1:PORT}. */
    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** Returns the URL spans are sent to in Zipkin's JSON. */
    URI spansUrl() {
        return baseUrl().resolve("/api/v2/spans");
    }

    /** Waits until {@code /health} answers 200, failing with Zipkin's output after {@code timeout}. */
    void awaitHealthy(HttpClient http, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest health = HttpRequest.newBuilder(baseUrl().resolve("/health")).timeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("Zipkin exited with " + process.exitValue() + ": " + output());
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // polled again below
            }
            Thread.sleep(50);
        }
        throw new AssertionError("Zipkin was not healthy within " + timeout + ": " + output());
    }

    /** Returns what Zipkin printed, for failure messages. */
    String output() throws IOException {
        return Files.readString(log);
    }

    /** Kills Zipkin: it holds nothing but memory, and its orderly stop takes seconds. */
    @Override
    public void close() throws IOException {
        process.destroyForcibly().onExit().completeOnTimeout(null, 10, TimeUnit.SECONDS).join();
        Files.deleteIfExists(log);
    }
}
