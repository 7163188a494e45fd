package dev.javakit.transport.jsonrpc;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.javakit.annotations.ErrorStatus;
import dev.javakit.context.Context;
import dev.javakit.endpoint.Endpoint;
import dev.javakit.endpoint.EndpointInfo;
import dev.javakit.json.JsonCodec;
import dev.javakit.transport.Transport;
import dev.javakit.transport.http.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;
import org.slf4j.event.KeyValuePair;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON-RPC 2.0 handler on a real server over loopback: the specification's own examples
 * (section 7) replayed verbatim, then the request checks, error codes and limits around them.
 */
@Timeout(30)
class JsonRpcHandlerTest {

    record Subtract(int minuend, int subtrahend) {
    }

    record Sum(int a, int b, int c) {
    }

    record Update(int a, int b, int c, int d, int e) {
    }

    record Hello(int value) {
    }

    /** A {@code Nullable} as the codec reads any, by its simple name. */
    @Retention(RetentionPolicy.RUNTIME)
    @interface Nullable {
    }

    /** Like a generated request record: {@code title}'s parameter is nullable, and so is its component. */
    record Greet(String name, @Nullable String title) {
    }

    record Point(int x, int y) {
    }

    record Move(Point from, Point to) {
    }

    record NoParams() {
    }

    record Key(String key) {
    }

    record Difference(int value) {
    }

    /** A response record that cannot be written: its accessor fails, as a bug in a service would. */
    record Unwritable(String value) {
        @Override
        public String value() {
            throw new IllegalStateException("accessor failed");
        }
    }

    @ErrorStatus(404)
    static final class NotFound extends Exception {
        private static final long serialVersionUID = 1L;

        NotFound() {
            super("not found");
        }
    }

    /** Declared only through {@link JsonRpcMethods.Builder#errorStatus}, as a generated table does. */
    static final class Conflict extends Exception {
        private static final long serialVersionUID = 1L;

        Conflict(String message) {
            super(message);
        }
    }

    private static final String SERVICE = "Calculator";
    private static final JsonCodec CODEC = JsonCodec.standard();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final JsonNode NULL_ID = MAPPER.nullNode();
    /** Reads numbers as written, to tell whether an id came back exactly. */
    private static final JsonMapper EXACT_NUMBERS = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .build();
    private static final String JSON = "application/json; charset=utf-8";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build();

