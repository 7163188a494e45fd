package dev.javakit.transport.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.javakit.context.Context;
import dev.javakit.endpoint.EndpointInfo;
import dev.javakit.json.JsonCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * HTTP/1.1 as the engine speaks it, over raw sockets: pipelining, HEAD and OPTIONS,
 * {@code 100-continue}, chunked bodies with trailers, and every limit with its status.
 */
class Http1ProtocolTest {

    record Id(String id) {
    }

    record Size(int bytes) {
    }

    private static final JsonCodec CODEC = JsonCodec.standard();
    private static final String JSON = "application/json; charset=utf-8";
    private static final int LIMIT = 64;

    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(Duration.ZERO);
        }
    }

    static HttpRoutes routes() {
        return HttpRoutes.builder()
                .route("GET", "/profiles/{id}", new EndpointInfo("Test", "get"),
                        (Context ctx, String id) -> new Id(id),
                        request -> request.pathParam("id"),
                        CODEC.writer(Id.class)::write)
                .route("GET", "/slow/{millis}", new EndpointInfo("Test", "slow"),
                        (Context ctx, Long millis) -> {
                            Thread.sleep(millis);
                            return new Id("slept " + millis);
                        },
                        request -> Long.parseLong(request.pathParam("millis")),
                        CODEC.writer(Id.class)::write)
                .route("POST", "/upload", new EndpointInfo("Test", "upload"),
                        (Context ctx, byte[] body) -> new Size(body.length),
                        HttpServerRequest::body,
                        CODEC.writer(Size.class)::write)
                .build();
    }

    private int start(HttpServer.Builder builder) throws IOException {
        server = builder.build().start();
        return server.port();
    }

    private int start() throws IOException {
        return start(HttpServer.builder().address("127.0.0.1:0").routes(routes()).maxRequestBodyBytes(LIMIT));
    }

    private static String get(String path) {
        return "GET " + path + " HTTP/1.1\r\nHost: test\r\n\r\n";
    }

    private static String post(String path, String body, String... headers) {
        return "POST " + path + " HTTP/1.1\r\nHost: test\r\n" + String.join("", headers)
                + "Content-Length: " + body.length() + "\r\n\r\n" + body;
    }

    private static void assertJsonError(RawConnection.Response response, int status) {
        assertThat(response.status()).as("status of %s", response).isEqualTo(status);
        assertThat(response.header("content-type")).isEqualTo(JSON);
        assertThat(response.body()).startsWith("{\"error\":\"").endsWith("\"}");
    }

    // --- keep-alive and pipelining ---------------------------------------------------------------

    @Test
    void keepAliveServesManyRequestsOnOneConnection() throws Exception {
        int port = start();
        try (RawConnection connection = new RawConnection(port)) {
            for (int i = 0; i < 5; i++) {
                RawConnection.Response response = connection.send(get("/profiles/p" + i)).read();
                assertThat(response.body()).isEqualTo("{\"id\":\"p" + i + "\"}");
                assertThat(response.closes()).isFalse();
            }
        }
    }

    @Test
    void pipelinedRequestsAreAnsweredInRequestOrder() throws Exception {
        int port = start();
        try (RawConnection connection = new RawConnection(port)) {
            connection.send(get("/slow/200") + get("/profiles/b") + post("/upload", "abc") + get("/profiles/d"));

            assertThat(connection.read().body()).isEqualTo("{\"id\":\"slept 200\"}");
            assertThat(connection.read().body()).isEqualTo("{\"id\":\"b\"}");
            assertThat(connection.read().body()).isEqualTo("{\"bytes\":3}");
            assertThat(connection.read().body()).isEqualTo("{\"id\":\"d\"}");
        }
    }

    @Test
    void manyPipelinedRequestsAreAllAnswered() throws Exception {
        int port = start();
        int count = Http1Connection.MAX_QUEUED * 4;
        StringBuilder requests = new StringBuilder();
        for (int i = 0; i < count; i++) {
            requests.append(get("/profiles/" + i));
        }
        try (RawConnection connection = new RawConnection(port)) {
            connection.send(requests.toString());
            for (int i = 0; i < count; i++) {
                assertThat(connection.read().body()).isEqualTo("{\"id\":\"" + i + "\"}");
            }
        }
    }

    @Test
    void aLongPipelineOnTheEventLoopIsAnsweredInOrder() throws Exception {
        int port = start(HttpServer.builder().address("127.0.0.1:0").routes(routes().nonBlocking()));
        int count = 3000;
        StringBuilder requests = new StringBuilder();
        for (int i = 0; i < count; i++) {
            requests.append(get("/profiles/" + i));
        }
        try (RawConnection connection = new RawConnection(port)) {
            Thread writer = new Thread(() -> {
                try {
                    connection.send(requests.toString());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.start();
            for (int i = 0; i < count; i++) {
                assertThat(connection.read().body()).isEqualTo("{\"id\":\"" + i + "\"}");
            }
            writer.join(5000);
        }
    }

    @Test
    void pipelinedRequestsAreAnsweredWhenTheClientStopsSendingAfterThem() throws Exception {
        int port = start();
        try (RawConnection connection = new RawConnection(port)) {
            connection.send(get("/profiles/a") + get("/profiles/b") + get("/profiles/c")).shutdownOutput();

            assertThat(connection.read().body()).isEqualTo("{\"id\":\"a\"}");
            assertThat(connection.read().body()).isEqualTo("{\"id\":\"b\"}");
            assertThat(connection.read().body()).isEqualTo("{\"id\":\"c\"}");
            assertThat(connection.closedByServer()).isTrue();
        }
    }

    @Test
    void connectionCloseIsHonouredAfterTheAnswer() throws Exception {
        int port = start();
        try (RawConnection connection = new RawConnection(port)) {
            RawConnection.Response response = connection
                    .send("GET /profiles/a HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n").read();

            assertThat(response.closes()).isTrue();
            assertThat(connection.closedByServer()).isTrue();
        }
    }

    @Test
    void http10ClosesUnlessAskedToKeepAlive() throws Exception {
        int port = start();
        try (RawConnection plain = new RawConnection(port); RawConnection kept = new RawConnection(port)) {
            assertThat(plain.send("GET /profiles/a HTTP/1.0\r\n\r\n").read().closes()).isTrue();
            assertThat(plain.closedByServer()).isTrue();

            RawConnection.Response response = kept.send("GET /profiles/a HTTP/1.0\r\nConnection: keep-alive\r\n\r\n").read();
            assertThat(response.header("connection")).isEqualToIgnoringCase("keep-alive");
            assertThat(kept.send("GET /profiles/b HTTP/1.0\r\nConnection: keep-alive\r\n\r\n").read().body())
                    .isEqualTo("{\"id\":\"b\"}");
        }
    }

    @Test
    void everyAnswerCarriesADate() throws Exception {
        int port = start();
        try (RawConnection connection = new RawConnection(port)) {
            assertThat(connection.send(get("/profiles/a")).read().header("date"))
                    .matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
        }
    }

    // --- HEAD and OPTIONS -----------------------------------------------------------------------

    @Test
    void headIsAnsweredWithTheHeadersOfGetAndNoBody() throws Exception {
        int port = start();
        try (RawConnection connection = new RawConnection(port)) {
            RawConnection.Response head = connection.send("HEAD /profiles/abc HTTP/1.1\r\nHost: test\r\n\r\n").readHead();
            // The next answer starts right after the headers: no body bytes were sent for HEAD.
            RawConnection.Response get = connection.send(get("/profiles/abc")).read();

            assertThat(head.status()).isEqualTo(200);
            assertThat(head.header("content-type")).isEqualTo(JSON);
            assertThat(head.header("content-length")).isEqualTo(Integer.toString(get.body().length()));
            assertThat(get.body()).isEqualTo("{\"id\":\"abc\"}");
        }
    }

    @Test
    void optionsIs204WithAllow() throws Exception {
        int port = start();
        try (RawConnection connection = new RawConnection(port)) {
            RawConnection.Response response = connection
                    .send("OPTIONS /profiles/abc HTTP/1.1\r\nHost: test\r\n\r\n").read();

            assertThat(response.status()).isEqualTo(204);
            assertThat(response.header("allow")).isEqualTo("GET, HEAD, OPTIONS");
            assertThat(response.header("content-length")).isNull();
        }
    }

    @Test
    void optionsAsteriskListsEveryMethodTheServerAnswers() throws Exception {
        int port = start();
        try (RawConnection connection = new RawConnection(port)) {
            RawConnection.Response response = connection.send("OPTIONS * HTTP/1.1\r\nHost: test\r\n\r\n").read();

            assertThat(response.status()).isEqualTo(204);
            assertThat(response.header("allow")).isEqualTo("GET, HEAD, OPTIONS, POST");
        }
    }

    @Test
    void optionsOnAPathWithoutRoutesIs404() throws Exception {
        int port = start();
        try (RawConnection connection = new RawConnection(port)) {
            assertJsonError(connection.send("OPTIONS /nowhere HTTP/1.1\r\nHost: test\r\n\r\n").read(), 404);
        }
    }

    @Test
    void absoluteFormTargetsAreServed() throws Exception {
        int port = start();
        try (RawConnection connection = new RawConnection(port)) {
            RawConnection.Response response = connection
                    .send("GET http://test/profiles/abs?x=1 HTTP/1.1\r\nHost: test\r\n\r\n").read();

            assertThat(response.body()).isEqualTo("{\"id\":\"abs\"}");
        }
    }

    // --- bodies ---------------------------------------------------------------------------------

    @Test
    void expectContinueGets100BeforeTheBodyIsSent() throws Exception {
        int port = start();
        try (RawConnection connection = new RawConnection(port)) {
            RawConnection.Response interim = connection.send("POST /upload HTTP/1.1\r\nHost: test\r\n"
                    + "Expect: 100-continue\r\nContent-Length: 5\r\n\r\n").read();
            assertThat(interim.status()).isEqualTo(100);

            RawConnection.Response response = connection.send("hello").read();
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("{\"bytes\":5}");
        }
    }

    @Test
    void expectContinueOverTheLimitIs413Without100() throws Exception {
        int port = start();
        try (RawConnection connection = new RawConnection(port)) {
            RawConnection.Response response = connection.send("POST /upload HTTP/1.1\r\nHost: test\r\n"
                    + "Expect: 100-continue\r\nContent-Length: " + (LIMIT + 1) + "\r\n\r\n").read();

            assertJsonError(response, 413);
            assertThat(response.closes()).isTrue();
            assertThat(connection.closedByServer()).isTrue();
        }
    }

    @Test
    void anExpectationOtherThanContinueIs417() throws Exception {
        int port = start();
        try (RawConnection connection = new RawConnection(port)) {
            assertJsonError(connection.send(post("/upload", "abc", "Expect: teapot\r\n")).read(), 417);
        }
    }

    @Test
    void chunkedBodyIsReassembled() throws Exception {
        int port = start();
        try (RawConnection connection = new RawConnection(port)) {
            RawConnection.Response response = connection.send("POST /upload HTTP/1.1\r\nHost: test\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2;ext=1\r\nde\r\n0\r\n\r\n").read();

            assertThat(response.body()).isEqualTo("{\"bytes\":5}");
        }
    }

    @Test
    void chunkedBodyWithTrailersIsAcceptedAndTheTrailerIsNotANewRequest() throws Exception {
        int port = start();
        try (RawConnection connection = new RawConnection(port)) {
            connection.send("POST /upload HTTP/1.1\r\nHost: test\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "3\r\nabc\r\n0\r\nX-Checksum: 1\r\nX-Other: 2\r\n\r\n" + get("/profiles/after"));

            assertThat(connection.read().body()).isEqualTo("{\"bytes\":3}");
            assertThat(connection.read().body()).isEqualTo("{\"id\":\"after\"}");
        }
    }

    @Test
    void chunkedBodyOverTheLimitIs413AndTheConnectionClosesCleanly() throws Exception {
        int port = start();
        try (RawConnection connection = new RawConnection(port)) {
            String chunk = "x".repeat(40);
            RawConnection.Response response = connection.send("POST /upload HTTP/1.1\r\nHost: test\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n28\r\n" + chunk + "\r\n28\r\n" + chunk + "\r\n").read();

            assertJsonError(response, 413);
            assertThat(response.body()).isEqualTo("{\"error\":\"request body is larger than 64 bytes\"}");
            assertThat(connection.closedByServer()).isTrue();
        }
    }

    @Test
    void bodyExactlyAtTheLimitIsAccepted() throws Exception {
        int port = start();
        try (RawConnection connection = new RawConnection(port)) {
            assertThat(connection.send(post("/upload", "x".repeat(LIMIT))).read().body()).isEqualTo("{\"bytes\":64}");
        }
    }

    @Test
    void bodySentWithGetIsReadAndTheConnectionStaysUsable() throws Exception {
        int port = start();
        try (RawConnection connection = new RawConnection(port)) {
            connection.send("GET /profiles/a HTTP/1.1\r\nHost: test\r\nContent-Length: 10\r\n\r\n0123456789" + get("/profiles/b"));

            assertThat(connection.read().body()).isEqualTo("{\"id\":\"a\"}");
            assertThat(connection.read().body()).isEqualTo("{\"id\":\"b\"}");
        }
    }

    // --- limits ---------------------------------------------------------------------------------

    @Test
    void requestLineOverTheLimitIs414() throws Exception {
        int port = start(HttpServer.builder().address("127.0.0.1:0").routes(routes()).maxRequestLineBytes(100));
        try (RawConnection connection = new RawConnection(port)) {
            RawConnection.Response response = connection.send(get("/profiles/" + "a".repeat(200))).read();

            assertJsonError(response, 414);
            assertThat(response.body()).isEqualTo("{\"error\":\"request line is longer than 100 bytes\"}");
            assertThat(connection.closedByServer()).isTrue();
        }
    }

    @Test
    void headersOverTheLimitAre431() throws Exception {
        int port = start(HttpServer.builder().address("127.0.0.1:0").routes(routes()).maxHeaderBytes(512));
        try (RawConnection connection = new RawConnection(port)) {
            RawConnection.Response response = connection
                    .send("GET /profiles/a HTTP/1.1\r\nHost: test\r\nX-Big: " + "b".repeat(600) + "\r\n\r\n").read();

            assertJsonError(response, 431);
            assertThat(connection.closedByServer()).isTrue();
        }
    }

    @Test
    void tooManyHeaderFieldsAre431() throws Exception {
        int port = start(HttpServer.builder().address("127.0.0.1:0").routes(routes()).maxHeaderCount(10));
        StringBuilder headers = new StringBuilder();
        for (int i = 0; i < 11; i++) {
            headers.append("X-H").append(i).append(": v\r\n");
        }
        try (RawConnection connection = new RawConnection(port)) {
            RawConnection.Response response = connection
                    .send("GET /profiles/a HTTP/1.1\r\nHost: test\r\n" + headers + "\r\n").read();

            assertJsonError(response, 431);
            assertThat(response.body()).isEqualTo("{\"error\":\"request has more than 10 header fields\"}");
        }
    }

    @Test
    void declaredLengthOverTheLimitIsAnswered413BeforeTheBodyArrives() throws Exception {
        int port = start();
        try (RawConnection connection = new RawConnection(port)) {
            // Only the head is sent: the answer cannot wait for the body.
            RawConnection.Response response = connection
                    .send("POST /upload HTTP/1.1\r\nHost: test\r\nContent-Length: 100000\r\n\r\n").read();

            assertJsonError(response, 413);
            assertThat(response.closes()).isTrue();
        }
    }

    @Test
    void sixteenMebibyteUploadReadsIts413() throws Exception {
        int port = start(HttpServer.builder().address("127.0.0.1:0").routes(routes()));
        byte[] chunk = new byte[64 << 10];
        try (RawConnection connection = new RawConnection(port, 10_000)) {
            connection.send("POST /upload HTTP/1.1\r\nHost: test\r\nContent-Length: " + (16 << 20) + "\r\n\r\n");
            List<Throwable> writeFailures = new ArrayList<>();
            Thread writer = new Thread(() -> {
                try {
                    for (int sent = 0; sent < 16 << 20; sent += chunk.length) {
                        connection.send(chunk);
                    }
                } catch (IOException e) {
                    // The server may stop reading once it has drained enough; the answer must still be readable.
                    synchronized (writeFailures) {
                        writeFailures.add(e);
                    }
                }
            });
            writer.start();

            RawConnection.Response response = connection.read();
            writer.join(10_000);

            assertJsonError(response, 413);
            assertThat(response.body()).isEqualTo("{\"error\":\"request body is larger than 1048576 bytes\"}");
            assertThat(writeFailures).isEmpty();
            assertThat(connection.closedByServer()).isTrue();
        }
    }

    // --- framing errors: a JSON 400 (or 501, 505), then the connection closes ------------------

    @ParameterizedTest
    @ValueSource(strings = {
        "GARBAGE\r\n\r\n",
        "GET /profiles/a HTTP/1.1 extra\r\nHost: test\r\n\r\n",
        "GET /profiles/a HTTP/1.1\r\nHost: test\r\nBad Header: x\r\n\r\n",
        "GET /profiles/a HTTP/1.1\r\nHost: test\r\n: no name\r\n\r\n",
        "GET /profiles/a HTTP/1.1\nHost: test\n\n",
        "GET /profiles/a HTTP/1.1\r\n\r\n",
        "GET /profiles/a HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
        "GET /profiles/a#frag HTTP/1.1\r\nHost: test\r\n\r\n",
        "GET profiles/a HTTP/1.1\r\nHost: test\r\n\r\n",
        "POST /upload HTTP/1.1\r\nHost: test\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd",
        "POST /upload HTTP/1.1\r\nHost: test\r\nContent-Length: abc\r\n\r\n",
        "POST /upload HTTP/1.1\r\nHost: test\r\nContent-Length: -1\r\n\r\n",
        "POST /upload HTTP/1.1\r\nHost: test\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n",
        "POST /upload HTTP/1.1\r\nHost: test\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n",
        "POST /upload HTTP/1.1\r\nHost: test\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nabc\r\n0\r\n\r\n",
        "POST /upload HTTP/1.1\r\nHost: test\r\nTransfer-Encoding: chunked, identity\r\n\r\n3\r\nabc\r\n",
    })
    void framingErrorsAre400JsonAndClose(String request) throws Exception {
        int port = start();
        try (RawConnection connection = new RawConnection(port)) {
            RawConnection.Response response = connection.send(request).read();

            assertJsonError(response, 400);
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("netty");
            assertThat(response.closes()).isTrue();
            assertThat(connection.closedByServer()).isTrue();
        }
    }

    @Test
    void aMalformedEscapeInTheTargetIs400JsonOnAConnectionThatStaysOpen() throws Exception {
        int port = start();
        try (RawConnection connection = new RawConnection(port)) {
            RawConnection.Response response = connection.send(get("/profiles/%zz")).read();

            assertJsonError(response, 400);
            assertThat(response.closes()).isFalse();
            assertThat(connection.send(get("/profiles/ok")).read().body()).isEqualTo("{\"id\":\"ok\"}");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "GET /profiles/a HTTP/1.1\r\nHost: te",
        "GET /profi",
        "POST /upload HTTP/1.1\r\nHost: test\r\nContent-Length: 10\r\n\r\nabc",
        "POST /upload HTTP/1.1\r\nHost: test\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n",
    })
    void aRequestCutShortByTheClientIs400AtOnce(String request) throws Exception {
        int port = start();
        try (RawConnection connection = new RawConnection(port)) {
            RawConnection.Response response = connection.send(request).shutdownOutput().read();

            assertJsonError(response, 400);
            assertThat(connection.closedByServer()).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"gzip, chunked", "br, chunked"})
    void transferCodingsOtherThanChunkedAre501(String codings) throws Exception {
        int port = start();
        try (RawConnection connection = new RawConnection(port)) {
            RawConnection.Response response = connection.send("POST /upload HTTP/1.1\r\nHost: test\r\n"
                    + "Transfer-Encoding: " + codings + "\r\n\r\n3\r\nabc\r\n0\r\n\r\n").read();

            assertJsonError(response, 501);
            assertThat(connection.closedByServer()).isTrue();
        }
    }

    @Test
    void anHttpVersionOtherThanOneIs505() throws Exception {
        int port = start();
        try (RawConnection connection = new RawConnection(port)) {
            assertJsonError(connection.send("GET /profiles/a HTTP/2.0\r\nHost: test\r\n\r\n").read(), 505);
        }
    }

    @Test
    void requestsPipelinedBeforeABadOneAreStillAnswered() throws Exception {
        int port = start();
        try (RawConnection connection = new RawConnection(port)) {
            connection.send(get("/slow/100") + get("/profiles/b") + "GARBAGE\r\n\r\n" + get("/profiles/never"));

            assertThat(connection.read().body()).isEqualTo("{\"id\":\"slept 100\"}");
            assertThat(connection.read().body()).isEqualTo("{\"id\":\"b\"}");
            assertJsonError(connection.read(), 400);
            assertThat(connection.closedByServer()).isTrue();
        }
    }

    // --- timeouts --------------------------------------------------------------------------------

    @Test
    void headersThatDoNotArriveInTimeAre408() throws Exception {
        int port = start(HttpServer.builder().address("127.0.0.1:0").routes(routes())
                .headerReadTimeout(Duration.ofMillis(300)));
        try (RawConnection connection = new RawConnection(port)) {
            RawConnection.Response response = connection.send("GET /profiles/a HTTP/1.1\r\nHost: te").read();

            assertJsonError(response, 408);
            assertThat(connection.closedByServer()).isTrue();
        }
    }

    @Test
    void aBodyThatDoesNotArriveInTimeIs408() throws Exception {
        int port = start(HttpServer.builder().address("127.0.0.1:0").routes(routes())
                .bodyReadTimeout(Duration.ofMillis(300)));
        try (RawConnection connection = new RawConnection(port)) {
            RawConnection.Response response = connection
                    .send("POST /upload HTTP/1.1\r\nHost: test\r\nContent-Length: 10\r\n\r\nabc").read();

            assertJsonError(response, 408);
            assertThat(response.body()).isEqualTo("{\"error\":\"request body not received within 300 ms\"}");
        }
    }

    @Test
    void idleConnectionsAreClosedAfterTheIdleTimeout() throws Exception {
        int port = start(HttpServer.builder().address("127.0.0.1:0").routes(routes()).idleTimeout(Duration.ofMillis(300)));
        try (RawConnection used = new RawConnection(port)) {
            used.send(get("/profiles/a")).read();
            long started = System.nanoTime();

            assertThat(used.closedByServer()).isTrue();
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isBetween(250L, 3000L);
        }
    }

    @Test
    void aConnectionThatSendsNothingIsClosedAfterTheHeaderReadTimeout() throws Exception {
        int port = start(HttpServer.builder().address("127.0.0.1:0").routes(routes())
                .headerReadTimeout(Duration.ofMillis(300)).idleTimeout(Duration.ofMinutes(5)));
        try (RawConnection silent = new RawConnection(port)) {
            long started = System.nanoTime();

            assertThat(silent.closedByServer()).isTrue();
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isBetween(250L, 3000L);
        }
    }

    @Test
    void theHeaderReadTimeoutAppliesToARequestStartedAfterALongIdlePeriod() throws Exception {
        int port = start(HttpServer.builder().address("127.0.0.1:0").routes(routes())
                .headerReadTimeout(Duration.ofMillis(300)).idleTimeout(Duration.ofMinutes(5)));
        try (RawConnection connection = new RawConnection(port)) {
            connection.send(get("/profiles/a")).read();
            Thread.sleep(400);

            RawConnection.Response response = connection.send("GET /profiles/b HTTP/1.1\r\n").read();

            assertJsonError(response, 408);
        }
    }

    @Test
    void aConnectionServingALongRequestIsNotIdle() throws Exception {
        int port = start(HttpServer.builder().address("127.0.0.1:0").routes(routes()).idleTimeout(Duration.ofMillis(200)));
        try (RawConnection connection = new RawConnection(port)) {
            assertThat(connection.send(get("/slow/600")).read().body()).isEqualTo("{\"id\":\"slept 600\"}");
        }
    }

    @Test
    void hundredsOfSlowHeaderConnectionsNeitherDelayOthersNorStayForever() throws Exception {
        int port = start(HttpServer.builder().address("127.0.0.1:0").routes(routes())
                .headerReadTimeout(Duration.ofSeconds(2)));
        List<RawConnection> slow = new ArrayList<>();
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        try {
            for (int i = 0; i < 300; i++) {
                slow.add(new RawConnection(port).send("GET /profiles/slow HTTP/1.1\r\nHost: test\r\nX-Slow: "));
            }
            // Each keeps sending a byte of its headers every 100 ms, never finishing them.
            trickle.scheduleAtFixedRate(() -> {
                for (RawConnection connection : slow) {
                    try {
                        connection.send("x");
                    } catch (IOException e) {
                        // refused by now: what the test waits for below
                    }
                }
            }, 100, 100, TimeUnit.MILLISECONDS);

            for (int i = 0; i < 20; i++) {
                long started = System.nanoTime();
                try (RawConnection ordinary = new RawConnection(port)) {
                    assertThat(ordinary.send(get("/profiles/ok" + i)).read().body()).isEqualTo("{\"id\":\"ok" + i + "\"}");
                }
                assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(1000);
            }
            for (RawConnection connection : slow) {
                assertJsonError(connection.read(), 408);
            }
        } finally {
            trickle.shutdownNow();
            for (RawConnection connection : slow) {
                connection.close();
            }
        }
    }

    // --- capacity --------------------------------------------------------------------------------

    @Test
    void requestsBeyondTheConcurrencyLimitAre503WithRetryAfter() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        HttpRoutes blocking = HttpRoutes.builder()
                .route("GET", "/block", new EndpointInfo("Test", "block"),
                        (Context ctx, String ignored) -> {
                            entered.countDown();
                            release.await(5, TimeUnit.SECONDS);
                            return new Id("released");
                        },
                        request -> "",
                        CODEC.writer(Id.class)::write)
                .build();
        int port = start(HttpServer.builder().address("127.0.0.1:0").routes(blocking).maxConcurrentRequests(1));
        try (RawConnection first = new RawConnection(port); RawConnection second = new RawConnection(port)) {
            first.send(get("/block"));
            assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();

            RawConnection.Response refused = second.send(get("/block")).read();
            release.countDown();

            assertJsonError(refused, 503);
            assertThat(refused.header("retry-after")).isEqualTo("1");
            assertThat(first.read().body()).isEqualTo("{\"id\":\"released\"}");
            assertThat(second.send(get("/block")).read().status()).isEqualTo(200);
        }
    }
}
