package dev.javakit.transport.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.netty.handler.codec.http2.DefaultHttp2Headers;
import io.netty.handler.codec.http2.Http2Headers;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTP/2 serves the same routes, JSON, errors and listeners as HTTP/1.1: in cleartext by prior
 * knowledge (Netty's client) and by upgrade ({@code java.net.http}), and over TLS with ALPN.
 */
class Http2Test {

    private static final String JSON = "application/json; charset=utf-8";
    private static final Path CERTIFICATE = resource("tls/cert.pem");
    private static final Path KEY = resource("tls/key.pem");

    private HttpServer server;
    private final BlockingQueue<String> reports = new LinkedBlockingQueue<>();

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(Duration.ZERO);
        }
    }

    private static Path resource(String name) {
        try {
            return Path.of(Http2Test.class.getClassLoader().getResource(name).toURI());
        } catch (Exception e) {
            throw new IllegalStateException("test resource " + name + " is missing", e);
        }
    }

    private HttpServer.Builder builder() {
        return HttpServer.builder()
                .address("127.0.0.1:0")
                .routes(Http1ProtocolTest.routes())
                .maxRequestBodyBytes(64)
                .listener((method, route, status, nanos) -> reports.add(method + " " + route + " " + status));
    }

    private int start(HttpServer.Builder builder) throws IOException {
        server = builder.build().start();
        return server.port();
    }

    // --- cleartext, prior knowledge -------------------------------------------------------------

    @Test
    void priorKnowledgeServesTheSameRoutesJsonAndErrors() throws Exception {
        int port = start(builder());
        try (H2cClient client = new H2cClient(port)) {
            H2cClient.Response found = client.get("/profiles/h2");
            H2cClient.Response missing = client.get("/nowhere");
            H2cClient.Response upload = client.send("POST", "/upload", "hello".getBytes(UTF_8)).get(5, TimeUnit.SECONDS);

            assertThat(found.status()).isEqualTo(200);
            assertThat(found.header("content-type")).isEqualTo(JSON);
            assertThat(found.body()).isEqualTo("{\"id\":\"h2\"}");
            assertThat(found.header("date")).isNotNull();
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.body()).isEqualTo("{\"error\":\"no route for /nowhere\"}");
            assertThat(upload.body()).isEqualTo("{\"bytes\":5}");
        }
    }

    @Test
    void headAndOptionsWorkOverHttp2() throws Exception {
        int port = start(builder());
        try (H2cClient client = new H2cClient(port)) {
            H2cClient.Response head = client.send("HEAD", "/profiles/abc", null).get(5, TimeUnit.SECONDS);
            H2cClient.Response options = client.send("OPTIONS", "/profiles/abc", null).get(5, TimeUnit.SECONDS);

            assertThat(head.status()).isEqualTo(200);
            assertThat(head.body()).isEmpty();
            assertThat(head.header("content-length")).isEqualTo("12");
            assertThat(options.status()).isEqualTo(204);
            assertThat(options.header("allow")).isEqualTo("GET, HEAD, OPTIONS");
        }
    }

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
        int port = start(builder());
        try (H2cClient client = new H2cClient(port)) {
            H2cClient.Response response = client.send("POST", "/upload", new byte[65]).get(5, TimeUnit.SECONDS);

            assertThat(response.status()).isEqualTo(413);
            assertThat(response.body()).isEqualTo("{\"error\":\"request body is larger than 64 bytes\"}");
            assertThat(client.get("/profiles/after").status()).as("the connection is still usable").isEqualTo(200);
        }
    }

    @Test
    void tooManyHeaderFieldsAre431() throws Exception {
        int port = start(builder().maxHeaderCount(10));
        Http2Headers extra = new DefaultHttp2Headers();
        for (int i = 0; i < 11; i++) {
            extra.add("x-h" + i, "v");
        }
        try (H2cClient client = new H2cClient(port)) {
            H2cClient.Response response = client.send("GET", "/profiles/a", null, extra).get(5, TimeUnit.SECONDS);

            assertThat(response.status()).isEqualTo(431);
            assertThat(response.body()).isEqualTo("{\"error\":\"request has more than 10 header fields\"}");
        }
    }

    @Test
    void aBodyThatDoesNotArriveInTimeIs408() throws Exception {
        int port = start(builder().bodyReadTimeout(Duration.ofMillis(300)));
        try (H2cClient client = new H2cClient(port)) {
            H2cClient.Response response = client.sendHeadersOnly("POST", "/upload", 10).get(5, TimeUnit.SECONDS);

            assertThat(response.status()).isEqualTo(408);
            assertThat(response.body()).isEqualTo("{\"error\":\"request body not received within 300 ms\"}");
        }
    }

    @Test
    void manyStreamsRunAtOnceOnOneConnection() throws Exception {
        int port = start(builder());
        try (H2cClient client = new H2cClient(port)) {
            long started = System.nanoTime();
            List<CompletableFuture<H2cClient.Response>> responses = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                responses.add(client.send("GET", "/slow/300", null));
            }
            for (CompletableFuture<H2cClient.Response> response : responses) {
                assertThat(response.get(10, TimeUnit.SECONDS).body()).isEqualTo("{\"id\":\"slept 300\"}");
            }
            // Fifty 300 ms calls one after the other would take 15 s.
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(5000);
        }
    }

    @Test
    void listenersAreToldAboutHttp2RequestsAsAboutHttp11Ones() throws Exception {
        int port = start(builder());
        try (H2cClient client = new H2cClient(port)) {
            client.get("/profiles/x");
            client.get("/nowhere");
        }

        assertThat(reports.poll(5, TimeUnit.SECONDS)).isEqualTo("GET /profiles/{id} 200");
        assertThat(reports.poll(5, TimeUnit.SECONDS)).isEqualTo("GET null 404");
    }

    @Test
    void stopSendsGoAwayAndAnswersTheStreamsInFlight() throws Exception {
        int port = start(builder());
        try (H2cClient client = new H2cClient(port)) {
            CompletableFuture<H2cClient.Response> slow = client.send("GET", "/slow/500", null);
            Thread.sleep(100);

            CompletableFuture<Void> stopped = CompletableFuture.runAsync(() -> server.stop(Duration.ofSeconds(5)));

            assertThat(client.goAways.poll(5, TimeUnit.SECONDS)).as("GOAWAY").isNotNull();
            assertThat(slow.get(5, TimeUnit.SECONDS).body()).isEqualTo("{\"id\":\"slept 500\"}");
            stopped.get(5, TimeUnit.SECONDS);
        }
    }

    // --- cleartext, upgrade ---------------------------------------------------------------------

    @Test
    void anHttp11ConnectionUpgradesToH2c() throws Exception {
        int port = start(builder());
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();

        HttpResponse<String> first = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/profiles/u1")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> second = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/profiles/u2")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(first.body()).isEqualTo("{\"id\":\"u1\"}");
        assertThat(first.version()).isEqualTo(HttpClient.Version.HTTP_2);
        assertThat(second.version()).isEqualTo(HttpClient.Version.HTTP_2);
        assertThat(second.body()).isEqualTo("{\"id\":\"u2\"}");
    }

    @Test
    void withHttp2OffAnUpgradeRequestIsServedAsHttp11() throws Exception {
        int port = start(builder().http2(false));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();

        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/profiles/u1")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
        assertThat(response.body()).isEqualTo("{\"id\":\"u1\"}");
    }

    // --- TLS ------------------------------------------------------------------------------------

    @Test
    void tlsNegotiatesH2WithAlpn() throws Exception {
        int port = start(builder().tls(CERTIFICATE, KEY));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).sslContext(trusting()).build();

        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + "/profiles/tls")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_2);
        assertThat(response.body()).isEqualTo("{\"id\":\"tls\"}");
        assertThat(response.headers().firstValue("content-type")).hasValue(JSON);
    }

    @Test
    void tlsServesHttp11ClientsToo() throws Exception {
        int port = start(builder().tls(CERTIFICATE, KEY));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(trusting()).build();

        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + "/upload"))
                        .POST(HttpRequest.BodyPublishers.ofString("tls body")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
        assertThat(response.body()).isEqualTo("{\"bytes\":8}");
    }

    @Test
    void unreadableTlsFilesFailTheBuildNamingThem(@TempDir Path dir) throws IOException {
        Path notAKey = Files.writeString(dir.resolve("key.pem"), "not a key");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> HttpServer.builder().tls(CERTIFICATE, notAKey).build())
                .withMessageContaining(notAKey.toString())
                .withMessageContaining("PKCS#8");
    }

    private static SSLContext trusting() throws Exception {
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        try (InputStream in = Files.newInputStream(CERTIFICATE)) {
            trusted.setCertificateEntry("test", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