    /** What the endpoints were called with and by which transport, in order: "update[1, 2, 3, 4, 5] via jsonrpc". */
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final List<HttpServer> servers = new ArrayList<>();
    private final Logger handlerLog = (Logger) LoggerFactory.getLogger(JsonRpcHandler.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void captureHandlerLog() {
        logged.start();
        handlerLog.addAppender(logged);
        handlerLog.setAdditive(false);
    }

    @AfterEach
    void stopServers() {
        for (HttpServer server : servers) {
            server.stop(Duration.ofSeconds(1));
        }
        handlerLog.detachAppender(logged);
        handlerLog.setAdditive(true);
    }

    // --- fixtures --------------------------------------------------------------------------------

    private <Req, Resp> Endpoint<Req, Resp> recording(String name, Endpoint<Req, Resp> next) {
        return (ctx, request) -> {
            calls.add(name + describe(request) + " via " + Transport.of(ctx));
            return next.call(ctx, request);
        };
    }

    private static String describe(Object request) {
        if (request instanceof Update u) {
            return List.of(u.a(), u.b(), u.c(), u.d(), u.e()).toString();
        }
        if (request instanceof Sum s) {
            return List.of(s.a(), s.b(), s.c()).toString();
        }
        if (request instanceof Subtract s) {
            return List.of(s.minuend(), s.subtrahend()).toString();
        }
        if (request instanceof Hello h) {
            return List.of(h.value()).toString();
        }
        if (request instanceof Key k) {
            return "[" + k.key() + "]";
        }
        return "[]";
    }

    private static EndpointInfo info(String method) {
        return new EndpointInfo(SERVICE, method);
    }

    /**
     * The methods of the specification's examples, answering bare values as the examples do
     * ({@code "result": 19}), plus a few that fail in each way an endpoint can.
     */
    private JsonRpcMethods.Builder calculator() {
        return JsonRpcMethods.builder()
                .method("subtract", info("subtract"),
                        recording("subtract", (Context ctx, Subtract r) -> r.minuend() - r.subtrahend()),
                        CODEC.reader(Subtract.class), List.of("minuend", "subtrahend"), Set.of("minuend", "subtrahend"))
                .method("sum", info("sum"),
                        recording("sum", (Context ctx, Sum r) -> r.a() + r.b() + r.c()),
                        CODEC.reader(Sum.class), List.of("a", "b", "c"), Set.of("a", "b", "c"))
                .method("notify_sum", info("notify_sum"),
                        recording("notify_sum", (Context ctx, Sum r) -> r.a() + r.b() + r.c()),
                        CODEC.reader(Sum.class), List.of("a", "b", "c"), Set.of("a", "b", "c"))
                .method("update", info("update"),
                        recording("update", (Context ctx, Update r) -> new NoParams()),
                        CODEC.reader(Update.class), List.of("a", "b", "c", "d", "e"), Set.of("a", "b", "c", "d", "e"))
                .method("notify_hello", info("notify_hello"),
                        recording("notify_hello", (Context ctx, Hello r) -> r.value()),
                        CODEC.reader(Hello.class), List.of("value"), Set.of("value"))
                .method("greet", info("greet"),
                        recording("greet", (Context ctx, Greet r) -> (r.title() == null ? "" : r.title() + " ") + r.name()),
                        CODEC.reader(Greet.class), List.of("name", "title"), Set.of("name"))
                .method("move", info("move"),
                        recording("move", (Context ctx, Move r) -> r.to().x() - r.from().x()),
                        CODEC.reader(Move.class), List.of("from", "to"), Set.of("from", "to"))
                .method("get_data", info("get_data"),
                        recording("get_data", (Context ctx, NoParams r) -> List.<Object>of("hello", 5)),
                        CODEC.reader(NoParams.class), List.of(), Set.of())
                .method("difference", info("difference"),
                        recording("difference", (Context ctx, Subtract r) -> new Difference(r.minuend() - r.subtrahend())),
                        CODEC.reader(Subtract.class), List.of("minuend", "subtrahend"), Set.of("minuend", "subtrahend"))
                .method("find", info("find"),
                        recording("find", (Context ctx, Key r) -> {
                            throw new NotFound();
                        }),
                        CODEC.reader(Key.class), List.of("key"), Set.of("key"))
                .method("reserve", info("reserve"),
                        recording("reserve", (Context ctx, Key r) -> {
                            throw new Conflict(r.key() + " is already reserved");
                        }),
                        CODEC.reader(Key.class), List.of("key"), Set.of("key"))
                .method("explode", info("explode"),
                        recording("explode", (Context ctx, NoParams r) -> {
                            throw new IllegalStateException("secret: db password is hunter2");
                        }),
                        CODEC.reader(NoParams.class), List.of(), Set.of())
                .method("unwritable", info("unwritable"),
                        recording("unwritable", (Context ctx, NoParams r) -> new Unwritable("x")),
                        CODEC.reader(NoParams.class), List.of(), Set.of())
                .errorStatus(Conflict.class, 409);
    }

    private URI serve(JsonRpcHandler handler) {
        return serve(HttpServer.builder(), handler);
    }

    private URI serve(HttpServer.Builder builder, JsonRpcHandler handler) {
        try {
            HttpServer server = builder.address("127.0.0.1:0").routes(handler.routes("/rpc")).build().start();
            servers.add(server);
            return URI.create("http://127.0.0.1:" + server.port() + "/rpc");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private URI serveCalculator() {
        return serve(JsonRpcHandler.builder().service(calculator().build()).build());
    }

    /** One answer: status, content type and body. */
    record Answer(String request, int status, String contentType, String body) {

        JsonNode json() {
            assertThat(contentType).as("Content-Type of %s", request).isEqualTo(JSON);
            return MAPPER.readTree(body);
        }

        /** Asserts a 200 JSON answer structurally equal to {@code expected}. */
        Answer is(String expected) {
            assertThat(status).as("status of %s (body %s)", request, body).isEqualTo(200);
            assertThat(json()).as("answer to %s", request).isEqualTo(MAPPER.readTree(expected));
            return this;
        }

        /** Asserts a 200 answer holding one error object and returns that error's message. */
        String isError(int code, JsonNode id) {
            assertThat(status).as("status of %s (body %s)", request, body).isEqualTo(200);
            JsonNode response = json();
            assertThat(response.propertyNames()).as("members of the answer to %s", request)
                    .containsExactlyInAnyOrder("jsonrpc", "error", "id");
            assertThat(response.get("jsonrpc").stringValue()).isEqualTo("2.0");
            assertThat(response.get("id")).as("id of the answer to %s", request).isEqualTo(id);
            JsonNode error = response.get("error");
            assertThat(error.get("code").isInt()).as("code is an integer: %s", body).isTrue();
            assertThat(error.get("code").intValue()).as("code of the answer to %s", request).isEqualTo(code);
            assertThat(error.get("message").isString()).as("message is a string: %s", body).isTrue();
            return error.get("message").stringValue();
        }

        /** Asserts the empty answer a notification, or a batch of them, gets. */
        void isNothing() {
            assertThat(status).as("status of %s", request).isEqualTo(204);
            assertThat(body).as("body of %s", request).isEmpty();
        }
    }

    private static Answer post(URI uri, String body) {
        return post(uri, body.getBytes(UTF_8), body);
    }

    private static Answer post(URI uri, byte[] body, String description) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofByteArray(body))
                .build();
        try {
            var response = CLIENT.send(request, BodyHandlers.ofString(UTF_8));
            String shown = description.length() <= 120 ? description : description.substring(0, 120) + "...";
            return new Answer(shown, response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode id(String json) {
        return MAPPER.readTree(json);
    }

    // --- the specification's examples (section 7), verbatim ----------------------------------------

    @Test
    void specPositionalParams() {
        URI rpc = serveCalculator();

        post(rpc, "{\"jsonrpc\": \"2.0\", \"method\": \"subtract\", \"params\": [42, 23], \"id\": 1}")
                .is("{\"jsonrpc\": \"2.0\", \"result\": 19, \"id\": 1}");
        post(rpc, "{\"jsonrpc\": \"2.0\", \"method\": \"subtract\", \"params\": [23, 42], \"id\": 2}")
                .is("{\"jsonrpc\": \"2.0\", \"result\": -19, \"id\": 2}");
    }

    @Test
    void specNamedParams() {
        URI rpc = serveCalculator();

        post(rpc, "{\"jsonrpc\": \"2.0\", \"method\": \"subtract\", \"params\": {\"subtrahend\": 23, \"minuend\": 42}, \"id\": 3}")
                .is("{\"jsonrpc\": \"2.0\", \"result\": 19, \"id\": 3}");
        post(rpc, "{\"jsonrpc\": \"2.0\", \"method\": \"subtract\", \"params\": {\"minuend\": 42, \"subtrahend\": 23}, \"id\": 4}")
                .is("{\"jsonrpc\": \"2.0\", \"result\": 19, \"id\": 4}");
    }

    @Test
    void specNotificationsAreRunAndAnsweredWithNothing() {
        URI rpc = serveCalculator();

        post(rpc, "{\"jsonrpc\": \"2.0\", \"method\": \"update\", \"params\": [1,2,3,4,5]}").isNothing();
        post(rpc, "{\"jsonrpc\": \"2.0\", \"method\": \"foobar\"}").isNothing();

        assertThat(calls).containsExactly("update[1, 2, 3, 4, 5] via jsonrpc");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"jsonrpc\": \"2.0\", \"method\": \"subtract\", \"params\": [42, 23], \"id\": 1e2147483648}",
        "{\"jsonrpc\": \"2.0\", \"method\": \"subtract\", \"params\": [42, 23], \"id\": 0e99999999999}",
        "{\"jsonrpc\": \"2.0\", \"method\": \"subtract\", \"params\": [1e2147483648, 23], \"id\": 1}",
        "[{\"jsonrpc\": \"2.0\", \"method\": \"subtract\", \"params\": {\"minuend\": 0e99999999999, \"subtrahend\": 1}, \"id\": 1}]",
    })
    void aNumberBeyondBigDecimalIsAnInvalidRequestNotA500(String body) {
        URI rpc = serveCalculator();

        post(rpc, body).is("{\"jsonrpc\": \"2.0\", \"error\": {\"code\": -32600, "
                + "\"message\": \"invalid request: a number is out of range\"}, \"id\": null}");
        assertThat(calls).isEmpty();
    }

    @Test
    void aNumberTooLargeForItsParameterIsInvalidParams() {
        URI rpc = serveCalculator();

        post(rpc, "{\"jsonrpc\": \"2.0\", \"method\": \"subtract\", \"params\": [99999999999999999999, 23], \"id\": 1}")
                .is("{\"jsonrpc\": \"2.0\", \"error\": {\"code\": -32602, "
                        + "\"message\": \"invalid params: field 'minuend' is out of range\"}, \"id\": 1}");
    }

    @Test
    void specNonExistentMethod() {
        URI rpc = serveCalculator();

        post(rpc, "{\"jsonrpc\": \"2.0\", \"method\": \"foobar\", \"id\": \"1\"}")
                .is("{\"jsonrpc\": \"2.0\", \"error\": {\"code\": -32601, \"message\": \"method not found: foobar\"}, \"id\": \"1\"}");
    }

    @Test
    void specInvalidJson() {
        URI rpc = serveCalculator();

        post(rpc, "{\"jsonrpc\": \"2.0\", \"method\": \"foobar, \"params\": \"bar\", \"baz]")
                .is("{\"jsonrpc\": \"2.0\", \"error\": {\"code\": -32700, \"message\": \"parse error: invalid JSON\"}, \"id\": null}");
    }

    @Test
    void specInvalidRequestObject() {
        URI rpc = serveCalculator();

        post(rpc, "{\"jsonrpc\": \"2.0\", \"method\": 1, \"params\": \"bar\"}")
                .is("{\"jsonrpc\": \"2.0\", \"error\": {\"code\": -32600, \"message\": \"invalid request: method must be a string\"},"
                        + " \"id\": null}");
    }

    @Test
    void specBatchWithInvalidJsonIsOneParseError() {
        URI rpc = serveCalculator();

        post(rpc, """
                [
                  {"jsonrpc": "2.0", "method": "sum", "params": [1,2,4], "id": "1"},
                  {"jsonrpc": "2.0", "method"
                ]""")
                .is("{\"jsonrpc\": \"2.0\", \"error\": {\"code\": -32700, \"message\": \"parse error: invalid JSON\"}, \"id\": null}");
        assertThat(calls).isEmpty();
    }

    @Test
    void specEmptyArrayIsOneInvalidRequest() {
        URI rpc = serveCalculator();

        post(rpc, "[]")
                .is("{\"jsonrpc\": \"2.0\", \"error\": {\"code\": -32600, \"message\": \"invalid request: empty batch\"}, \"id\": null}");
    }

    @Test
    void specInvalidBatchOfOne() {
        URI rpc = serveCalculator();

        post(rpc, "[1]").is("""
                [
                  {"jsonrpc": "2.0", "error": {"code": -32600, "message": "invalid request: not an object"}, "id": null}
                ]""");
    }

    @Test
    void specInvalidBatchOfThree() {
        URI rpc = serveCalculator();

        post(rpc, "[1,2,3]").is("""
                [
                  {"jsonrpc": "2.0", "error": {"code": -32600, "message": "invalid request: not an object"}, "id": null},
                  {"jsonrpc": "2.0", "error": {"code": -32600, "message": "invalid request: not an object"}, "id": null},
                  {"jsonrpc": "2.0", "error": {"code": -32600, "message": "invalid request: not an object"}, "id": null}
                ]""");
    }

    @Test
    void specMixedBatchAnswersCallsInRequestOrderAndNotificationsNot() {
        URI rpc = serveCalculator();

        Answer answer = post(rpc, """
                [
                  {"jsonrpc": "2.0", "method": "sum", "params": [1,2,4], "id": "1"},
                  {"jsonrpc": "2.0", "method": "notify_hello", "params": [7]},
                  {"jsonrpc": "2.0", "method": "subtract", "params": [42,23], "id": "2"},
                  {"foo": "boo"},
                  {"jsonrpc": "2.0", "method": "foo.get", "params": {"name": "myself"}, "id": "5"},
                  {"jsonrpc": "2.0", "method": "get_data", "id": "9"}
                ]""");

        // The specification lets a server answer a batch in any order; this one keeps the requests'.
        answer.is("""
                [
                  {"jsonrpc": "2.0", "result": 7, "id": "1"},
                  {"jsonrpc": "2.0", "result": 19, "id": "2"},
                  {"jsonrpc": "2.0", "error": {"code": -32600, "message": "invalid request: jsonrpc must be \\"2.0\\""}, "id": null},
                  {"jsonrpc": "2.0", "error": {"code": -32601, "message": "method not found: foo.get"}, "id": "5"},
                  {"jsonrpc": "2.0", "result": ["hello", 5], "id": "9"}
                ]""");
        assertThat(calls).containsExactly(
                "sum[1, 2, 4] via jsonrpc",
                "notify_hello[7] via jsonrpc",
                "subtract[42, 23] via jsonrpc",
                "get_data[] via jsonrpc");
    }

    @Test
    void specAllNotificationBatchIsAnsweredWithNothing() {
        URI rpc = serveCalculator();

        post(rpc, """
                [
                  {"jsonrpc": "2.0", "method": "notify_sum", "params": [1,2,4]},
                  {"jsonrpc": "2.0", "method": "notify_hello", "params": [7]}
                ]""").isNothing();

        assertThat(calls).containsExactly("notify_sum[1, 2, 4] via jsonrpc", "notify_hello[7] via jsonrpc");
    }

    // --- results and ids ---------------------------------------------------------------------------

    @Test
    void responseRecordIsTheResultObject() {
        URI rpc = serveCalculator();

        post(rpc, "{\"jsonrpc\":\"2.0\",\"method\":\"difference\",\"params\":[42,23],\"id\":1}")
                .is("{\"jsonrpc\":\"2.0\",\"result\":{\"value\":19},\"id\":1}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"abc\"", "\"\"", "0", "-1", "42", "12345678901234567890123", "1.5", "null"})
    void echoesTheRequestId(String id) {
        URI rpc = serveCalculator();

        post(rpc, "{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[3,1],\"id\":" + id + "}")
                .is("{\"jsonrpc\":\"2.0\",\"result\":2,\"id\":" + id + "}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.10000000000000000000001", "123456789012345678901234567890.5", "1e400"})
    void echoesNumericIdsWithoutLosingPrecision(String id) {
        URI rpc = serveCalculator();

        Answer answer = post(rpc, "{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[3,1],\"id\":" + id + "}");

        JsonNode echoed = EXACT_NUMBERS.readTree(answer.body()).get("id");
        assertThat(echoed.isNumber()).as("id %s answered as %s", id, echoed).isTrue();
        assertThat(echoed.decimalValue()).as("id %s answered as %s", id, echoed).isEqualByComparingTo(new BigDecimal(id));
    }

    @Test
    void echoesTheIdOfAnError() {
        URI rpc = serveCalculator();

        assertThat(post(rpc, "{\"jsonrpc\":\"2.0\",\"method\":\"nope\",\"id\":\"x-1\"}").isError(-32601, id("\"x-1\"")))
                .isEqualTo("method not found: nope");
    }

    @Test
    void nullIdIsARequestNotANotification() {
        URI rpc = serveCalculator();

        post(rpc, "{\"jsonrpc\":\"2.0\",\"method\":\"nope\",\"id\":null}").isError(-32601, NULL_ID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "{}", "[1]"})
    void idOfAnotherTypeIsAnInvalidRequestWithNullId(String id) {
        URI rpc = serveCalculator();

        post(rpc, "{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[3,1],\"id\":" + id + "}")
                .isError(-32600, NULL_ID);
        assertThat(calls).isEmpty();
    }

    // --- invalid requests ----------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"method\":\"subtract\",\"params\":[3,1],\"id\":1}",
            "{\"jsonrpc\":\"1.0\",\"method\":\"subtract\",\"params\":[3,1],\"id\":1}",
            "{\"jsonrpc\":2.0,\"method\":\"subtract\",\"params\":[3,1],\"id\":1}",
            "{\"jsonrpc\":null,\"method\":\"subtract\",\"params\":[3,1],\"id\":1}"})
    void jsonrpcMissingOrNot20IsAnInvalidRequest(String request) {
        URI rpc = serveCalculator();

        assertThat(post(rpc, request).isError(-32600, id("1"))).isEqualTo("invalid request: jsonrpc must be \"2.0\"");
        assertThat(calls).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "null", "[\"subtract\"]", "{}", "true"})
    void methodNotAStringIsAnInvalidRequest(String method) {
        URI rpc = serveCalculator();

        assertThat(post(rpc, "{\"jsonrpc\":\"2.0\",\"method\":" + method + ",\"id\":1}").isError(-32600, id("1")))
                .isEqualTo("invalid request: method must be a string");
    }

