package dev.javakit.test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the class-data archive a packaged service starts with, so that it answers its first
 * request in about a third of the time: starts the jar as {@code java -jar} does, with the JDK's
 * option to record what it loads (an AOT cache on JDK 25+, a dynamic class-data archive before),
 * sends it the requests of a first caller, and stops it with SIGTERM, on which the JVM writes the
 * archive. A service's build runs it after packaging, from a small main of its own that names the
 * first calls; an archive belongs to the JDK that wrote it (another JDK ignores it, with a warning
 * at most).
 *
 * <pre>{@code
 * public static void main(String[] args) throws Exception {   // args: JAR ARCHIVE
 *     StartupArchive.train(args, caller -> {
 *         caller.post("/sum", "{\"a\":1,\"b\":2}");
 *         caller.get("/metrics");
 *     });
 * }
 * }</pre>
 */
public final class StartupArchive {

    private static final Pattern LISTENING = Pattern.compile("addr=\"?127\\.0\\.0\\.1:(\\d+).*listening");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private StartupArchive() {
    }

    /** The requests of a first caller, sent while the JVM records what they load. */
    @FunctionalInterface
    public interface FirstCalls {

        /** Sends the requests through {@code caller}. */
        void send(Caller caller) throws IOException, InterruptedException;
    }

    /** Sends requests to the service in training over HTTP/1.1, discarding the answers. */
    public static final class Caller {

        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        private final String base;

        private Caller(int port) {
            this.base = "http://127.0.0.1:" + port;
        }

        /** Sends {@code GET path}. */
        public void get(String path) throws IOException, InterruptedException {
            send(HttpRequest.newBuilder(URI.create(base + path)));
        }

        /** Sends {@code POST path} with the JSON body {@code json}. */
        public void post(String path, String json) throws IOException, InterruptedException {
            send(HttpRequest.newBuilder(URI.create(base + path))
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
        }

        private void send(HttpRequest.Builder request) throws IOException, InterruptedException {
            client.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
        }
    }

    /**
     * Trains on {@code args[0]}, the packaged jar, and writes {@code args[1]}, the archive, with the
     * requests {@code calls} sends; the service must log its {@code listening} line with its address.
     */
    public static void train(String[] args, FirstCalls calls) throws Exception {
        Path jar = Path.of(args[0]).toAbsolutePath();
        Path archive = Path.of(args[1]).toAbsolutePath();
        Path log = archive.resolveSibling(archive.getFileName() + ".log");
        Files.deleteIfExists(archive);
        // The absolute jar path: the JDK checks at start that the class path is the one recorded,
        // and a relative one would only match from the directory it was recorded in.
        String record = Runtime.version().feature() >= 25
                ? "-XX:AOTCacheOutput=" + archive
                : "-XX:ArchiveClassesAtExit=" + archive;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process service = new ProcessBuilder(java, record, "-jar", jar.toString(), "--http.addr=127.0.0.1:0")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            calls.send(new Caller(awaitPort(service, log)));
        } finally {
            service.destroy();
        }
        if (!service.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS) || !Files.isRegularFile(archive)
                || Files.size(archive) == 0) {
            service.destroyForcibly();
            throw new IllegalStateException("the training run wrote no archive at " + archive + "; its output:\n"
                    + Files.readString(log));
        }
        System.out.println("wrote " + archive + " (" + Files.size(archive) / (1 << 20) + " MiB) for Java "
                + Runtime.version().feature());
    }

    private static int awaitPort(Process service, Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher matcher = LISTENING.matcher(Files.readString(log));
            if (matcher.find()) {
                return Integer.parseInt(matcher.group(1));
            }
            if (!service.isAlive()) {
                break;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the training run did not start listening; its output:\n" + Files.readString(log));
    }
}
