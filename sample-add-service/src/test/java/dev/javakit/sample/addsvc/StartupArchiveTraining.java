package dev.javakit.sample.addsvc;

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
 * Writes the class-data archive that the README's start command uses, so that the service answers
 * its first request in about a third of the time: starts the packaged jar as that command does,
 * with the JDK's option to record what it loads (an AOT cache on JDK 25+, a dynamic class-data
 * archive before), sends it the requests of a first caller, and stops it with SIGTERM, on which
 * the JVM writes the archive. The build runs it after packaging; an archive belongs to the JDK
 * that wrote it (another JDK ignores it, with a warning at most).
 *
 * <pre>java -cp test-classes dev.javakit.sample.addsvc.StartupArchiveTraining JAR ARCHIVE</pre>
 */
public final class StartupArchiveTraining {

    private static final Pattern LISTENING = Pattern.compile("addr=\"?127\\.0\\.0\\.1:(\\d+).*listening");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private StartupArchiveTraining() {
    }

    /** Trains on {@code args[0]}, the packaged jar, and writes {@code args[1]}, the archive. */
    public static void main(String[] args) throws Exception {
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
            firstCalls(awaitPort(service, log));
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

    /** The calls a first client makes: both methods, the error path, JSON-RPC, a scrape and a probe. */
    private static void firstCalls(int port) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String base = "http://127.0.0.1:" + port;
        send(client, HttpRequest.newBuilder(URI.create(base + "/sum")).POST(body("{\"a\":1,\"b\":2}")));
        send(client, HttpRequest.newBuilder(URI.create(base + "/concat")).POST(body("{\"a\":\"go\",\"b\":\"kit\"}")));
        send(client, HttpRequest.newBuilder(URI.create(base + "/sum")).POST(body("{\"a\":0,\"b\":0}")));
        send(client, HttpRequest.newBuilder(URI.create(base + "/rpc"))
                .POST(body("{\"jsonrpc\":\"2.0\",\"method\":\"sum\",\"params\":{\"a\":1,\"b\":2},\"id\":1}")));
        send(client, HttpRequest.newBuilder(URI.create(base + "/metrics")));
        send(client, HttpRequest.newBuilder(URI.create(base + "/health/ready")));
    }

    private static HttpRequest.BodyPublisher body(String json) {
        return HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
    }

    private static void send(HttpClient client, HttpRequest.Builder request) throws IOException, InterruptedException {
        client.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
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
