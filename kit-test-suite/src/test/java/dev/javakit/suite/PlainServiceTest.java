package dev.javakit.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.javakit.transport.http.HttpServer;
import dev.javakit.transport.http.client.HttpClientTransport;
import dev.javakit.transport.jsonrpc.JsonRpcClientTransport;
import dev.javakit.transport.jsonrpc.JsonRpcHandler;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An interface without HTTP annotations, served and called over HTTP on its default routes and over JSON-RPC. */
class PlainServiceTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final AtomicInteger clears = new AtomicInteger();
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        CalculatorEndpoints endpoints = CalculatorEndpoints.of(new Calculator() {
            @Override
            public int add(int a, int b) {
                return a + b;
            }

            @Override
            public long total(List<Integer> values) {
                return values.stream().mapToLong(Integer::longValue).sum();
            }

            @Override
            public void clear() {
                clears.incrementAndGet();
            }
        });
        server = HttpServer.builder()
                .address("127.0.0.1:0")
                .routes(CalculatorHttpRoutes.of(endpoints))
                .routes(JsonRpcHandler.routes("/rpc", CalculatorJsonRpc.of(endpoints)))
                .build()
                .start();
    }

    @AfterEach
    void stop() {
        server.stop(Duration.ofSeconds(1));
    }

    @Test
    void servesEachMethodOnPostServiceSlashMethodWithItsParametersAsBodyFields() throws Exception {
        assertThat(send("/Calculator/add", "{\"a\":1,\"b\":2}")).isEqualTo("200 {\"result\":3}");
        assertThat(send("/Calculator/total", "[1,2,3]")).isEqualTo("200 {\"result\":6}");
    }

    @Test
    void servesNoRouteForANoHttpMethod() throws Exception {
        assertThat(send("/Calculator/clear", "{}")).startsWith("404 ");
        assertThat(clears).hasValue(0);
    }

    @Test
    void isCalledOverHttpByItsGeneratedClient() {
        Calculator calculator = CalculatorHttpClient.create(baseUrl());
        assertThat(calculator.add(1, 2)).isEqualTo(3);
        assertThat(calculator.total(List.of(1, 2, 3))).isEqualTo(6);
        assertThatThrownBy(calculator::clear)
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessage("Calculator.clear is @NoHttp: call it over JSON-RPC");
        assertThat(clears).hasValue(0);
    }

    @Test
    void isServedAndCalledOverJsonRpcNoHttpMethodIncluded() throws Exception {
        assertThat(send("/rpc", "{\"jsonrpc\":\"2.0\",\"method\":\"add\",\"params\":{\"a\":1,\"b\":2},\"id\":1}"))
                .isEqualTo("200 {\"jsonrpc\":\"2.0\",\"result\":{\"result\":3},\"id\":1}");
        Calculator calculator = CalculatorJsonRpcClient.endpoints(
                new JsonRpcClientTransport(HttpClientTransport.builder(URI.create(baseUrl())).build(), "/rpc"));
        assertThat(calculator.add(1, 2)).isEqualTo(3);
        assertThat(calculator.total(List.of(1, 2, 3))).isEqualTo(6);
        calculator.clear();
        assertThat(clears).hasValue(1);
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    private String send(String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }
}
