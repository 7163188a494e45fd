package dev.javakit.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.javakit.transport.http.HttpServer;
import dev.javakit.transport.http.client.HttpClientException;
import dev.javakit.transport.jsonrpc.JsonRpcHandler;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A {@code @Nullable} parameter or result may be absent or {@code null} on the wire; any other
 * reference is required, and {@code null} for it counts as missing: over a real server, through
 * the generated routes, JSON-RPC methods and client.
 */
class NullableFieldsTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final List<String> calls = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        NullableServiceEndpoints endpoints = NullableServiceEndpoints.of(new NullableService() {
            @Override
            public String sign(String text, @Nullable String author) {
                calls.add("sign");
                return text + " by " + author;
            }

            @Override
            public String resign(String id, String text, @Nullable String author) {
                calls.add("resign");
                return id + ": " + text + " by " + author;
            }

            @Override
            public @Nullable String find(String id) {
                return null;
            }

            @Override
            public String text(String id) {
                // Breaks its own contract, as a buggy service would.
                return null;
            }
        });
        server = HttpServer.builder()
                .address("127.0.0.1:0")
                .routes(NullableServiceHttpRoutes.of(endpoints))
                .routes(JsonRpcHandler.routes("/rpc", NullableServiceJsonRpc.of(endpoints)))
                .build()
                .start();
    }

    @AfterEach
    void stop() {
        server.stop(Duration.ofSeconds(1));
    }

    @Test
    void aNullableBodyFieldMayBeAbsentOrNull() throws Exception {
        assertThat(send("POST", "/signatures/", "{\"text\":\"hi\"}")).isEqualTo("200 {\"result\":\"hi by null\"}");
        assertThat(send("POST", "/signatures/", "{\"text\":\"hi\",\"author\":null}"))
                .isEqualTo("200 {\"result\":\"hi by null\"}");
        assertThat(send("PUT", "/signatures/s1", "{\"text\":\"hi\"}")).isEqualTo("200 {\"result\":\"s1: hi by null\"}");
        assertThat(calls).containsExactly("sign", "sign", "resign");
    }

    @Test
    void aRequiredBodyFieldSentAsNullIsMissing() throws Exception {
        assertThat(send("POST", "/signatures/", "{\"text\":null,\"author\":\"ada\"}"))
                .isEqualTo("400 {\"error\":\"invalid request body: missing field 'text'\"}");
        assertThat(send("PUT", "/signatures/s1", "{\"text\":null}"))
                .isEqualTo("400 {\"error\":\"invalid request body: missing field 'text'\"}");
        assertThat(calls).isEmpty();
    }

    @Test
    void overJsonRpcANullableParamMayBeOmittedAndARequiredOneMayNotBeNull() throws Exception {
        assertThat(send("POST", "/rpc", "{\"jsonrpc\":\"2.0\",\"method\":\"sign\",\"params\":{\"text\":\"hi\"},\"id\":1}"))
                .isEqualTo("200 {\"jsonrpc\":\"2.0\",\"result\":{\"result\":\"hi by null\"},\"id\":1}");
        assertThat(send("POST", "/rpc", "{\"jsonrpc\":\"2.0\",\"method\":\"sign\",\"params\":{\"text\":null},\"id\":2}"))
                .isEqualTo("200 {\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32602,"
                        + "\"message\":\"invalid params: missing param 'text'\"},\"id\":2}");
        assertThat(calls).containsExactly("sign");
    }

    @Test
    void theGeneratedClientReadsANullableResultsNullAndRefusesARequiredOnes() {
        NullableService client = NullableServiceHttpClient.create("http://127.0.0.1:" + server.port());

        assertThat(client.sign("hi", null)).isEqualTo("hi by null");
        assertThat(client.find("s1")).isNull();
        HttpClientException thrown = catchThrowableOfType(HttpClientException.class, () -> client.text("s1"));
        assertThat(thrown.status()).isEqualTo(200);
        assertThat(thrown.bodyExcerpt()).isEqualTo("{\"result\":null}");
        assertThat(thrown).hasMessageContaining("missing field 'result'");
    }

    private String send(String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }
}
