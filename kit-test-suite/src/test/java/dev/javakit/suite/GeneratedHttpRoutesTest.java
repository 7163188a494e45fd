package dev.javakit.suite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.javakit.transport.http.HttpServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The generated decoders and route table, over a real server: conversions and their 400s. */
class GeneratedHttpRoutesTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final FakeAccounts fake = new FakeAccounts();
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.builder()
                .address("127.0.0.1:0")
                .routes(AccountServiceHttpRoutes.of(AccountServiceEndpoints.of(fake)))
                .build()
                .start();
    }

    @AfterEach
    void stop() {
        server.stop(Duration.ofSeconds(1));
    }

    @Test
    void readsQueryParametersAndHeaders() throws Exception {
        assertThat(send("POST", "/sessions/?user=ada", "X-Password", "secret"))
                .isEqualTo("200 {\"token\":\"token-ada\"}");
    }

    @Test
    void answersMissingRequiredParametersWith400NamingThem() throws Exception {
        assertThat(send("POST", "/sessions/?user=ada", null, null))
                .isEqualTo("400 {\"error\":\"missing header 'X-Password'\"}");
        assertThat(send("POST", "/sessions/", "X-Password", "secret"))
                .isEqualTo("400 {\"error\":\"missing query parameter 'user'\"}");
        assertThat(send("GET", "/accounts/", null, null))
                .isEqualTo("400 {\"error\":\"missing query parameter 'kind'\"}");
    }

    @Test
    void mapsDeclaredExceptionsToTheirStatus() throws Exception {
        assertThat(send("POST", "/sessions/?user=ada", "X-Password", "nope"))
                .isEqualTo("403 {\"error\":\"access denied\"}");
        assertThat(send("GET", "/accounts/404", null, null)).isEqualTo("404 {\"error\":\"no such account\"}");
    }

    @Test
    void convertsPathParameters() throws Exception {
        assertThat(send("GET", "/accounts/7", null, null))
                .isEqualTo("200 {\"account\":{\"id\":7,\"owner\":\"ada\",\"kind\":\"PERSONAL\"}}");
        assertThat(send("GET", "/accounts/seven", null, null))
                .isEqualTo("400 {\"error\":\"path parameter 'id' must be an integer\"}");
    }

    @Test
    void convertsRepeatedOptionalAndEnumQueryParameters() throws Exception {
        assertThat(send("GET", "/accounts/?tag=a&tag=b&kind=BUSINESS&limit=1", null, null))
                .isEqualTo("200 {\"accounts\":[{\"id\":8,\"owner\":\"acme\",\"kind\":\"BUSINESS\"}]}");
        assertThat(fake.lastTags).containsExactly("a", "b");
        assertThat(send("GET", "/accounts/?kind=BUSINESS", null, null)).startsWith("200 {\"accounts\":[{\"id\":8");
        assertThat(send("GET", "/accounts/?kind=GOLD", null, null))
                .isEqualTo("400 {\"error\":\"query parameter 'kind' must be one of [PERSONAL, BUSINESS]\"}");
        assertThat(send("GET", "/accounts/?kind=BUSINESS&limit=many", null, null))
                .isEqualTo("400 {\"error\":\"query parameter 'limit' must be an integer\"}");
    }

    @Test
    void refusesARepeatedScalarQueryParameterRatherThanDropAValue() throws Exception {
        assertThat(send("GET", "/accounts/?kind=BUSINESS&kind=PERSONAL", null, null))
                .isEqualTo("400 {\"error\":\"query parameter 'kind' must appear once, not 2 times\"}");
        assertThat(send("GET", "/accounts/?kind=BUSINESS&limit=1&limit=2", null, null))
                .isEqualTo("400 {\"error\":\"query parameter 'limit' must appear once, not 2 times\"}");
    }

    @Test
    void givesTheServiceARequestContext() throws Exception {
        assertThat(send("DELETE", "/accounts/9", null, null)).isEqualTo("200 {}");
        assertThat(fake.lastContext).isNotNull();
    }

    @Test
    void hidesUndeclaredFailuresBehindA500() throws Exception {
        assertThat(send("POST", "/audits/", null, null, "{\"id\":1,\"owner\":\"x\",\"kind\":\"PERSONAL\"}"))
                .isEqualTo("500 {\"error\":\"internal server error\"}");
    }

    private String send(String method, String path, String header, String value) throws Exception {
        return send(method, path, header, value, null);
    }

    private String send(String method, String path, String header, String value, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (header != null) {
            request.header(header, value);
        }
        HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }
}
