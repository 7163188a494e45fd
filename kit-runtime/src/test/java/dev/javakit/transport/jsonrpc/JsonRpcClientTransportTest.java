package dev.javakit.transport.jsonrpc;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.javakit.annotations.ErrorStatus;
import dev.javakit.context.Context;
import dev.javakit.endpoint.EndpointInfo;
import dev.javakit.errors.InvalidArgumentsException;
import dev.javakit.errors.Violation;
import dev.javakit.json.JsonCodec;
import dev.javakit.json.JsonReader;
import dev.javakit.transport.Delivery;
import dev.javakit.transport.Transport;
import dev.javakit.transport.http.HttpResponse;
import dev.javakit.transport.http.HttpRoutes;
import dev.javakit.transport.http.HttpServer;
import dev.javakit.transport.http.client.ClientErrors;
import dev.javakit.transport.http.client.HttpClientException;
import dev.javakit.transport.http.client.HttpClientTransport;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON-RPC client transport against a real {@link JsonRpcHandler} over loopback, and against canned answers. */
@Timeout(30)
class JsonRpcClientTransportTest {

    record Subtract(int minuend, int subtrahend) {
    }

    record Difference(int value) {
    }

    record Key(String key) {
    }

    record NoParams() {
    }

    @ErrorStatus(404)
    static final class NotFound extends Exception {
        private static final long serialVersionUID = 1L;

        NotFound() {
            super("not found");
        }
    }

    static final class Conflict extends Exception {
        private static final long serialVersionUID = 1L;

        Conflict(String message) {
            super(message);
        }
    }

    private static final JsonCodec CODEC = JsonCodec.standard();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final JsonReader<Difference> DIFFERENCE = CODEC.reader(Difference.class);
    private static final Context CTX = Context.background();

    /** The transport each call arrived by, as the endpoints saw it. */
    private final List<String> transports = new CopyOnWriteArrayList<>();
    /** The raw bodies the canned route received. */
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final Logger handlerLog = (Logger) LoggerFactory.getLogger(JsonRpcHandler.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private HttpServer server;

    /** Keeps the handler's log of the deliberate internal error out of the build output. */
    @BeforeEach
    void captureHandlerLog() {
        logged.start();
        handlerLog.addAppender(logged);
        handlerLog.setAdditive(false);
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(Duration.ofSeconds(1));
        }
        handlerLog.detachAppender(logged);
        handlerLog.setAdditive(true);
    }

    private JsonRpcMethods calculator() {
        return JsonRpcMethods.builder()
                .method("subtract", new EndpointInfo("Calculator", "subtract"), (Context ctx, Subtract r) -> {
                    transports.add(Transport.of(ctx));
                    return new Difference(r.minuend() - r.subtrahend());
                }, CODEC.reader(Subtract.class), List.of("minuend", "subtrahend"), Set.of("minuend", "subtrahend"))
                .method("find", new EndpointInfo("Calculator", "find"), (Context ctx, Key r) -> {
                    throw new NotFound();
                }, CODEC.reader(Key.class), List.of("key"), Set.of("key"))
                .method("reserve", new EndpointInfo("Calculator", "reserve"), (Context ctx, Key r) -> {
                    throw new Conflict(r.key() + " is already reserved");
                }, CODEC.reader(Key.class), List.of("key"), Set.of("key"))
                .method("validate", new EndpointInfo("Calculator", "validate"), (Context ctx, Key r) -> {
                    throw new InvalidArgumentsException(List.of(new Violation("key", "must be blank")));
                }, CODEC.reader(Key.class), List.of("key"), Set.of("key"))
                .method("explode", new EndpointInfo("Calculator", "explode"), (Context ctx, NoParams r) -> {
                    throw new IllegalStateException("secret");
                }, CODEC.reader(NoParams.class), List.of(), Set.of())
                .errorStatus(Conflict.class, 409)
                .build();
    }

    private JsonRpcClientTransport serveCalculator() throws IOException {
        return serve(JsonRpcHandler.routes("/rpc", calculator()));
    }

    /** Serves {@code POST /rpc} answering every request with {@code body}, recording what it got. */
    private JsonRpcClientTransport serveCanned(String body) throws IOException {
        return serve(HttpRoutes.builder()
                .route("POST", "/rpc", (ctx, request) -> {
                    received.add(new String(request.body(), UTF_8));
                    return HttpResponse.json(body.getBytes(UTF_8));
                })
                .build());
    }

