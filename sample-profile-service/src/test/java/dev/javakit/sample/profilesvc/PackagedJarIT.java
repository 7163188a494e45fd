package dev.javakit.sample.profilesvc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.javakit.test.ServiceProcess;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Starts the packaged jar with the README's command, {@code java -XX:SharedArchiveFile=... -jar},
 * and talks to it over HTTP and gRPC: what a user sees, including the one log line when it listens, a start-up archive
 * the JVM accepts without a warning, and a clean stop on SIGTERM.
 */
class PackagedJarIT {

    private static final Path JAR = Path.of("target", "sample-profile-service.jar");
    /** Written by the build (StartupArchiveTraining), after the jar. */
    private static final Path ARCHIVE = Path.of("target", "profilesvc.jsa");

    /** The HTTP server's listening line; the gRPC server's comes first. */
    private static final Pattern HTTP_LISTENING =
            Pattern.compile("^(?=.*transport=\"?HTTP\\b)(?=.*listening).*addr=\"?127\\.0\\.0\\.1:(\\d+)");

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
    void servesTheContractAndStopsCleanlyOnSigterm() throws Exception {
        assertThat(JAR).exists();
        assertThat(ARCHIVE).exists();
        String grpcTarget;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            grpcTarget = "127.0.0.1:" + free.getLocalPort();
        }
        service = ServiceProcess.start(HTTP_LISTENING, List.of(ServiceProcess.java(),
                "-XX:SharedArchiveFile=" + ARCHIVE, "-Xlog:cds=warning", "-jar", JAR.toString(), "--http.addr=127.0.0.1:0",
                "--grpc.addr=" + grpcTarget));

        int port = service.awaitPort(Duration.ofSeconds(20));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> created = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/profiles/"))
                        .timeout(Duration.ofSeconds(10))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"jar\",\"name\":\"Jar\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.body()).isEqualTo("{}");
        HttpResponse<String> read = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/profiles/jar"))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(read.body()).isEqualTo("{\"profile\":{\"id\":\"jar\",\"name\":\"Jar\"}}");
        assertThat(ProfileServiceGrpcClient.create(grpcTarget).getProfile("jar"))
                .isEqualTo(new Profile("jar", "Jar", List.of()));

        service.terminate(Duration.ofSeconds(15));
        List<String> output = service.output();
        assertThat(output).anyMatch(line -> line.contains("stopped"));
        assertThat(output).as("the route table, once").filteredOn(line -> line.contains("msg=\"route\"")).hasSize(15)
                .anyMatch(line -> line.contains("method=\"GET\" route=\"/profiles/{id}\" endpoint=\"ProfileService.getProfile\""));
        assertThat(output).as("the JVM takes the archive without a word, and nothing warns").noneMatch(line ->
                line.contains("[warning]") || line.contains("[error") || line.startsWith("WARNING"));
    }

    @Test
    void aBusyPortIsOneLineAndExitStatusOne() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String address = "127.0.0.1:" + taken.getLocalPort();
            process = new ProcessBuilder(ServiceProcess.java(), "-jar", JAR.toString(), "--http.addr=" + address)
                    .redirectErrorStream(true)
                    .start();
            String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(process.waitFor(15, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isEqualTo(1);
            assertThat(printed).isEqualTo("profilesvc: cannot listen on " + address + ": address already in use"
                    + System.lineSeparator());
        }
    }
}
