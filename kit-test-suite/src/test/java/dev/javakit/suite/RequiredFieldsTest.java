package dev.javakit.suite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.javakit.json.JsonCodec;
import dev.javakit.transport.http.HttpServer;
import dev.javakit.transport.jsonrpc.JsonRpcHandler;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Required and unknown field answers of generated routes and JSON-RPC methods, over a real server. */
class RequiredFieldsTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String ACCOUNT = "{\"id\":1,\"owner\":\"ada\",\"kind\":\"PERSONAL\"";

    private final FakeAccounts fake = new FakeAccounts();
    private HttpServer server;

    private void start(JsonCodec json) throws IOException {
        AccountServiceEndpoints endpoints = AccountServiceEndpoints.of(fake);
        server = HttpServer.builder()
                .address("127.0.0.1:0")
                .routes(AccountServiceHttpRoutes.of(endpoints, json))
                .routes(JsonRpcHandler.routes("/rpc", AccountServiceJsonRpc.of(endpoints, json)))
                .build()
                .start();
    }

    @AfterEach
    void stop() {
        server.stop(Duration.ofSeconds(1));
    }

    @Test
    void aBodyWithoutRequiredFieldsIs400NamingThemAllPrimitivesIncluded() throws Exception {
        start(JsonCodec.standard());

        assertThat(post("/audits/", "{}"))
                .isEqualTo("400 {\"error\":\"invalid request body: missing fields 'id', 'owner', 'kind'\"}");
        assertThat(post("/audits/", "{\"owner\":\"ada\"}"))
                .isEqualTo("400 {\"error\":\"invalid request body: missing fields 'id', 'kind'\"}");
        assertThat(fake.calls).isEmpty();
    }

    @Test
    void paramsWithoutRequiredFieldsAreInvalidParamsNamingThem() throws Exception {
        start(JsonCodec.standard());

        assertThat(post("/rpc", "{\"jsonrpc\":\"2.0\",\"method\":\"login\",\"params\":{},\"id\":1}"))
                .isEqualTo("200 {\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32602,"
                        + "\"message\":\"invalid params: missing params 'user', 'password'\"},\"id\":1}");
        assertThat(post("/rpc", "{\"jsonrpc\":\"2.0\",\"method\":\"audit\",\"params\":{\"account\":{\"owner\":\"ada\"}},\"id\":2}"))
                .isEqualTo("200 {\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32602,"
                        + "\"message\":\"invalid params: missing fields 'account.id', 'account.kind'\"},\"id\":2}");
        assertThat(fake.calls).isEmpty();
    }

    @Test
    void unknownFieldsAreIgnoredByDefault() throws Exception {
        start(JsonCodec.standard());

        assertThat(post("/audits/", ACCOUNT + ",\"extra\":1}")).isEqualTo("500 {\"error\":\"internal server error\"}");
        assertThat(fake.calls).containsExactly("audit");
    }

    @Test
    void aCodecRejectingUnknownFieldsAnswers400NamingTheField() throws Exception {
        start(JsonCodec.standard().rejectingUnknownFields());

        assertThat(post("/audits/", ACCOUNT + ",\"extra\":1}"))
                .isEqualTo("400 {\"error\":\"invalid request body: unknown field 'extra'\"}");
        assertThat(post("/rpc", "{\"jsonrpc\":\"2.0\",\"method\":\"audit\",\"params\":{\"account\":" + ACCOUNT
                + ",\"extra\":1}},\"id\":1}"))
                .isEqualTo("200 {\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32602,"
                        + "\"message\":\"invalid params: unknown field 'account.extra'\"},\"id\":1}");
        assertThat(fake.calls).isEmpty();
    }

    private String post(String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }
}
