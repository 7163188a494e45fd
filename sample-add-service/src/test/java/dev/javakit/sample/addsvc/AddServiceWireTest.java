package dev.javakit.sample.addsvc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.javakit.test.KitServerExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The wire format of Go kit's addsvc ({@code addtransport/http.go} and {@code jsonrpc.go}), byte for
 * byte, against the sample served by its own main on a loopback port: what Go kit's clients send
 * and what they read back.
 */
class AddServiceWireTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @RegisterExtension
    static final KitServerExtension SERVICE = KitServerExtension.start(AddServiceMain::start);

    @Test
    void sumsAndConcatenatesAsGoKitAnswers() throws Exception {
        assertThat(post("/sum", "{\"a\":1,\"b\":2}")).isEqualTo("200 application/json; charset=utf-8 {\"v\":3}");
        assertThat(post("/concat", "{\"a\":\"1\",\"b\":\"2\"}"))
                .isEqualTo("200 application/json; charset=utf-8 {\"v\":\"12\"}");
    }

    @Test
    void readsWhatGoKitsClientSends() throws Exception {
        // encodeHTTPGenericRequest: json.Encoder on SumRequest{A, B}, which has no JSON tags, so
        // capitalised names and a newline; Go's decoder on the server side matches names regardless of case.
        assertThat(post("/sum", "{\"A\":40,\"B\":2}\n")).isEqualTo("200 application/json; charset=utf-8 {\"v\":42}");
        assertThat(post("/concat", "{\"A\":\"go\",\"B\":\"kit\"}\n"))
                .isEqualTo("200 application/json; charset=utf-8 {\"v\":\"gokit\"}");
    }

    @Test
    void answersGoKitsErrorsWithErr2codesStatus() throws Exception {
        // err2code: the three business errors are 400, each as errorWrapper{Error}.
        assertThat(post("/sum", "{\"a\":0,\"b\":0}")).isEqualTo("400 application/json; charset=utf-8 {\"error\":\"can't sum two zeroes\"}");
        assertThat(post("/sum", "{\"a\":2147483647,\"b\":1}")).isEqualTo("400 application/json; charset=utf-8 {\"error\":\"integer overflow\"}");
        assertThat(post("/sum", "{\"a\":-2147483648,\"b\":-1}")).isEqualTo("400 application/json; charset=utf-8 {\"error\":\"integer overflow\"}");
        assertThat(post("/concat", "{\"a\":\"abcdef\",\"b\":\"ghijk\"}"))
                .isEqualTo("400 application/json; charset=utf-8 {\"error\":\"result exceeds maximum size\"}");
    }

    @Test
    void keepsGoKitsLimitsToTheByte() throws Exception {
        assertThat(post("/sum", "{\"a\":2147483646,\"b\":1}")).endsWith(" {\"v\":2147483647}");
        // Go's int is 64 bits: a alone may exceed 32, the check only looks at the range when b moves it.
        assertThat(post("/sum", "{\"a\":3000000000,\"b\":0}")).endsWith(" {\"v\":3000000000}");
        assertThat(post("/concat", "{\"a\":\"abcde\",\"b\":\"fghij\"}")).endsWith(" {\"v\":\"abcdefghij\"}");
        // len() counts bytes: é is two, so ten characters are eleven bytes.
        assertThat(post("/concat", "{\"a\":\"é\",\"b\":\"abcdefghi\"}")).startsWith("400 ");
    }

    @Test
    void refusesBadInputWithA400WhereGoKitAnswers500() throws Exception {
        assertThat(post("/sum", "{\"a\":\"1\",\"b\":2}"))
                .isEqualTo("400 application/json; charset=utf-8 {\"error\":\"invalid request body: field 'a' must be a number\"}");
        assertThat(post("/sum", "{\"a\":1.5,\"b\":2}")).startsWith("400 ");
        assertThat(post("/sum", "{\"a\":1")).startsWith("400 ");
        // Go would read the missing b as 0; a missing field is the client's mistake here.
        assertThat(post("/sum", "{\"a\":1}"))
                .isEqualTo("400 application/json; charset=utf-8 {\"error\":\"invalid request body: missing field 'b'\"}");
    }

    @Test
    void servesGoKitsJsonRpcMethods() throws Exception {
        assertThat(post("/rpc", "{\"jsonrpc\":\"2.0\",\"method\":\"sum\",\"params\":{\"A\":1,\"B\":2},\"id\":1}\n"))
                .isEqualTo("200 application/json; charset=utf-8 {\"jsonrpc\":\"2.0\",\"result\":{\"v\":3},\"id\":1}");
        assertThat(post("/rpc", "{\"jsonrpc\":\"2.0\",\"method\":\"concat\",\"params\":{\"a\":\"x\",\"b\":\"y\"},\"id\":\"c\"}"))
                .isEqualTo("200 application/json; charset=utf-8 {\"jsonrpc\":\"2.0\",\"result\":{\"v\":\"xy\"},\"id\":\"c\"}");
    }

    @Test
    void answersABusinessErrorOverJsonRpcAsAnErrorWhereGoKitDropsIt() throws Exception {
        // Go kit's addsvc encodes SumResponse{V: 0, Err} with Err tagged "-": {"result":{"v":0}}.
        assertThat(post("/rpc", "{\"jsonrpc\":\"2.0\",\"method\":\"sum\",\"params\":{\"a\":0,\"b\":0},\"id\":2}"))
                .isEqualTo("200 application/json; charset=utf-8 {\"jsonrpc\":\"2.0\",\"error\":{\"code\":400,"
                        + "\"message\":\"can't sum two zeroes\",\"data\":{\"kit-error\":\"TwoZeroesException\"}},\"id\":2}");
    }

    private static String post(String path, String body) throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(SERVICE.baseUri().resolve(path))
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.headers().firstValue("Content-Type").orElse("") + " " + response.body();
    }
}
