package dev.javakit.suite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.javakit.json.JsonCodec;
import dev.javakit.transport.http.HttpRoutes;
import dev.javakit.transport.http.HttpServer;
import dev.javakit.transport.jsonrpc.JsonRpcHandler;
import dev.javakit.transport.jsonrpc.JsonRpcMethods;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code @KitService(rejectUnknownFields = true)}: the generated bindings' default codec, over a real server. */
class UnknownFieldsTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final StrictServiceEndpoints endpoints = StrictServiceEndpoints.of(new StrictService() {
        @Override
        public String post(Note note) {
            calls.add("post");
            return note.text();
        }

        @Override
        public String echo(String text, int times) {
            calls.add("echo");
            return text.repeat(times);
        }
    });
    private HttpServer server;

    private void start(HttpRoutes routes, JsonRpcMethods methods) throws IOException {
        server = HttpServer.builder()
                .address("127.0.0.1:0")
                .routes(routes)
                .routes(JsonRpcHandler.routes("/rpc", methods))
                .build()
                .start();
    }

    @AfterEach
    void stop() {
        server.stop(Duration.ofSeconds(1));
    }

    @Test
    void theDefaultBindingsOfAStrictServiceRefuseUnknownFields() throws Exception {
        start(StrictServiceHttpRoutes.of(endpoints), StrictServiceJsonRpc.of(endpoints));

        assertThat(post("/strict/notes", "{\"id\":\"n\",\"text\":\"t\",\"txt\":\"typo\"}"))
                .isEqualTo("400 {\"error\":\"invalid request body: unknown field 'txt'\"}");
        assertThat(post("/strict/echo", "{\"text\":\"ab\",\"times\":2,\"time\":3}"))
                .isEqualTo("400 {\"error\":\"invalid request body: unknown field 'time'\"}");
        assertThat(post("/rpc", "{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":{\"text\":\"ab\",\"times\":2,"
                + "\"time\":3},\"id\":1}"))
                .isEqualTo("200 {\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32602,"
                        + "\"message\":\"invalid params: unknown field 'time'\"},\"id\":1}");
        assertThat(calls).isEmpty();

        assertThat(post("/strict/echo", "{\"text\":\"ab\",\"times\":2}")).isEqualTo("200 {\"result\":\"abab\"}");
        assertThat(calls).containsExactly("echo");
    }

    @Test
    void aCodecGivenToAStrictServicesBindingsDecides() throws Exception {
        start(StrictServiceHttpRoutes.of(endpoints, JsonCodec.standard()),
                StrictServiceJsonRpc.of(endpoints, JsonCodec.standard()));

        assertThat(post("/strict/notes", "{\"id\":\"n\",\"text\":\"t\",\"txt\":\"typo\"}"))
                .isEqualTo("200 {\"result\":\"t\"}");
        assertThat(post("/rpc", "{\"jsonrpc\":\"2.0\",\"method\":\"echo\",\"params\":{\"text\":\"ab\",\"times\":2,"
                + "\"time\":3},\"id\":1}"))
                .isEqualTo("200 {\"jsonrpc\":\"2.0\",\"result\":{\"result\":\"abab\"},\"id\":1}");
        assertThat(calls).containsExactly("post", "echo");
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
