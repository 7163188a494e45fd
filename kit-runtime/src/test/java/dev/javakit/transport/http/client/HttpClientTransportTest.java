package dev.javakit.transport.http.client;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.javakit.context.Context;
import dev.javakit.errors.ErrorIdentity;
import dev.javakit.json.JsonCodec;
import dev.javakit.json.JsonReader;
import dev.javakit.transport.http.HttpResponse;
import dev.javakit.transport.http.HttpRoutes;
import dev.javakit.transport.Delivery;
import dev.javakit.transport.http.HttpServer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.core.type.TypeReference;

@Timeout(30)
class HttpClientTransportTest {

    record Greeting(String name) {
    }

    static final class NotFound extends Exception {
        private static final long serialVersionUID = 1L;

        NotFound() {
            super("not found");
        }
    }

    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message);
        }
    }

    private static final Context.Key<String> TRACE = Context.Key.of("trace", String.class);
    private static final JsonCodec CODEC = JsonCodec.standard();
    private static final JsonReader<Greeting> GREETING = CODEC.reader(Greeting.class);
    private static final ClientErrors ERRORS = ClientErrors.builder()
            .fixed(404, "NotFound", NotFound::new)
            .withMessage(400, "Invalid", Invalid::new)
            .build();
    /** Generous for a loopback call, far below the transport's default of ten seconds. */
    private static final Duration PROMPTLY = Duration.ofSeconds(4);

    private final List<AutoCloseable> servers = new ArrayList<>();

    @AfterEach
    void stopServers() throws Exception {
        for (AutoCloseable server : servers) {
            server.close();
        }
    }

    private StubServer json(int status, String body) throws IOException {
        StubServer server = StubServer.json(status, body);
        servers.add(server);
        return server;
    }

    private StubServer answering(int status, String contentType, String body) throws IOException {
        StubServer server = StubServer.answering(status, contentType, body);
        servers.add(server);
        return server;
    }

    private RawServer raw(RawServer server) {
        servers.add(server);
        return server;
    }

    private static ClientRequest get() {
        return ClientRequest.of("GET", "/greetings/{id}").path("id", "pat");
    }

    private static Greeting call(HttpClientTransport transport, ClientRequest request) throws Exception {
        return transport.call(Context.background(), request, GREETING, ERRORS);
    }

    private static HttpClientException failure(HttpClientTransport transport, ClientRequest request) {
        return catchThrowableOfType(HttpClientException.class, () -> call(transport, request));
    }

    private static URI refusingUri() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
    }

    // --- answers ---------------------------------------------------------------------------------

    @Test
    void decodesASuccessfulJsonAnswer() throws Exception {
        StubServer server = json(200, "{\"name\":\"Pat\",\"unknown\":true}");

        Greeting greeting = call(HttpClientTransport.builder(server.uri()).build(), get());

        assertThat(greeting).isEqualTo(new Greeting("Pat"));
    }

    @Test
    void anyTwoHundredStatusIsSuccess() throws Exception {
        StubServer server = json(201, "{\"name\":\"new\"}");

        assertThat(call(HttpClientTransport.builder(server.uri()).build(), get())).isEqualTo(new Greeting("new"));
    }

    @Test
    void sendsMethodFilledPathQueryHeadersAndJsonBody() throws Exception {
        StubServer server = json(200, "{\"name\":\"Pat\"}");
        ClientRequest request = ClientRequest.of("PUT", "/profiles/{id}")
                .path("id", "a b/c")
                .query("dry run", "yes & no")
                .header("X-Request", "r1")
                .body("{\"name\":\"Zoë\"}".getBytes(UTF_8));

        call(HttpClientTransport.builder(server.uri()).build(), request);

        StubServer.Seen seen = server.onlyRequest();
        assertThat(seen.method()).isEqualTo("PUT");
        assertThat(seen.rawPath()).isEqualTo("/profiles/a%20b%2Fc");
        assertThat(seen.rawQuery()).isEqualTo("dry+run=yes+%26+no");
        assertThat(seen.headers().getFirst("X-Request")).isEqualTo("r1");
        assertThat(seen.headers().getFirst("Accept")).isEqualTo("application/json");
        assertThat(seen.headers().getFirst("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(seen.bodyText()).isEqualTo("{\"name\":\"Zoë\"}");
    }

    @Test
    void aRequestWithoutBodySendsNoContentType() throws Exception {
        StubServer server = json(200, "{\"name\":\"Pat\"}");

        call(HttpClientTransport.builder(server.uri()).build(), get());

        assertThat(server.onlyRequest().headers().getFirst("Content-Type")).isNull();
        assertThat(server.onlyRequest().body()).isEmpty();
    }

    @Test
    void appendsThePathToTheBaseUriOnce() throws Exception {
        StubServer server = json(200, "{\"name\":\"Pat\"}");

        call(HttpClientTransport.builder(URI.create(server.uri() + "/api/")).build(), get());
        call(HttpClientTransport.builder(URI.create(server.uri() + "/api")).build(), get());

        assertThat(server.seen()).extracting(StubServer.Seen::rawPath)
                .containsExactly("/api/greetings/pat", "/api/greetings/pat");
    }

    @Test
    void pathAndQueryValuesArriveUnchangedAtAKitServer() throws Exception {
        HttpServer kit = HttpServer.builder()
                .address("127.0.0.1:0")
                .routes(HttpRoutes.builder()
                        .route("GET", "/echo/{id}/{other}", (ctx, request) -> {
                            Map<String, Object> echo = new LinkedHashMap<>();
                            echo.put("id", request.pathParam("id"));
                            echo.put("other", request.pathParam("other"));
                            echo.put("q", request.queryParams("q"));
                            echo.put("n", request.queryParam("n ☃"));
                            return HttpResponse.json(CODEC.write(echo));
                        })
                        .build())
                .build()
                .start();
        servers.add(() -> kit.stop(Duration.ZERO));
        String awkward = " a/b+c%20d?e#f&g=h;☃. ";
        ClientRequest request = ClientRequest.of("GET", "/echo/{id}/{other}")
                .path("id", awkward)
                .path("other", "..")
                .queryAll("q", List.of(awkward, "+", ""))
                .query("n ☃", 7);

        Map<String, Object> echo = HttpClientTransport.builder(URI.create("http://127.0.0.1:" + kit.port())).build()
                .call(Context.background(), request, CODEC.reader(new TypeReference<Map<String, Object>>() { }),
                        ClientErrors.NONE);

        assertThat(echo).containsEntry("id", awkward)
                .containsEntry("other", "..")
                .containsEntry("q", List.of(awkward, "+", ""))
                .containsEntry("n", "7");
    }

    // --- error answers ---------------------------------------------------------------------------

    @Test
    void mappedErrorStatusIsTheDeclaredException() throws Exception {
        StubServer server = json(404, "{\"error\":\"not found\"}");

        NotFound thrown = catchThrowableOfType(NotFound.class,
                () -> call(HttpClientTransport.builder(server.uri()).build(), get()));

        assertThat(thrown).hasMessage("not found");
    }

    @Test
    void aMessageExceptionCarriesTheServersMessage() throws Exception {
        StubServer server = json(400, "{\"error\":\"name must not be longer than 10 characters\"}");

        Invalid thrown = catchThrowableOfType(Invalid.class,
                () -> call(HttpClientTransport.builder(server.uri()).build(), get()));

        assertThat(thrown).hasMessage("name must not be longer than 10 characters");
    }

    @Test
    void anErrorAnswerThatIsNotJsonIsAnHttpClientExceptionEvenOfADeclaredStatus() throws Exception {
        StubServer server = answering(404, "text/plain", "404 page not found");

        HttpClientException thrown = failure(HttpClientTransport.builder(server.uri()).build(), get());

        assertThat(thrown.status()).isEqualTo(404);
        assertThat(thrown.bodyExcerpt()).isEqualTo("404 page not found");
    }

    @Test
    void anAnswerNamingItsExceptionIsThatExceptionWhateverItsStatus() throws Exception {
        StubServer server = json(400, "{\"error\":\"not found\"}");
        server.header(ErrorIdentity.HEADER, "NotFound");

        assertThat(catchThrowableOfType(NotFound.class,
                () -> call(HttpClientTransport.builder(server.uri()).build(), get()))).hasMessage("not found");
    }

    @Test
    void anAnswerNamingTheServerIsAnHttpClientExceptionEvenOfADeclaredStatusAndMessage() throws Exception {
        StubServer server = json(404, "{\"error\":\"not found\"}");
        server.header(ErrorIdentity.HEADER, ErrorIdentity.SERVER);

        HttpClientException thrown = failure(HttpClientTransport.builder(server.uri()).build(), get());

        assertThat(thrown.status()).isEqualTo(404);
        assertThat(thrown.bodyExcerpt()).isEqualTo("{\"error\":\"not found\"}");
    }

    @Test
    void unmappedStatusIsAnHttpClientExceptionWithStatusAndBody() throws Exception {
        StubServer server = json(503, "{\"error\":\"overloaded\"}");

        HttpClientException thrown = failure(HttpClientTransport.builder(server.uri()).build(), get());

        assertThat(thrown.status()).isEqualTo(503);
        assertThat(thrown.answered()).isTrue();
        assertThat(thrown.timedOut()).isFalse();
        assertThat(thrown.bodyExcerpt()).isEqualTo("{\"error\":\"overloaded\"}");
        assertThat(thrown).hasMessageContaining("GET " + server.uri() + "/greetings/pat")
                .hasMessageContaining("503")
                .hasMessageContaining("overloaded");
        assertThat(server.hits()).as("an answer is never retried").isEqualTo(1);
    }

    @Test
    void anErrorStatusOfAMethodWithoutErrorsIsAnHttpClientException() throws Exception {
        StubServer server = json(404, "{\"error\":\"not found\"}");
        HttpClientTransport transport = HttpClientTransport.builder(server.uri()).build();

        HttpClientException thrown = catchThrowableOfType(HttpClientException.class,
                () -> transport.call(Context.background(), get(), GREETING, ClientErrors.NONE));

        assertThat(thrown.status()).isEqualTo(404);
        assertThat(thrown.bodyExcerpt()).isEqualTo("{\"error\":\"not found\"}");
    }

    @Test
    void aLongBodyIsCutInTheExcerpt() throws Exception {
        String body = "x".repeat(1000);
        StubServer server = answering(500, "text/plain", body);

        HttpClientException thrown = failure(HttpClientTransport.builder(server.uri()).build(), get());

        assertThat(thrown.bodyExcerpt()).isEqualTo("x".repeat(200) + "...");
        assertThat(thrown.getMessage()).hasSizeLessThan(400);
    }

    @Test
    void aSuccessWhoseBodyIsNotJsonIsAnHttpClientExceptionNamingTheProblem() throws Exception {
        StubServer server = answering(200, "text/html", "<html>hello</html>");

        HttpClientException thrown = failure(HttpClientTransport.builder(server.uri()).build(), get());

        assertThat(thrown.answered()).isTrue();
        assertThat(thrown.status()).isEqualTo(200);
        assertThat(thrown.bodyExcerpt()).isEqualTo("<html>hello</html>");
        assertThat(thrown).hasMessageContaining("not the JSON expected").hasMessageContaining("malformed JSON");
    }

    @Test
    void aSuccessWithJsonOfTheWrongShapeNamesTheField() throws Exception {
        StubServer server = json(200, "{\"name\":5}");

        HttpClientException thrown = failure(HttpClientTransport.builder(server.uri()).build(), get());

        assertThat(thrown).hasMessageContaining("field 'name' must be a string");
    }

    @Test
    void aSuccessWithoutARequiredFieldNamesIt() throws Exception {
        StubServer server = json(200, "{}");

        HttpClientException thrown = failure(HttpClientTransport.builder(server.uri()).build(), get());

        assertThat(thrown.status()).isEqualTo(200);
        assertThat(thrown).hasMessageContaining("not the JSON expected (missing field 'name')");
    }

    @Test
    void aSuccessWithTrailingGarbageIsRejected() throws Exception {
        StubServer server = json(200, "{\"name\":\"Pat\"} {}");

        assertThat(failure(HttpClientTransport.builder(server.uri()).build(), get()))
                .hasMessageContaining("unexpected content after the JSON document");
    }

    @Test
    void anEmptySuccessBodyIsNotTheJsonExpected() throws Exception {
        StubServer server = json(200, "");

        HttpClientException thrown = failure(HttpClientTransport.builder(server.uri()).build(), get());

        assertThat(thrown.status()).isEqualTo(200);
        assertThat(thrown).hasMessageContaining("not the JSON expected");
    }

    @Test
    void aServerAnsweringSomethingOtherThanHttpIsNoAnswer() throws Exception {
        RawServer server = raw(RawServer.answeringRaw("SSH-2.0-OpenSSH_9.2\r\n"));

        HttpClientException thrown = failure(HttpClientTransport.builder(server.uri()).build(), get());

        assertThat(thrown.answered()).isFalse();
        assertThat(thrown.status()).isEqualTo(503);
    }

    // --- no answer -------------------------------------------------------------------------------

    @Test
    void aServerThatNeverAnswersTimesOutAfterTheConfiguredTimeout() throws Exception {
        RawServer server = raw(RawServer.neverAnswering());
        HttpClientTransport transport = HttpClientTransport.builder(server.uri())
                .timeout(Duration.ofMillis(300))
                .build();

        long start = System.nanoTime();
        HttpClientException thrown = failure(transport, get());
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(thrown.timedOut()).isTrue();
        assertThat(thrown.answered()).isFalse();
        assertThat(thrown.delivery()).isEqualTo(Delivery.NO_ANSWER);
        assertThat(thrown.status()).isEqualTo(504);
        assertThat(thrown.bodyExcerpt()).isEmpty();
        assertThat(thrown).hasMessageContaining("timed out");
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(250)).isLessThan(PROMPTLY);
        assertThat(server.connectionsAfterAtMost(1, Duration.ofSeconds(1)))
                .as("a request that timed out is not repeated").isEqualTo(1);
    }

    @Test
    void aServerThatHangsUpWithoutAnsweringIsNoAnswer() throws Exception {
        RawServer server = raw(RawServer.hangingUpAfterTheRequest());

        HttpClientException thrown = failure(HttpClientTransport.builder(server.uri()).build(),
                ClientRequest.of("POST", "/greetings/").body("{}".getBytes(UTF_8)));

        assertThat(thrown.answered()).isFalse();
        assertThat(thrown.delivery()).as("the request may have been processed").isEqualTo(Delivery.NO_ANSWER);
        assertThat(thrown.timedOut()).isFalse();
        assertThat(thrown.status()).isEqualTo(503);
        assertThat(thrown).hasCauseInstanceOf(IOException.class).hasMessageContaining("POST " + server.uri());
        assertThat(server.connectionsAfterAtMost(1, Duration.ofMillis(500))).as("the transport never sends twice")
                .isEqualTo(1);
    }

    @Test
    void aRefusedConnectionIsNotDelivered() throws Exception {
        URI nobody = refusingUri();

        HttpClientException thrown = failure(HttpClientTransport.builder(nobody).build(),
                ClientRequest.of("POST", "/greetings/"));

        assertThat(thrown.answered()).isFalse();
        assertThat(thrown.delivery()).as("safe to send anywhere else").isEqualTo(Delivery.NOT_DELIVERED);
        assertThat(thrown.timedOut()).isFalse();
        assertThat(thrown.status()).isEqualTo(503);
        assertThat(thrown).hasCauseInstanceOf(ConnectException.class);
    }

    @Test
    void anAnswerIsDeliveredWhateverItsStatus() throws Exception {
        StubServer server = json(503, "{\"error\":\"overloaded\"}");

        assertThat(failure(HttpClientTransport.builder(server.uri()).build(), get()).delivery())
                .isEqualTo(Delivery.ANSWERED);
    }

    // --- deadlines -------------------------------------------------------------------------------

    @Test
    void aContextDeadlineShorterThanTheTimeoutWins() throws Exception {
        RawServer server = raw(RawServer.neverAnswering());
        HttpClientTransport transport = HttpClientTransport.builder(server.uri())
                .timeout(Duration.ofSeconds(20))
                .build();
        Context ctx = Context.background().withTimeout(Duration.ofMillis(300));

        long start = System.nanoTime();
        HttpClientException thrown = catchThrowableOfType(HttpClientException.class,
                () -> transport.call(ctx, get(), GREETING, ERRORS));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(thrown.timedOut()).isTrue();
        assertThat(took).isLessThan(PROMPTLY);
    }

    @Test
    void aTimeoutShorterThanTheContextDeadlineWins() throws Exception {
        RawServer server = raw(RawServer.neverAnswering());
        HttpClientTransport transport = HttpClientTransport.builder(server.uri())
                .timeout(Duration.ofMillis(300))
                .build();
        Context ctx = Context.background().withTimeout(Duration.ofSeconds(20));

        long start = System.nanoTime();
        HttpClientException thrown = catchThrowableOfType(HttpClientException.class,
                () -> transport.call(ctx, get(), GREETING, ERRORS));

        assertThat(thrown.timedOut()).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(PROMPTLY);
    }

    @Test
    void anExpiredContextFailsWithoutSending() throws Exception {
        StubServer server = json(200, "{\"name\":\"Pat\"}");
        HttpClientTransport transport = HttpClientTransport.builder(server.uri()).build();
        Context expired = Context.background().withDeadline(Instant.now().minusMillis(1));

        HttpClientException thrown = catchThrowableOfType(HttpClientException.class,
                () -> transport.call(expired, get(), GREETING, ERRORS));

        assertThat(thrown.timedOut()).isTrue();
        assertThat(thrown.status()).isEqualTo(504);
        assertThat(thrown).hasMessageContaining("GET /greetings/{id}");
        assertThat(thrown.delivery()).isEqualTo(Delivery.NOT_DELIVERED);
        assertThat(server.hits()).isZero();
    }

    @Test
    void aContextWithTimeLeftIsServed() throws Exception {
        StubServer server = json(200, "{\"name\":\"Pat\"}");
        HttpClientTransport transport = HttpClientTransport.builder(server.uri()).build();

        Greeting greeting = transport.call(Context.background().withTimeout(Duration.ofSeconds(5)), get(), GREETING,
                ERRORS);

        assertThat(greeting.name()).isEqualTo("Pat");
    }

    // --- hooks -----------------------------------------------------------------------------------

    @Test
    void beforeHooksAddHeadersFromTheContextInOrder() throws Exception {
        StubServer server = json(200, "{\"name\":\"Pat\"}");
        HttpClientTransport transport = HttpClientTransport.builder(server.uri())
                .before((ctx, request) -> request.header("X-Trace", ctx.getOrDefault(TRACE, "none")))
                .before((ctx, request) -> request.header("X-Order", "first"))
                .before((ctx, request) -> request.header("X-Order", "second"))
                .build();

        transport.call(Context.background().with(TRACE, "t-42"), get(), GREETING, ERRORS);
        transport.call(Context.background(), get(), GREETING, ERRORS);

        List<StubServer.Seen> seen = server.seen();
        assertThat(seen.get(0).headers().getFirst("X-Trace")).isEqualTo("t-42");
        assertThat(seen.get(0).headers().get("X-Order")).containsExactly("first", "second");
        assertThat(seen.get(1).headers().getFirst("X-Trace")).isEqualTo("none");
    }

    @Test
    void afterHooksSeeEveryResponseBeforeItIsDecoded() throws Exception {
        StubServer server = json(200, "{\"name\":\"Pat\"}");
        List<String> seen = new CopyOnWriteArrayList<>();
        HttpClientTransport transport = HttpClientTransport.builder(server.uri())
                .after((ctx, response) -> seen.add(ctx.get(TRACE) + " " + response.statusCode() + " "
                        + response.headers().firstValue("X-Stub").orElse("-") + " "
                        + new String(response.body(), UTF_8)))
                .build();
        Context ctx = Context.background().with(TRACE, "t-1");

        transport.call(ctx, get(), GREETING, ERRORS);
        server.answer(404, "application/json", "{\"error\":\"not found\"}");
        catchThrowableOfType(NotFound.class, () -> transport.call(ctx, get(), GREETING, ERRORS));
        server.answer(200, "text/plain", "garbage");
        catchThrowableOfType(HttpClientException.class, () -> transport.call(ctx, get(), GREETING, ERRORS));

        assertThat(seen).containsExactly(
                "t-1 200 yes {\"name\":\"Pat\"}",
                "t-1 404 yes {\"error\":\"not found\"}",
                "t-1 200 yes garbage");
    }

    @Test
    void afterHooksDoNotRunWhenNoAnswerCame() throws Exception {
        RawServer server = raw(RawServer.hangingUpAfterTheRequest());
        AtomicInteger after = new AtomicInteger();
        HttpClientTransport transport = HttpClientTransport.builder(server.uri())
                .after((ctx, response) -> after.incrementAndGet())
                .build();

        failure(transport, get());

        assertThat(after).hasValue(0);
    }

    // --- configuration ---------------------------------------------------------------------------

    @Test
    void rejectsNonsensicalSettings() throws Exception {
        HttpClientTransport.Builder builder = HttpClientTransport.builder(URI.create("http://127.0.0.1:1"));

        assertThatIllegalArgumentException().isThrownBy(() -> builder.timeout(Duration.ZERO));
        assertThatIllegalArgumentException().isThrownBy(() -> builder.timeout(Duration.ofMillis(-1)));
    }

    @Test
    void aBuilderWithoutAnInstanceBuildsForOneNamedOrForNone() throws Exception {
        StubServer server = json(200, "{\"name\":\"Pat\"}");
        HttpClientTransport.Builder builder = HttpClientTransport.builder();

        assertThat(call(builder.build(server.uri()), get())).isEqualTo(new Greeting("Pat"));
        HttpClientException toNone = failure(builder.build(), get());
        assertThat(toNone.delivery()).isEqualTo(Delivery.NOT_DELIVERED);
        assertThat(toNone).hasMessageContaining("without an instance");
    }

    @Test
    void exposesItsCodec() throws Exception {
        assertThat(HttpClientTransport.builder(URI.create("http://127.0.0.1:1")).build().json())
                .isSameAs(JsonCodec.standard());
    }
}