    @Test
    void missingMethodIsAnInvalidRequest() {
        URI rpc = serveCalculator();

        assertThat(post(rpc, "{\"jsonrpc\":\"2.0\",\"id\":1}").isError(-32600, id("1")))
                .isEqualTo("invalid request: method must be a string");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"42,23\"", "42", "true", "null"})
    void paramsNeitherObjectNorArrayIsAnInvalidRequest(String params) {
        URI rpc = serveCalculator();

        assertThat(post(rpc, "{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":" + params + ",\"id\":1}")
                .isError(-32600, id("1")))
                .isEqualTo("invalid request: params must be an object or an array");
        assertThat(calls).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "\"call\"", "null", "true"})
    void topLevelScalarIsAnInvalidRequest(String body) {
        URI rpc = serveCalculator();

        assertThat(post(rpc, body).isError(-32600, NULL_ID)).isEqualTo("invalid request: not an object");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n"})
    void emptyBodyIsAParseError(String body) {
        URI rpc = serveCalculator();

        assertThat(post(rpc, body).isError(-32700, NULL_ID)).startsWith("parse error");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[3,1],\"id\":1} {}",
            "{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[3,1],\"id\":1}]",
            "{'jsonrpc':'2.0','method':'subtract','params':[3,1],'id':1}",
            "{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[3,1],\"id\":1,}",
            "[{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[3,1],\"id\":1}"})
    void malformedJsonIsAParseErrorAndRunsNothing(String body) {
        URI rpc = serveCalculator();

        assertThat(post(rpc, body).isError(-32700, NULL_ID)).isEqualTo("parse error: invalid JSON");
        assertThat(calls).isEmpty();
    }

    @Test
    void bodyThatIsNotUtf8IsAParseError() {
        URI rpc = serveCalculator();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[3,1],\"id\":\"".getBytes(UTF_8));
        // 0xFF starts no UTF-8 sequence.
        body.write(0xff);
        body.writeBytes("\"}".getBytes(UTF_8));

        assertThat(post(rpc, body.toByteArray(), "an id holding the byte 0xFF").isError(-32700, NULL_ID))
                .startsWith("parse error");
        assertThat(calls).isEmpty();
    }

    @Test
    void deeplyNestedJsonIsAParseErrorNotAServerError() {
        URI rpc = serveCalculator();
        int depth = 100_000;
        String body = "[".repeat(depth) + "]".repeat(depth);

        assertThat(post(rpc, body).isError(-32700, NULL_ID)).startsWith("parse error");
    }

    @Test
    void invalidRequestsInABatchAreAnsweredBesideTheValidOnes() {
        URI rpc = serveCalculator();

        post(rpc, """
                [
                  {"jsonrpc":"2.0","method":"subtract","params":[3,1],"id":1},
                  [],
                  {"jsonrpc":"1.0","method":"subtract","params":[3,1],"id":2},
                  {"jsonrpc":"2.0","method":"subtract","params":"3,1","id":3},
                  {"jsonrpc":"2.0","method":"subtract","params":[5,1],"id":4}
                ]""").is("""
                [
                  {"jsonrpc":"2.0","result":2,"id":1},
                  {"jsonrpc":"2.0","error":{"code":-32600,"message":"invalid request: not an object"},"id":null},
                  {"jsonrpc":"2.0","error":{"code":-32600,"message":"invalid request: jsonrpc must be \\"2.0\\""},"id":2},
                  {"jsonrpc":"2.0","error":{"code":-32600,"message":"invalid request: params must be an object or an array"},"id":3},
                  {"jsonrpc":"2.0","result":4,"id":4}
                ]""");
    }

    @Test
    void nestedBatchIsAnInvalidRequestNotABatch() {
        URI rpc = serveCalculator();

        post(rpc, "[[{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[3,1],\"id\":1}]]").is("""
                [{"jsonrpc":"2.0","error":{"code":-32600,"message":"invalid request: not an object"},"id":null}]""");
        assertThat(calls).isEmpty();
    }

    // --- invalid params ------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"minuend\":\"42\",\"subtrahend\":23}",
            "{\"minuend\":42.5,\"subtrahend\":23}",
            "{\"minuend\":{},\"subtrahend\":23}",
            "{\"minuend\":true,\"subtrahend\":23}",
            "[\"42\",23]",
            "[42,[23]]",
            "{\"minuend\":99999999999,\"subtrahend\":23}"})
    void paramsOfTheWrongTypeAreInvalidParamsNamingTheParamButNoJavaType(String params) {
        URI rpc = serveCalculator();

        String message = post(rpc, "{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":" + params + ",\"id\":1}")
                .isError(-32602, id("1"));

        assertThat(message).startsWith("invalid params: ").containsAnyOf("'minuend'", "'subtrahend'")
                .doesNotContain("java.", "Subtract", "dev.javakit", "tools.jackson", "Integer", "class ");
        assertThat(calls).isEmpty();
    }

    @Test
    void wrongTypeMessageSaysWhatWasExpected() {
        URI rpc = serveCalculator();

        assertThat(post(rpc, "{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":{\"minuend\":\"42\",\"subtrahend\":23},\"id\":1}")
                .isError(-32602, id("1")))
                .isEqualTo("invalid params: field 'minuend' must be a number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "[42]", "[42,23,1]"})
    void positionalParamsOfTheWrongCountAreInvalidParams(String params) {
        URI rpc = serveCalculator();
        int count = MAPPER.readTree(params).size();

        assertThat(post(rpc, "{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":" + params + ",\"id\":1}")
                .isError(-32602, id("1")))
                .isEqualTo("invalid params: expected 2 params by position, got " + count);
        assertThat(calls).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"minuend\":42}", "{\"minuend\":42,\"subtrahend\":null}", "[42,null]"})
    void missingRequiredParamIsInvalidParamsNamingIt(String params) {
        URI rpc = serveCalculator();

        assertThat(post(rpc, "{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":" + params + ",\"id\":1}")
                .isError(-32602, id("1")))
                .isEqualTo("invalid params: missing param 'subtrahend'");
    }

    @Test
    void everyMissingRequiredParamIsNamedInOneAnswer() {
        URI rpc = serveCalculator();

        assertThat(post(rpc, "{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":{},\"id\":1}")
                .isError(-32602, id("1")))
                .isEqualTo("invalid params: missing params 'minuend', 'subtrahend'");
        assertThat(calls).isEmpty();
    }

    @Test
    void anOmittedNullableParamIsNull() {
        URI rpc = serveCalculator();

        post(rpc, "{\"jsonrpc\":\"2.0\",\"method\":\"greet\",\"params\":{\"name\":\"Pat\"},\"id\":1}")
                .is("{\"jsonrpc\":\"2.0\",\"result\":\"Pat\",\"id\":1}");
        post(rpc, "{\"jsonrpc\":\"2.0\",\"method\":\"greet\",\"params\":{\"name\":\"Pat\",\"title\":\"Dr\"},\"id\":2}")
                .is("{\"jsonrpc\":\"2.0\",\"result\":\"Dr Pat\",\"id\":2}");
    }

    @Test
    void missingFieldsInsideAParamAreInvalidParamsNamingTheirPaths() {
        URI rpc = serveCalculator();

        assertThat(post(rpc, "{\"jsonrpc\":\"2.0\",\"method\":\"move\",\"params\":{\"from\":{},\"to\":{\"x\":1,\"y\":2}},\"id\":1}")
                .isError(-32602, id("1")))
                .isEqualTo("invalid params: missing fields 'from.x', 'from.y'");
        assertThat(calls).isEmpty();
    }

    @Test
    void unknownParamsAreIgnoredUnlessTheCodecRejectsThem() {
        JsonRpcMethods strict = JsonRpcMethods.builder()
                .method("subtract", info("subtract"), (Context ctx, Subtract r) -> r.minuend() - r.subtrahend(),
                        CODEC.rejectingUnknownFields().reader(Subtract.class), List.of("minuend", "subtrahend"),
                        Set.of("minuend", "subtrahend"))
                .build();
        String call = "{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":{\"minuend\":3,\"subtrahend\":1,\"extra\":0},\"id\":1}";

        post(serveCalculator(), call).is("{\"jsonrpc\":\"2.0\",\"result\":2,\"id\":1}");
        assertThat(post(serve(JsonRpcHandler.builder().service(strict).build()), call).isError(-32602, id("1")))
                .isEqualTo("invalid params: unknown field 'extra'");
    }

    @Test
    void anEmptyVersionAsGoKitsClientSendsIsTakenAs20() {
        URI rpc = serveCalculator();

        post(rpc, "{\"jsonrpc\":\"\",\"method\":\"subtract\",\"params\":[3,1],\"id\":0}\n")
                .is("{\"jsonrpc\":\"2.0\",\"result\":2,\"id\":0}");
    }

    @Test
    void paramsSpelledInAnotherCaseAreLeftToTheCodec() {
        // Go kit's JSON-RPC clients send Go's field names, {"Minuend":3}, to a decoder that ignores case.
        JsonCodec goJson = JsonCodec.of(JsonCodec.standardMapperBuilder()
                .enable(tools.jackson.databind.MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES).build());
        JsonRpcMethods caseless = JsonRpcMethods.builder()
                .method("subtract", info("subtract"), (Context ctx, Subtract r) -> r.minuend() - r.subtrahend(),
                        goJson.reader(Subtract.class), List.of("minuend", "subtrahend"), Set.of("minuend", "subtrahend"))
                .build();
        String call = "{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":{\"Minuend\":3,\"SUBTRAHEND\":1},\"id\":1}";

        post(serve(JsonRpcHandler.builder().service(caseless).build()), call).is("{\"jsonrpc\":\"2.0\",\"result\":2,\"id\":1}");
        assertThat(post(serveCalculator(), call).isError(-32602, id("1")))
                .isEqualTo("invalid params: missing fields 'minuend', 'subtrahend'");
    }

    @Test
    void omittedParamsAreMissingParams() {
        URI rpc = serveCalculator();

        assertThat(post(rpc, "{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"id\":1}").isError(-32602, id("1")))
                .isEqualTo("invalid params: missing params 'minuend', 'subtrahend'");
    }

    @Test
    void methodWithoutParamsTakesAnEmptyObjectOrArrayOrNone() {
        URI rpc = serveCalculator();

        post(rpc, "{\"jsonrpc\":\"2.0\",\"method\":\"get_data\",\"params\":{},\"id\":1}")
                .is("{\"jsonrpc\":\"2.0\",\"result\":[\"hello\",5],\"id\":1}");
        post(rpc, "{\"jsonrpc\":\"2.0\",\"method\":\"get_data\",\"params\":[],\"id\":2}")
                .is("{\"jsonrpc\":\"2.0\",\"result\":[\"hello\",5],\"id\":2}");
        post(rpc, "{\"jsonrpc\":\"2.0\",\"method\":\"get_data\",\"id\":3}")
                .is("{\"jsonrpc\":\"2.0\",\"result\":[\"hello\",5],\"id\":3}");
    }

    @Test
    void unknownNamedParamsAreIgnored() {
        URI rpc = serveCalculator();

        post(rpc, "{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":{\"minuend\":3,\"subtrahend\":1,\"extra\":9},\"id\":1}")
                .is("{\"jsonrpc\":\"2.0\",\"result\":2,\"id\":1}");
    }

    @Test
    void notificationsAreNeverAnsweredEvenWhenTheyFail() {
        URI rpc = serveCalculator();

        post(rpc, "{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[\"x\",1]}").isNothing();
        post(rpc, "{\"jsonrpc\":\"2.0\",\"method\":\"find\",\"params\":[\"k\"]}").isNothing();
        post(rpc, "{\"jsonrpc\":\"2.0\",\"method\":\"explode\"}").isNothing();
        post(rpc, "[{\"jsonrpc\":\"2.0\",\"method\":\"nope\"},{\"jsonrpc\":\"2.0\",\"method\":\"find\",\"params\":[\"k\"]}]")
                .isNothing();

        assertThat(calls).containsExactly("find[k] via jsonrpc", "explode[] via jsonrpc", "find[k] via jsonrpc");
    }

    // --- errors the endpoints throw ------------------------------------------------------------------

    @Test
    void errorStatusAnnotatedExceptionIsItsStatusWithItsMessage() {
        URI rpc = serveCalculator();

        post(rpc, "{\"jsonrpc\":\"2.0\",\"method\":\"find\",\"params\":{\"key\":\"k\"},\"id\":1}")
                .is("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":404,\"message\":\"not found\","
                        + "\"data\":{\"kit-error\":\"NotFound\"}},\"id\":1}");
    }

    @Test
    void exceptionDeclaredInTheMethodTableIsItsStatusWithItsMessage() {
        URI rpc = serveCalculator();

        post(rpc, "{\"jsonrpc\":\"2.0\",\"method\":\"reserve\",\"params\":[\"k\"],\"id\":1}")
                .is("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":409,\"message\":\"k is already reserved\","
                        + "\"data\":{\"kit-error\":\"Conflict\"}},\"id\":1}");
    }

    @Test
    void unexpectedExceptionIsAnInternalErrorWithoutItsDetail() {
        URI rpc = serveCalculator();

        Answer answer = post(rpc, "{\"jsonrpc\":\"2.0\",\"method\":\"explode\",\"id\":1}");

        answer.is("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32603,\"message\":\"internal error\"},\"id\":1}");
        assertThat(answer.body()).doesNotContain("secret", "hunter2", "IllegalStateException");
    }

    @Test
    void unexpectedExceptionGoesToTheLogWithItsDetail() {
        URI rpc = serveCalculator();

        post(rpc, "{\"jsonrpc\":\"2.0\",\"method\":\"explode\",\"id\":1}").isError(-32603, id("1"));

        assertThat(logged.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.ERROR);
            assertThat(event.getThrowableProxy().getMessage()).isEqualTo("secret: db password is hunter2");
            assertThat(event.getKeyValuePairs()).extracting((KeyValuePair pair) -> pair.key + "=" + pair.value)
                    .containsExactly("method=explode");
        });
    }

    @Test
    void businessErrorsAreLeftToTheServicesOwnLogging() {
        URI rpc = serveCalculator();

        post(rpc, "{\"jsonrpc\":\"2.0\",\"method\":\"find\",\"params\":[\"k\"],\"id\":1}").isError(404, id("1"));

        assertThat(logged.list).noneMatch(event -> event.getLevel().isGreaterOrEqual(Level.WARN));
    }

    @Test
    void invalidParamsNeverReachTheEndpointSoTheHandlerLogsThemOnceAtWarn() {
        URI rpc = serveCalculator();

        post(rpc, "{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[\"x\",1],\"id\":2}").isError(-32602, id("2"));

        assertThat(logged.list).filteredOn(event -> event.getLevel().isGreaterOrEqual(Level.WARN)).singleElement()
                .satisfies(event -> {
                    assertThat(event.getLevel()).isEqualTo(Level.WARN);
                    assertThat(event.getMessage()).isEqualTo("call refused before its endpoint");
                    assertThat(event.getKeyValuePairs()).extracting(pair -> pair.key + "=" + pair.value)
                            .containsExactly("method=subtract", "code=-32602", "err=field 'minuend' must be a number");
                });
    }

    @Test
    void failingCallInABatchLeavesTheOthersAnswered() {
        URI rpc = serveCalculator();

        post(rpc, """
                [
                  {"jsonrpc":"2.0","method":"explode","id":1},
                  {"jsonrpc":"2.0","method":"find","params":["k"],"id":2},
                  {"jsonrpc":"2.0","method":"subtract","params":[3,1],"id":3}
                ]""").is("""
                [
                  {"jsonrpc":"2.0","error":{"code":-32603,"message":"internal error"},"id":1},
                  {"jsonrpc":"2.0","error":{"code":404,"message":"not found","data":{"kit-error":"NotFound"}},"id":2},
                  {"jsonrpc":"2.0","result":2,"id":3}
                ]""");
    }

    @Test
    void resultThatCannotBeWrittenIsAnInternalError() {
        URI rpc = serveCalculator();

        post(rpc, """
                [
                  {"jsonrpc":"2.0","method":"unwritable","id":1},
                  {"jsonrpc":"2.0","method":"subtract","params":[3,1],"id":2}
                ]""").is("""
                [
                  {"jsonrpc":"2.0","error":{"code":-32603,"message":"internal error"},"id":1},
                  {"jsonrpc":"2.0","result":2,"id":2}
                ]""");
    }

    @Test
    void errorThrownByAnEndpointIsAnInternalError() {
        URI rpc = serve(JsonRpcHandler.builder().service(JsonRpcMethods.builder()
                .method("assert", info("assert"), (Context ctx, NoParams r) -> {
                    throw new AssertionError("secret");
                }, CODEC.reader(NoParams.class), List.of(), Set.of())
                .method("subtract", info("subtract"), (Context ctx, Subtract r) -> r.minuend() - r.subtrahend(),
                        CODEC.reader(Subtract.class), List.of("minuend", "subtrahend"), Set.of("minuend", "subtrahend"))
                .build()).build());

        post(rpc, """
                [
                  {"jsonrpc":"2.0","method":"assert","id":1},
                  {"jsonrpc":"2.0","method":"subtract","params":[3,1],"id":2}
                ]""").is("""
                [
                  {"jsonrpc":"2.0","error":{"code":-32603,"message":"internal error"},"id":1},
                  {"jsonrpc":"2.0","result":2,"id":2}
                ]""");
    }

    // --- context -------------------------------------------------------------------------------------

    @Test
    void everyCallCarriesTheJsonRpcTransport() {
        URI rpc = serveCalculator();

        post(rpc, "{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[3,1],\"id\":1}").is(
                "{\"jsonrpc\":\"2.0\",\"result\":2,\"id\":1}");
        post(rpc, "{\"jsonrpc\":\"2.0\",\"method\":\"notify_hello\",\"params\":[7]}").isNothing();
        post(rpc, "[{\"jsonrpc\":\"2.0\",\"method\":\"sum\",\"params\":[1,2,3],\"id\":2},"
                + "{\"jsonrpc\":\"2.0\",\"method\":\"notify_hello\",\"params\":{\"value\":8}}]").json();

        assertThat(calls).containsExactly(
                "subtract[3, 1] via jsonrpc",
                "notify_hello[7] via jsonrpc",
                "sum[1, 2, 3] via jsonrpc",
                "notify_hello[8] via jsonrpc");
    }

    // --- building ------------------------------------------------------------------------------------

    @Test
    void twoServicesWithOneMethodNameAreRejectedAtBuild() {
        JsonRpcMethods first = calculator().build();
        JsonRpcMethods second = JsonRpcMethods.builder()
                .method("subtract", new EndpointInfo("Other", "subtract"), (Context ctx, Subtract r) -> 0,
                        CODEC.reader(Subtract.class), List.of("minuend", "subtrahend"), Set.of())
                .build();
        JsonRpcHandler.Builder builder = JsonRpcHandler.builder().service(first).service(second);

        assertThatIllegalArgumentException().isThrownBy(builder::build)
                .withMessageContaining("subtract")
                .withMessageContaining("Calculator.subtract")
                .withMessageContaining("Other.subtract");
    }

    @Test
    void twoServicesWithOneMethodNameAreRejectedByRoutesToo() {
        JsonRpcMethods first = calculator().build();
        JsonRpcMethods second = calculator().build();

        assertThatIllegalArgumentException().isThrownBy(() -> JsonRpcHandler.routes("/rpc", first, second))
                .withMessageContaining("subtract");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void maxBatchBelowOneIsRejected(int calls) {
        JsonRpcHandler.Builder builder = JsonRpcHandler.builder();

        assertThatIllegalArgumentException().isThrownBy(() -> builder.maxBatch(calls));
    }

    @Test
    void methodNamesReservedForTheProtocolAreRejected() {
        JsonRpcMethods reserved = JsonRpcMethods.builder()
                .method("rpc.discover", info("discover"), (Context ctx, NoParams r) -> 0,
                        CODEC.reader(NoParams.class), List.of(), Set.of())
                .build();
        JsonRpcHandler.Builder builder = JsonRpcHandler.builder().service(reserved);

        assertThatIllegalArgumentException().isThrownBy(builder::build).withMessageContaining("rpc.");
    }

    // --- limits --------------------------------------------------------------------------------------

    @Test
    void batchOverMaxBatchIsOneInvalidRequestAndRunsNothing() {
        URI rpc = serve(JsonRpcHandler.builder().service(calculator().build()).maxBatch(3).build());
        String call = "{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[3,1],\"id\":1}";

        post(rpc, "[" + String.join(",", call, call, call, call) + "]")
                .is("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32600,"
                        + "\"message\":\"invalid request: a batch of 4 calls is larger than 3\"},\"id\":null}");

        assertThat(calls).isEmpty();
    }

    @Test
    void batchOfExactlyMaxBatchIsServed() {
        URI rpc = serve(JsonRpcHandler.builder().service(calculator().build()).maxBatch(3).build());

        post(rpc, "[{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[3,1],\"id\":1},"
                + "{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[4,1],\"id\":2},"
                + "{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[5,1],\"id\":3}]")
                .is("[{\"jsonrpc\":\"2.0\",\"result\":2,\"id\":1},{\"jsonrpc\":\"2.0\",\"result\":3,\"id\":2},"
                        + "{\"jsonrpc\":\"2.0\",\"result\":4,\"id\":3}]");
    }

    @Test
    void defaultMaxBatchIsOneHundred() {
        URI rpc = serveCalculator();
        String call = "{\"jsonrpc\":\"2.0\",\"method\":\"notify_hello\",\"params\":[1]}";

        post(rpc, "[" + String.join(",", Collections.nCopies(100, call)) + "]").isNothing();
        assertThat(post(rpc, "[" + String.join(",", Collections.nCopies(101, call)) + "]")
                .isError(-32600, NULL_ID))
                .isEqualTo("invalid request: a batch of 101 calls is larger than 100");
        assertThat(calls).hasSize(100);
    }

    @Test
    void hugeBatchIsAnsweredQuicklyWithOneInvalidRequest() {
        URI rpc = serveCalculator();
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < 10_000; i++) {
            body.append(i == 0 ? "" : ",").append("{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[3,1],\"id\":")
                    .append(i).append('}');
        }
        body.append(']');

        long start = System.nanoTime();
        Answer answer = post(rpc, body.toString());
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(answer.isError(-32600, NULL_ID)).isEqualTo("invalid request: a batch of 10000 calls is larger than 100");
        assertThat(took).isLessThan(Duration.ofSeconds(5));
        assertThat(calls).isEmpty();
    }

    @Test
    void bodyOverTheServersLimitIs413() {
        URI rpc = serve(HttpServer.builder().maxRequestBodyBytes(64),
                JsonRpcHandler.builder().service(calculator().build()).build());
        String call = "{\"jsonrpc\":\"2.0\",\"method\":\"subtract\",\"params\":[3,1],\"id\":\"" + "x".repeat(100) + "\"}";

        Answer answer = post(rpc, call);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).isEqualTo(JSON);
        assertThat(answer.body()).isEqualTo("{\"error\":\"request body is larger than 64 bytes\"}");
        assertThat(calls).isEmpty();
    }

    @Test
    void onlyPostIsServed() throws Exception {
        URI rpc = serveCalculator();

        var response = CLIENT.send(HttpRequest.newBuilder(rpc).timeout(TIMEOUT).GET().build(), BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("OPTIONS, POST");
    }
}