    private JsonRpcClientTransport serve(HttpRoutes routes) throws IOException {
        server = HttpServer.builder().address("127.0.0.1:0").routes(routes).build().start();
        URI base = URI.create("http://127.0.0.1:" + server.port());
        return new JsonRpcClientTransport(HttpClientTransport.builder(base).build(), "/rpc");
    }

    @Test
    void callDecodesTheResult() throws Exception {
        JsonRpcClientTransport client = serveCalculator();

        Difference result = client.call(CTX, "subtract", new Subtract(42, 23), DIFFERENCE, ClientErrors.NONE);

        assertThat(result).isEqualTo(new Difference(19));
        assertThat(transports).containsExactly("jsonrpc");
    }

    @Test
    void sendsOneRequestObjectWithNamedParamsAndAFreshId() throws Exception {
        JsonRpcClientTransport client = serveCanned("{\"jsonrpc\":\"2.0\",\"result\":{\"value\":1},\"id\":1}");

        client.call(CTX, "subtract", new Subtract(42, 23), DIFFERENCE, ClientErrors.NONE);
        client.call(CTX, "subtract", new Subtract(1, 2), DIFFERENCE, ClientErrors.NONE);

        assertThat(received).hasSize(2);
        JsonNode first = MAPPER.readTree(received.get(0));
        JsonNode second = MAPPER.readTree(received.get(1));
        assertThat(first.propertyNames()).containsExactlyInAnyOrder("jsonrpc", "method", "params", "id");
        assertThat(first.get("jsonrpc").stringValue()).isEqualTo("2.0");
        assertThat(first.get("method").stringValue()).isEqualTo("subtract");
        assertThat(first.get("params")).isEqualTo(MAPPER.readTree("{\"minuend\":42,\"subtrahend\":23}"));
        assertThat(first.get("id").isNumber()).isTrue();
        assertThat(second.get("params")).isEqualTo(MAPPER.readTree("{\"minuend\":1,\"subtrahend\":2}"));
        assertThat(second.get("id")).isNotEqualTo(first.get("id"));
    }

    @Test
    void errorResponseIsMappedToTheDeclaredFixedException() throws Exception {
        JsonRpcClientTransport client = serveCalculator();
        ClientErrors errors = ClientErrors.builder().fixed(404, "NotFound", NotFound::new).build();

        NotFound thrown = catchThrowableOfType(NotFound.class,
                () -> client.call(CTX, "find", new Key("k"), DIFFERENCE, errors));

        assertThat(thrown).hasMessage("not found");
    }

    @Test
    void errorResponseIsMappedToTheDeclaredExceptionWithTheServersMessage() throws Exception {
        JsonRpcClientTransport client = serveCalculator();
        ClientErrors errors = ClientErrors.builder().withMessage(409, "Conflict", Conflict::new).build();

        Conflict thrown = catchThrowableOfType(Conflict.class,
                () -> client.call(CTX, "reserve", new Key("seat 7"), DIFFERENCE, errors));

        assertThat(thrown).hasMessage("seat 7 is already reserved");
    }

    @Test
    void theServerNamesTheExceptionInTheErrorsData() throws Exception {
        JsonRpcClientTransport client = serveCalculator();
        ClientErrors renamed = ClientErrors.builder().fixed(410, "NotFound", NotFound::new).build();

        assertThat(catchThrowableOfType(NotFound.class,
                () -> client.call(CTX, "find", new Key("k"), DIFFERENCE, renamed))).hasMessage("not found");
    }

    @Test
    void anErrorNamingTheServerIsNotADeclaredExceptionOfItsCode() throws Exception {
        JsonRpcClientTransport client = serveCanned("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":404,\"message\":\"not found\","
                + "\"data\":{\"kit-error\":\"kit.server\"}},\"id\":1}");
        ClientErrors errors = ClientErrors.builder().fixed(404, "NotFound", NotFound::new).build();

        JsonRpcException thrown = catchThrowableOfType(JsonRpcException.class,
                () -> client.call(CTX, "find", new Key("k"), DIFFERENCE, errors));

        assertThat(thrown.code()).isEqualTo(404);
    }

