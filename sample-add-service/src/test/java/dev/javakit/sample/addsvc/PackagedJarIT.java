package dev.javakit.sample.addsvc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.javakit.test.ServiceProcess;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Starts the packaged jar as the README says, {@code java -XX:SharedArchiveFile=... -jar}, and
 * checks what ServiceRunner promises a user: it serves, logs its routes, stops cleanly on SIGTERM,
 * and turns a busy port or a bad flag into one line and an exit status.
 */
class PackagedJarIT {

    private static final Path JAR = Path.of("target", "sample-add-service.jar");
    /** Written by the build (StartupArchiveTraining), after the jar. */
    private static final Path ARCHIVE = Path.of("target", "addsvc.jsa");

    /** The service the first test starts. */
    private ServiceProcess service;
    /** A run that ends on its own, in the other tests. */
    private Process process;

    @AfterEach
    void stopProcess() throws InterruptedException {
        if (service != null) {
            service.close();
        }
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void servesAndStopsCleanlyOnSigterm() throws Exception {
        assertThat(JAR).exists();
        assertThat(ARCHIVE).exists();
        service = ServiceProcess.start(ServiceProcess.LISTENING, List.of(ServiceProcess.java(),
                "-XX:SharedArchiveFile=" + ARCHIVE, "-Xlog:cds=warning", "-jar", JAR.toString(), "--http.addr=127.0.0.1:0"));

        int port = service.awaitPort(Duration.ofSeconds(20));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> sum = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sum"))
                        .timeout(Duration.ofSeconds(10))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"a\":1,\"b\":2}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(sum.statusCode() + " " + sum.body()).isEqualTo("200 {\"v\":3}");
        HttpResponse<String> ready = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ready.statusCode()).isEqualTo(200);

        service.terminate(Duration.ofSeconds(15));
        List<String> output = service.output();
        assertThat(output).as("the call log, flushed at the stop").anyMatch(line ->
                line.contains("method=\"sum\"") && line.contains("a=\"1\"") && line.contains("b=\"2\""));
        assertThat(output).anyMatch(line -> line.contains("stopped"));
        assertThat(output).as("the route table, once").filteredOn(line -> line.contains("msg=\"route\"")).hasSize(8)
                .anyMatch(line -> line.contains("method=\"POST\" route=\"/sum\" endpoint=\"addsvc.sum\""))
                .anyMatch(line -> line.contains("route=\"/openapi.json\""))
                .anyMatch(line -> line.contains("route=\"/metrics\""));
        assertThat(output).as("the JVM takes the archive without a word, and nothing warns").noneMatch(line ->
                line.contains("[warning]") || line.contains("[error") || line.startsWith("WARNING")
                        || line.contains("level=WARN"));
    }

    @Test
    void aBusyPortIsOneLineAndExitStatusOne() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String address = "127.0.0.1:" + taken.getLocalPort();

            assertThat(run("--http.addr=" + address)).isEqualTo("1 addsvc: cannot listen on " + address
                    + ": address already in use" + System.lineSeparator());
        }
    }

    @Test
    void aBadFlagIsOneLineTheUsageAndExitStatusTwo() throws Exception {
        assertThat(run("--http-addr=:8081")).isEqualTo("2 addsvc: unknown flag: --http-addr=:8081" + System.lineSeparator()
                + "usage: addsvc [--http.addr=VALUE]" + System.lineSeparator()
                + "  --http.addr  HTTP listen address, [host]:port (default \":8080\")" + System.lineSeparator());
    }

    /** Runs the jar to its end and returns its exit status and everything it printed. */
    private String run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ServiceProcess.java(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(15, TimeUnit.SECONDS)).isTrue();
        return process.exitValue() + " " + printed;
    }
}
