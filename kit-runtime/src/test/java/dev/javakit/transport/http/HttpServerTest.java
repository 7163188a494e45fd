package dev.javakit.transport.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.javakit.annotations.ErrorStatus;
import dev.javakit.context.Context;
import dev.javakit.endpoint.EndpointInfo;
import dev.javakit.json.JsonCodec;
import dev.javakit.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.SerializationFeature;

class HttpServerTest {

    record Profile(String id, String name) {
    }

    record Size(int bytes) {
    }

    record Text(String text) {
    }

    /** What a listener was told about one request. */
    record Report(String method, String route, int status, long durationNanos) {
    }

    static class EmailTaken extends RuntimeException {
        private static final long serialVersionUID = 1L;

        EmailTaken(String message) {
            super(message);
        }
    }

    @ErrorStatus(451)
    static class Censored extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Censored(String message) {
            super(message);
        }
    }

    private static final String JSON = "application/json; charset=utf-8";
    private static final int LIMIT = 16;
    private static final Context.Key<String> USER = Context.Key.of("user", String.class);
    private static final JsonCodec CODEC = JsonCodec.standard();
    private static final JsonReader<Profile> PROFILE_READER = CODEC.reader(Profile.class);

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private HttpServer server;
    private ExecutorService callerExecutor;
    private final BlockingQueue<Report> reports = new LinkedBlockingQueue<>();

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(Duration.ZERO);
        }
        if (callerExecutor != null) {
            callerExecutor.shutdownNow();
        }
    }

    private static EndpointInfo info(String method) {
        return new EndpointInfo("Test", method);
    }

    private static byte[] text(String value) {
        return CODEC.writer(Text.class).write(new Text(value));
    }

    /** Routes every test can call; each one pins one behaviour of the server. */
    private static HttpRoutes.Builder routes() {
        return HttpRoutes.builder()
                .route("GET", "/profiles/{id}", info("getProfile"),
                        (Context ctx, String id) -> new Profile(id, "Ada"),
                        request -> request.pathParam("id"),
                        CODEC.writer(Profile.class)::write)
                .route("PUT", "/profiles/{id}", info("putProfile"),
                        (Context ctx, Profile profile) -> profile,
                        request -> request.body(PROFILE_READER),
                        CODEC.writer(Profile.class)::write)
                .route("POST", "/upload", info("upload"),
                        (Context ctx, byte[] body) -> new Size(body.length),
                        HttpServerRequest::body,
                        CODEC.writer(Size.class)::write)
                .route("GET", "/boom", info("boom"),
                        (Context ctx, String ignored) -> {
                            throw new IllegalStateException("secret detail");
                        },
                        request -> "",
                        HttpServerTest::text)
                .route("GET", "/taken", info("taken"),
                        (Context ctx, String ignored) -> {
                            throw new EmailTaken("email already taken");
                        },
                        request -> "",
                        HttpServerTest::text)
                .route("GET", "/censored", info("censored"),
                        (Context ctx, String ignored) -> {
                            throw new Censored("not here");
                        },
                        request -> "",
                        HttpServerTest::text)
                .route("GET", "/busy", info("busy"),
                        (Context ctx, String ignored) -> {
                            throw new HttpStatusException(503, "try later", Map.of("Retry-After", "7"));
                        },
                        request -> "",
                        HttpServerTest::text)
                .route("GET", "/whoami", info("whoami"),
                        (Context ctx, String ignored) -> ctx.getOrDefault(USER, "nobody"),
                        request -> "",
                        HttpServerTest::text)
                .route("GET", "/page", info("page"),
                        (Context ctx, String value) -> value,
                        request -> String.valueOf(request.queryParam("page")),
                        HttpServerTest::text)
                .route("GET", "/query", info("query"),
                        (Context ctx, String value) -> value,
                        request -> String.join(",", request.queryParams("tag")) + "|" + request.header("x-tag"),
                        HttpServerTest::text)
                .errorStatus(EmailTaken.class, 409);
    }

    private static HttpServer.Builder builder() {
        return HttpServer.builder().address("127.0.0.1:0").routes(routes().build()).maxRequestBodyBytes(LIMIT);
    }

    private HttpServer start(HttpServer.Builder builder) throws IOException {
        server = builder.build().start();
        return server;
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return CLIENT.send(request.timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString(UTF_8));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private HttpResponse<String> post(String path, byte[] body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpResponse<String> postChunked(String path, byte[] body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
    }

    private static byte[] bytes(int size) {
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) 'x');
        return body;
    }

    private static boolean refusesConnections(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
            return false;
        } catch (ConnectException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void successIs200JsonWithUtf8ContentType() throws Exception {
        start(builder());

        HttpResponse<String> response = get("/profiles/p1");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(JSON);
        assertThat(response.body()).isEqualTo("{\"id\":\"p1\",\"name\":\"Ada\"}");
    }

    @Test
    void pathParamsReachTheDecoderPercentDecoded() throws Exception {
        start(builder());

        HttpResponse<String> response = get("/profiles/a%20b+%E2%98%83");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"id\":\"a b+\u2603\",\"name\":\"Ada\"}");
    }

    @Test
    void queryParamsAndHeadersReachTheDecoder() throws Exception {
        start(builder());

        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/query?tag=a&tag=b%20c")).header("X-Tag", "h"));

        assertThat(response.body()).isEqualTo("{\"text\":\"a,b c|h\"}");
    }

    @Test
    void aQueryParameterReadAsOneValueIsRefusedWhenRepeated() throws Exception {
        start(builder());

        assertThat(send(HttpRequest.newBuilder(uri("/page?page=2"))).body()).isEqualTo("{\"text\":\"2\"}");
        assertThat(send(HttpRequest.newBuilder(uri("/page"))).body()).isEqualTo("{\"text\":\"null\"}");
        HttpResponse<String> repeated = send(HttpRequest.newBuilder(uri("/page?page=2&page=3")));
        assertThat(repeated.statusCode()).isEqualTo(400);
        assertThat(repeated.body()).isEqualTo("{\"error\":\"query parameter 'page' must appear once, not 2 times\"}");
    }

    @Test
    void jsonBodyIsDecodedAndEchoed() throws Exception {
        start(builder().maxRequestBodyBytes(1024));

        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/profiles/p1"))
                .PUT(HttpRequest.BodyPublishers.ofString("{\"id\":\"p1\",\"name\":\"Grace\"}")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"id\":\"p1\",\"name\":\"Grace\"}");
    }

    @Test
    void invalidJsonBodyIs400NamingTheField() throws Exception {
        start(builder().maxRequestBodyBytes(1024));

        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/profiles/p1"))
                .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":42}")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(JSON);
        assertThat(response.body()).isEqualTo("{\"error\":\"invalid request body: field 'name' must be a string\"}");
    }

    @Test
    void emptyJsonBodyIs400() throws Exception {
        start(builder());

        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/profiles/p1"))
                .PUT(HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"error\":\"request body is empty; expected JSON\"}");
    }

    @Test
    void unknownRouteIs404Json() throws Exception {
        start(builder());

        HttpResponse<String> response = get("/nowhere");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(JSON);
        assertThat(response.body()).isEqualTo("{\"error\":\"no route for /nowhere\"}");
    }

    @Test
    void wrongMethodIs405WithAllowAndJsonBody() throws Exception {
        start(builder());

        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/profiles/p1")).DELETE());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS, PUT");
        assertThat(response.headers().firstValue("Content-Type")).hasValue(JSON);
        assertThat(response.body()).isEqualTo("{\"error\":\"method DELETE is not allowed on /profiles/p1\"}");
    }

    @Test
    void malformedPathEncodingIs400Json() throws Exception {
        start(builder());

        HttpResponse<String> response = get("/profiles/%FF");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(JSON);
        assertThat(response.body()).startsWith("{\"error\":");
    }

    @Test
    void bodyOverTheLimitIs413Json() throws Exception {
        start(builder());

        HttpResponse<String> response = post("/upload", bytes(LIMIT + 1));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(JSON);
        assertThat(response.body()).isEqualTo("{\"error\":\"request body is larger than 16 bytes\"}");
    }

    @Test
    void chunkedBodyOverTheLimitIs413Json() throws Exception {
        start(builder());

        HttpResponse<String> response = postChunked("/upload", bytes(LIMIT + 1));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).isEqualTo("{\"error\":\"request body is larger than 16 bytes\"}");
    }

    @Test
    void bodyExactlyAtTheLimitIsAccepted() throws Exception {
        start(builder());

        HttpResponse<String> response = post("/upload", bytes(LIMIT));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"bytes\":16}");
    }

    @Test
    void chunkedBodyExactlyAtTheLimitIsAccepted() throws Exception {
        start(builder());

        HttpResponse<String> response = postChunked("/upload", bytes(LIMIT));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"bytes\":16}");
    }

    @Test
    void connectionStaysUsableAfterA413() throws Exception {
        start(builder());

        post("/upload", bytes(LIMIT + 1));
        HttpResponse<String> response = post("/upload", bytes(3));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"bytes\":3}");
    }

    @Test
    void unexpectedExceptionIs500WithoutItsMessage() throws Exception {
        start(builder());

        HttpResponse<String> response = get("/boom");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(JSON);
        assertThat(response.body()).isEqualTo("{\"error\":\"internal server error\"}").doesNotContain("secret");
    }

    @Test
    void encoderReturningNullIs500Json() throws Exception {
        HttpRoutes broken = HttpRoutes.builder()
                .route("GET", "/null", info("nullBody"), (Context ctx, String s) -> s, request -> "", response -> null)
                .build();
        start(HttpServer.builder().address("127.0.0.1:0").routes(broken));

        HttpResponse<String> response = get("/null");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).isEqualTo("{\"error\":\"internal server error\"}");
    }

    @Test
    void declaredBusinessExceptionGetsItsStatusAndMessage() throws Exception {
        start(builder());

        HttpResponse<String> response = get("/taken");

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.body()).isEqualTo("{\"error\":\"email already taken\"}");
    }

    @Test
    void builderErrorStatusOverridesTheRoutesTable() throws Exception {
        start(builder().errorStatus(EmailTaken.class, 422));

        HttpResponse<String> response = get("/taken");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).isEqualTo("{\"error\":\"email already taken\"}");
    }

    @Test
    void annotatedExceptionGetsItsAnnotationStatus() throws Exception {
        start(builder());

        HttpResponse<String> response = get("/censored");

        assertThat(response.statusCode()).isEqualTo(451);
        assertThat(response.body()).isEqualTo("{\"error\":\"not here\"}");
    }

    @Test
    void httpStatusExceptionHeadersAreSent() throws Exception {
        start(builder());

        HttpResponse<String> response = get("/busy");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("7");
        assertThat(response.body()).isEqualTo("{\"error\":\"try later\"}");
    }

    @Test
    void serverBeforeAddsContextValueSeenByTheEndpoint() throws Exception {
        start(builder().before((ctx, request) -> ctx.with(USER, request.header("X-User"))));

        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/whoami")).header("X-User", "ada"));

        assertThat(response.body()).isEqualTo("{\"text\":\"ada\"}");
    }

    @Test
    void serverBeforeHooksRunInOrder() throws Exception {
        start(builder()
                .before((ctx, request) -> ctx.with(USER, "first"))
                .before((ctx, request) -> ctx.with(USER, ctx.get(USER) + "+second")));

        assertThat(get("/whoami").body()).isEqualTo("{\"text\":\"first+second\"}");
    }

    @Test
    void serverBeforeFailureIsEncoded() throws Exception {
        start(builder().before((ctx, request) -> {
            throw new HttpStatusException(401, "who are you?");
        }));

        HttpResponse<String> response = get("/whoami");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("{\"error\":\"who are you?\"}");
    }

    @Test
    void serverAfterSetsResponseHeadersFromContext() throws Exception {
        start(builder()
                .before((ctx, request) -> ctx.with(USER, "ada"))
                .after((ctx, headers) -> headers.set("X-User", ctx.get(USER)))
                .after((ctx, headers) -> {
                    headers.add("X-Tag", "a");
                    headers.add("X-Tag", "b");
                }));

        HttpResponse<String> response = get("/whoami");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-User")).hasValue("ada");
        assertThat(response.headers().allValues("X-Tag")).containsExactly("a", "b");
        assertThat(response.headers().firstValue("Content-Type")).hasValue(JSON);
    }

    @Test
    void serverAfterCannotReplaceTheJsonContentType() throws Exception {
        start(builder().after((ctx, headers) -> headers.set("Content-Type", "text/plain")));

        HttpResponse<String> response = get("/whoami");

        assertThat(response.headers().allValues("Content-Type")).containsExactly(JSON);
    }

    @Test
    void serverAfterDoesNotRunOnErrors() throws Exception {
        start(builder().after((ctx, headers) -> headers.set("X-After", "ran")));

        HttpResponse<String> response = get("/taken");

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.headers().firstValue("X-After")).isEmpty();
    }

    @Test
    void errorBodiesUseTheConfiguredCodec() throws Exception {
        JsonCodec indenting = JsonCodec.of(JsonCodec.standardMapperBuilder()
                .enable(SerializationFeature.INDENT_OUTPUT).build());
        start(builder().json(indenting));

        HttpResponse<String> response = get("/taken");

        assertThat(response.body()).contains("\n").contains("\"error\" : \"email already taken\"");
    }

    @Test
    void handlersRunOnTheConfiguredExecutorWhichStopDoesNotShutDown() throws Exception {
        callerExecutor = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "caller-owned"));
        start(builder().routes(routesWithThreadName()).executor(callerExecutor));

        HttpResponse<String> response = get("/thread");
        server.stop(Duration.ZERO);

        assertThat(response.body()).isEqualTo("{\"text\":\"caller-owned\"}");
        assertThat(callerExecutor.isShutdown()).isFalse();
    }

    private HttpRoutes routesWithThreadName() {
        return HttpRoutes.builder()
                .route("GET", "/thread", info("thread"),
                        (Context ctx, String ignored) -> Thread.currentThread().getName(),
                        request -> "",
                        HttpServerTest::text)
                .build();
    }

    @Test
    void handlersRunOffTheEventLoopsByDefault() throws Exception {
        start(HttpServer.builder().address("127.0.0.1:0").routes(routesWithThreadName()));

        assertThat(get("/thread").body()).startsWith("{\"text\":\"kit-http-").doesNotContain("kit-http-io");
    }

    @Test
    void nonBlockingRoutesRunOnTheEventLoops() throws Exception {
        start(HttpServer.builder().address("127.0.0.1:0").routes(routesWithThreadName().nonBlocking()));

        assertThat(get("/thread").body()).startsWith("{\"text\":\"kit-http-io-");
    }

    @Test
    void nonBlockingRoutesAreNotCountedAgainstTheConcurrencyLimit() throws Exception {
        start(HttpServer.builder().address("127.0.0.1:0").routes(routesWithThreadName().nonBlocking())
                .maxConcurrentRequests(1));

        List<CompletableFuture<HttpResponse<String>>> responses = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            responses.add(CLIENT.sendAsync(HttpRequest.newBuilder(uri("/thread")).build(), HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> response : responses) {
            assertThat(response.get(5, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void serveRoutesFromSeveralTablesInMountOrder() throws Exception {
        HttpRoutes extra = routesWithThreadName();
        start(builder().routes(extra));

        assertThat(server.routes()).hasSize(routes().build().routes().size() + 1);
        assertThat(server.routes().get(server.routes().size() - 1).pathTemplate()).isEqualTo("/thread");
        assertThat(get("/thread").statusCode()).isEqualTo(200);
    }

    @Test
    void duplicateRouteAcrossTablesFailsTheBuild() {
        HttpServer.Builder twice = builder().routes(routes().build());

        assertThatIllegalArgumentException().isThrownBy(twice::build).withMessageContaining("two routes for GET /profiles/{id}");
    }

    @Test
    void malformedTemplateFailsTheBuild() {
        HttpRoutes bad = HttpRoutes.builder()
                .route("GET", "/a{b}", info("bad"), (Context ctx, String s) -> s, request -> "", HttpServerTest::text)
                .build();

        assertThatIllegalArgumentException().isThrownBy(() -> HttpServer.builder().routes(bad).build());
    }

    @Test
    void stopOnAnIdleServerIsQuickAndThePortThenRefusesConnections() throws Exception {
        start(builder());
        int port = server.port();
        assertThat(get("/profiles/p1").statusCode()).isEqualTo(200);

        long started = System.nanoTime();
        server.stop(Duration.ofSeconds(5));
        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        assertThat(elapsedMillis).isLessThan(1000);
        assertThat(refusesConnections(port)).isTrue();
    }

    @Test
    void closeStopsTheServer() throws Exception {
        start(builder());
        int port = server.port();

        server.close();

        assertThat(refusesConnections(port)).isTrue();
        assertThatIllegalStateException().isThrownBy(server::address);
    }

    @Test
    void stopLetsARequestInProgressFinish() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        HttpRoutes slow = HttpRoutes.builder()
                .route("GET", "/slow", info("slow"),
                        (Context ctx, String ignored) -> {
                            entered.countDown();
                            release.await(5, TimeUnit.SECONDS);
                            return "done";
                        },
                        request -> "",
                        HttpServerTest::text)
                .build();
        start(HttpServer.builder().address("127.0.0.1:0").routes(slow));
        int port = server.port();
        CompletableFuture<HttpResponse<String>> response = CLIENT.sendAsync(
                HttpRequest.newBuilder(uri("/slow")).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString(UTF_8));
        assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> stopped = CompletableFuture.runAsync(() -> server.stop(Duration.ofSeconds(5)));
        for (int i = 0; i < 50 && !refusesConnections(port); i++) {
            Thread.sleep(20);
        }
        release.countDown();

        assertThat(response.get(5, TimeUnit.SECONDS).body()).isEqualTo("{\"text\":\"done\"}");
        stopped.get(5, TimeUnit.SECONDS);
    }

    @Test
    void stopWhenNotStartedDoesNothing() {
        HttpServer idle = builder().build();

        idle.stop(Duration.ZERO);
        idle.close();

        assertThatIllegalStateException().isThrownBy(idle::address);
    }

    @Test
    void startingTwiceThrows() throws Exception {
        start(builder());

        assertThatIllegalStateException().isThrownBy(server::start);
    }

    @Test
    void canStartAgainAfterStop() throws Exception {
        start(builder());
        server.stop(Duration.ZERO);

        server.start();

        assertThat(get("/profiles/p2").statusCode()).isEqualTo(200);
    }

    @Test
    void addressBeforeStartThrows() {
        HttpServer notStarted = builder().build();

        assertThatIllegalStateException().isThrownBy(notStarted::address);
        assertThatIllegalStateException().isThrownBy(notStarted::port);
    }

    @Test
    void portZeroBindsAnEphemeralPortOnTheRequestedHost() throws Exception {
        start(builder());

        assertThat(server.port()).isPositive();
        assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
    }

    @Test
    void startFailsWhenThePortIsTaken() throws Exception {
        start(builder());
        HttpServer second = HttpServer.builder().address(server.address()).build();

        assertThatThrownBy(second::start)
                .isInstanceOf(java.net.BindException.class)
                .hasMessage("cannot listen on 127.0.0.1:" + server.port() + ": address already in use");
    }

    @Test
    void builderRejectsInvalidSettings() {
        HttpServer.Builder builder = HttpServer.builder();

        assertThatIllegalArgumentException().isThrownBy(() -> builder.maxRequestBodyBytes(-1));
        assertThatIllegalArgumentException().isThrownBy(() -> builder.maxRequestBodyBytes(Integer.MAX_VALUE));
        assertThatIllegalArgumentException().isThrownBy(() -> builder.errorStatus(EmailTaken.class, 302));
        assertThatIllegalArgumentException().isThrownBy(() -> builder.address("8080"));
        assertThatThrownBy(() -> builder.errorStatus(null, 400)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> builder.before(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> builder.after(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> builder.listener(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void parsesPortOnlyAsEveryInterface() {
        InetSocketAddress address = HttpServer.parseAddress(":8080");

        assertThat(address.getPort()).isEqualTo(8080);
        assertThat(address.getAddress().isAnyLocalAddress()).isTrue();
    }

    @Test
    void parsesHostAndPort() {
        InetSocketAddress address = HttpServer.parseAddress("127.0.0.1:80");

        assertThat(address.getHostString()).isEqualTo("127.0.0.1");
        assertThat(address.getPort()).isEqualTo(80);
    }

    @Test
    void parsesBracketedIpv6() {
        InetSocketAddress address = HttpServer.parseAddress("[::1]:8080");

        assertThat(address.getAddress().isLoopbackAddress()).isTrue();
        assertThat(address.getAddress().getAddress()).hasSize(16);
        assertThat(address.getPort()).isEqualTo(8080);
    }

    @Test
    void parsesPortBounds() {
        assertThat(HttpServer.parseAddress("localhost:0").getPort()).isZero();
        assertThat(HttpServer.parseAddress(":65535").getPort()).isEqualTo(65535);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8080", "", "localhost", ":", "127.0.0.1:", ":http", ":65536", ":-1", "[::1]", ":80 "})
    void rejectsMalformedAddresses(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> HttpServer.parseAddress(text));
    }

    @Test
    void hostPortPrintsGoNotation() {
        assertThat(HttpServer.hostPort(new InetSocketAddress(8080))).isEqualTo(":8080");
        assertThat(HttpServer.hostPort(HttpServer.parseAddress("127.0.0.1:80"))).isEqualTo("127.0.0.1:80");
        assertThat(HttpServer.hostPort(HttpServer.parseAddress("[::1]:8080"))).matches("\\[[0:]*:0*1]:8080");
    }

    @Test
    void routesListsMountedRoutes() {
        HttpServer notStarted = builder().build();

        assertThat(notStarted.routes()).extracting(HttpRoute::pathTemplate)
                .containsExactlyElementsOf(routes().build().routes().stream().map(HttpRoute::pathTemplate).toList());
    }

    private HttpServerListener reporting() {
        return (method, route, status, durationNanos) -> reports.add(new Report(method, route, status, durationNanos));
    }

    /** Waits for the next listener report and checks it, including that it took some time. */
    private void assertReported(String method, String route, int status) throws InterruptedException {
        Report report = reports.poll(5, TimeUnit.SECONDS);
        assertThat(report).as("listener report of %s %s", method, route).isNotNull();
        assertThat(report).extracting(Report::method, Report::route, Report::status)
                .containsExactly(method, route, status);
        assertThat(report.durationNanos()).isPositive();
    }

    private static dev.javakit.transport.http.HttpResponse plain(int status, String contentType, String body) {
        return new dev.javakit.transport.http.HttpResponse(status, contentType, body.getBytes(UTF_8));
    }

    @Test
    void listenerIsToldAboutARoutedRequestWithItsTemplate() throws Exception {
        start(builder().listener(reporting()));

        get("/profiles/p1");

        assertReported("GET", "/profiles/{id}", 200);
    }

    @Test
    void listenerIsToldOnceAboutEveryRequestRoutedOrNot() throws Exception {
        start(builder().listener(reporting()));

        get("/profiles/p1");
        assertReported("GET", "/profiles/{id}", 200);
        get("/nowhere");
        assertReported("GET", null, 404);
        send(HttpRequest.newBuilder(uri("/profiles/p1")).DELETE());
        assertReported("DELETE", null, 405);
        get("/profiles/%FF");
        assertReported("GET", null, 400);
        get("/taken");
        assertReported("GET", "/taken", 409);
        post("/upload", bytes(LIMIT + 1));
        assertReported("POST", "/upload", 413);
        get("/boom");
        assertReported("GET", "/boom", 500);

        assertThat(reports.poll(200, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void listenerIsToldAfterTheResponseIsSent() throws Exception {
        CountDownLatch responseReceived = new CountDownLatch(1);
        start(builder().listener((method, route, status, durationNanos) -> {
            try {
                responseReceived.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            reports.add(new Report(method, route, status, durationNanos));
        }));

        // Were the listener told before the response went out, this would time out waiting for it.
        HttpResponse<String> response = CLIENT.send(
                HttpRequest.newBuilder(uri("/profiles/p1")).timeout(Duration.ofSeconds(3)).build(),
                HttpResponse.BodyHandlers.ofString(UTF_8));
        responseReceived.countDown();

        assertThat(response.statusCode()).isEqualTo(200);
        assertReported("GET", "/profiles/{id}", 200);
    }

    @Test
    void listenersAreToldInTheOrderTheyWereAdded() throws Exception {
        List<String> order = new CopyOnWriteArrayList<>();
        start(builder()
                .listener((method, route, status, durationNanos) -> order.add("first"))
                .listener((method, route, status, durationNanos) -> {
                    order.add("second");
                    reports.add(new Report(method, route, status, durationNanos));
                }));

        get("/profiles/p1");
        assertReported("GET", "/profiles/{id}", 200);

        assertThat(order).containsExactly("first", "second");
    }

    @Test
    void plainRouteAnswersWithItsOwnStatusContentTypeAndBody() throws Exception {
        HttpRoutes metrics = HttpRoutes.builder()
                .route("GET", "/metrics", (ctx, request) -> plain(200, "text/plain; version=0.0.4; charset=utf-8", "up 1\n"))
                .build();
        start(HttpServer.builder().address("127.0.0.1:0").routes(metrics));

        HttpResponse<String> response = get("/metrics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Content-Type")).containsExactly("text/plain; version=0.0.4; charset=utf-8");
        assertThat(response.body()).isEqualTo("up 1\n");
    }

    @Test
    void plainRouteCanAnswerWithoutContent() throws Exception {
        HttpRoutes ping = HttpRoutes.builder()
                .route("POST", "/ping", (ctx, request) -> plain(204, "text/plain", ""))
                .build();
        start(HttpServer.builder().address("127.0.0.1:0").routes(ping));

        HttpResponse<String> response = post("/ping", new byte[0]);

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void plainRouteSeesItsTemplatePathParamsAndBeforeHookContext() throws Exception {
        HttpRoutes echo = HttpRoutes.builder()
                .route("GET", "/echo/{word}", (ctx, request) -> plain(200, "text/plain",
                        request.routeTemplate() + " " + request.pathParam("word") + " " + ctx.getOrDefault(USER, "nobody")))
                .build();
        start(HttpServer.builder().address("127.0.0.1:0").routes(echo).before((ctx, request) -> ctx.with(USER, "ada")));

        HttpResponse<String> response = get("/echo/hi%20there");

        assertThat(response.body()).isEqualTo("/echo/{word} hi there ada");
    }

    @Test
    void plainRouteFailureIsAnsweredAsAJsonError() throws Exception {
        HttpRoutes metrics = HttpRoutes.builder()
                .route("GET", "/metrics", (ctx, request) -> {
                    throw new HttpStatusException(503, "scrape later");
                })
                .build();
        start(HttpServer.builder().address("127.0.0.1:0").routes(metrics));

        HttpResponse<String> response = get("/metrics");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(JSON);
        assertThat(response.body()).isEqualTo("{\"error\":\"scrape later\"}");
    }

    @Test
    void plainAndEndpointRoutesShareOneServer() throws Exception {
        HttpRoutes metrics = HttpRoutes.builder()
                .route("GET", "/metrics", (ctx, request) -> plain(200, "text/plain", "up 1"))
                .build();
        start(builder().routes(metrics));

        assertThat(get("/metrics").body()).isEqualTo("up 1");
        assertThat(get("/profiles/p1").headers().firstValue("Content-Type")).hasValue(JSON);
    }

    @Test
    void loadingTheServerLeavesNettysFlightRecorderEventsOffUnlessAskedFor() {
        HttpServer.builder();

        assertThat(System.getProperty("io.netty.jfr.enabled")).isEqualTo("false");
    }
}