    @Test
    void anErrorNamingNoExceptionIsMappedByCodeAndExactMessage() throws Exception {
        ClientErrors errors = ClientErrors.builder().fixed(404, "NotFound", NotFound::new).build();
        JsonRpcClientTransport goKit = serveCanned("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":404,\"message\":\"not found\"},\"id\":1}");

        assertThat(catchThrowableOfType(NotFound.class,
                () -> goKit.call(CTX, "find", new Key("k"), DIFFERENCE, errors))).hasMessage("not found");
    }

    @Test
    void anErrorNamingNoExceptionWithAnotherMessageIsAJsonRpcException() throws Exception {
        ClientErrors errors = ClientErrors.builder().fixed(404, "NotFound", NotFound::new).build();
        JsonRpcClientTransport goKit = serveCanned("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":404,\"message\":\"gone\"},\"id\":1}");

        assertThat(catchThrowableOfType(JsonRpcException.class,
                () -> goKit.call(CTX, "find", new Key("k"), DIFFERENCE, errors))).hasMessage("gone");
    }

    @Test
    void unmappedApplicationErrorIsAJsonRpcExceptionWithItsStatus() throws Exception {
        JsonRpcClientTransport client = serveCalculator();

        JsonRpcException thrown = catchThrowableOfType(JsonRpcException.class,
                () -> client.call(CTX, "find", new Key("k"), DIFFERENCE, ClientErrors.NONE));

        assertThat(thrown.code()).isEqualTo(404);
        assertThat(thrown.status()).isEqualTo(404);
        assertThat(thrown).hasMessage("not found");
    }

    @Test
    void errorOfAnotherStatusThanTheDeclaredOneIsNotMapped() throws Exception {
        JsonRpcClientTransport client = serveCalculator();
        ClientErrors errors = ClientErrors.builder().fixed(404, "NotFound", NotFound::new).build();

        JsonRpcException thrown = catchThrowableOfType(JsonRpcException.class,
                () -> client.call(CTX, "reserve", new Key("k"), DIFFERENCE, errors));

        assertThat(thrown.code()).isEqualTo(409);
        assertThat(thrown.status()).isEqualTo(409);
    }

    @Test
    void internalErrorIsAJsonRpcExceptionOfStatus500() throws Exception {
        JsonRpcClientTransport client = serveCalculator();

        JsonRpcException thrown = catchThrowableOfType(JsonRpcException.class,
                () -> client.call(CTX, "explode", new NoParams(), DIFFERENCE, ClientErrors.NONE));

        assertThat(thrown.code()).isEqualTo(JsonRpcErrors.INTERNAL_ERROR);
        assertThat(thrown.status()).isEqualTo(500);
        assertThat(thrown).hasMessage("internal error");
    }

    @Test
    void unknownMethodIsAJsonRpcExceptionOfStatus502() throws Exception {
        JsonRpcClientTransport client = serveCalculator();

        JsonRpcException thrown = catchThrowableOfType(JsonRpcException.class,
                () -> client.call(CTX, "divide", new Subtract(1, 1), DIFFERENCE, ClientErrors.NONE));

        assertThat(thrown.code()).isEqualTo(JsonRpcErrors.METHOD_NOT_FOUND);
        assertThat(thrown.status()).isEqualTo(502);
        assertThat(thrown).hasMessage("method not found: divide");
    }

    @Test
    void invalidParamsIsAJsonRpcExceptionOfStatus400() throws Exception {
        JsonRpcClientTransport client = serveCalculator();

        JsonRpcException thrown = catchThrowableOfType(JsonRpcException.class,
                () -> client.call(CTX, "subtract", new Key("k"), DIFFERENCE, ClientErrors.NONE));

        assertThat(thrown.code()).isEqualTo(JsonRpcErrors.INVALID_PARAMS);
        assertThat(thrown.status()).isEqualTo(400);
        assertThat(thrown.getMessage()).isEqualTo("invalid params: missing params 'minuend', 'subtrahend'");
    }

    @Test
    void aRefusalOfTheArgumentsIsAJsonRpcExceptionOfStatus400() throws Exception {
        JsonRpcClientTransport client = serveCalculator();

        JsonRpcException thrown = catchThrowableOfType(JsonRpcException.class,
                () -> client.call(CTX, "validate", new Key("k"), DIFFERENCE, ClientErrors.NONE));

        assertThat(thrown.code()).isEqualTo(JsonRpcErrors.INVALID_PARAMS);
        assertThat(thrown.status()).isEqualTo(400);
        assertThat(thrown).hasMessage("invalid params: field 'key' must be blank");
    }

    @Test
    void standardErrorCodesOtherThanInvalidParamsAndInternalAreBadGateway() {
        assertThat(new JsonRpcException(JsonRpcErrors.PARSE_ERROR, "m").status()).isEqualTo(502);
        assertThat(new JsonRpcException(JsonRpcErrors.INVALID_REQUEST, "m").status()).isEqualTo(502);
        assertThat(new JsonRpcException(JsonRpcErrors.METHOD_NOT_FOUND, "m").status()).isEqualTo(502);
        assertThat(new JsonRpcException(JsonRpcErrors.INVALID_PARAMS, "m").status()).isEqualTo(400);
        assertThat(new JsonRpcException(JsonRpcErrors.INTERNAL_ERROR, "m").status()).isEqualTo(500);
        assertThat(new JsonRpcException(-32000, "server defined").status()).isEqualTo(502);
        assertThat(new JsonRpcException(400, "m").status()).isEqualTo(400);
        assertThat(new JsonRpcException(599, "m").status()).isEqualTo(599);
        assertThat(new JsonRpcException(600, "m").status()).isEqualTo(502);
    }

    @Test
    void answerWithNeitherResultNorErrorIsAnInternalError() throws Exception {
        JsonRpcClientTransport client = serveCanned("{\"jsonrpc\":\"2.0\",\"id\":1}");

        JsonRpcException thrown = catchThrowableOfType(JsonRpcException.class,
                () -> client.call(CTX, "subtract", new Subtract(1, 1), DIFFERENCE, ClientErrors.NONE));

        assertThat(thrown.code()).isEqualTo(JsonRpcErrors.INTERNAL_ERROR);
        assertThat(thrown).hasMessage("subtract answered neither a result nor an error");
    }

    @Test
    void resultOfTheWrongShapeIsAnInternalError() throws Exception {
        JsonRpcClientTransport client = serveCanned("{\"jsonrpc\":\"2.0\",\"result\":{\"value\":\"nineteen\"},\"id\":1}");

        JsonRpcException thrown = catchThrowableOfType(JsonRpcException.class,
                () -> client.call(CTX, "subtract", new Subtract(1, 1), DIFFERENCE, ClientErrors.NONE));

        assertThat(thrown.code()).isEqualTo(JsonRpcErrors.INTERNAL_ERROR);
        assertThat(thrown.getMessage()).startsWith("subtract answered a result that is not the JSON expected");
    }

    @Test
    void httpErrorWithoutJsonRpcAnswerIsAnHttpClientException() throws Exception {
        server = HttpServer.builder().address("127.0.0.1:0").routes(JsonRpcHandler.routes("/rpc", calculator()))
                .build().start();
        URI base = URI.create("http://127.0.0.1:" + server.port());
        JsonRpcClientTransport client = new JsonRpcClientTransport(
                HttpClientTransport.builder(base).build(), "/elsewhere");

        HttpClientException thrown = catchThrowableOfType(HttpClientException.class,
                () -> client.call(CTX, "subtract", new Subtract(1, 1), DIFFERENCE, ClientErrors.NONE));

        assertThat(thrown.status()).isEqualTo(404);
        assertThat(Delivery.of(thrown)).isEqualTo(Delivery.ANSWERED);
    }

    @Test
    void aJsonRpcErrorIsAnAnswerAndARefusedConnectionIsNotDelivered() throws Exception {
        JsonRpcClientTransport client = serveCalculator();
        JsonRpcException answered = catchThrowableOfType(JsonRpcException.class,
                () -> client.call(CTX, "divide", new Subtract(1, 1), DIFFERENCE, ClientErrors.NONE));
        URI refusing;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            refusing = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        JsonRpcClientTransport nobody = new JsonRpcClientTransport(HttpClientTransport.builder(refusing).build(), "/rpc");

        HttpClientException refused = catchThrowableOfType(HttpClientException.class,
                () -> nobody.call(CTX, "subtract", new Subtract(1, 1), DIFFERENCE, ClientErrors.NONE));

        assertThat(Delivery.of(answered)).isEqualTo(Delivery.ANSWERED);
        assertThat(refused.delivery()).isEqualTo(Delivery.NOT_DELIVERED);
    }
}
