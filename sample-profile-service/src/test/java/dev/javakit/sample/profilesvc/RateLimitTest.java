package dev.javakit.sample.profilesvc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.javakit.transport.http.HttpServer;
import io.opentelemetry.api.OpenTelemetry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The sample's token bucket: over the configured rate an endpoint answers 429 with Retry-After. */
class RateLimitTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpServer server;

    @AfterEach
    void stop() {
        server.stop(Duration.ofSeconds(1));
    }

    @Test
    void answers429WithRetryAfterOverTheRate() throws Exception {
        server = ProfileServiceMain.start(new Options("127.0.0.1:0", false, false, 3), OpenTelemetry.noop());

        List<HttpResponse<String>> answers = untilRefused("/profiles/nobody");

        // A fresh bucket holds the whole rate; more may pass if a second turns over meanwhile.
        assertThat(answers.size() - 1).as("calls answered before the first 429").isGreaterThanOrEqualTo(3);
        assertThat(answers.subList(0, answers.size() - 1)).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(404));
        HttpResponse<String> refused = answers.get(answers.size() - 1);
        assertThat(refused.body()).isEqualTo("{\"error\":\"too many requests\"}");
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
    }

    @Test
    void limitsEachEndpointOnItsOwn() throws Exception {
        server = ProfileServiceMain.start(new Options("127.0.0.1:0", false, false, 2), OpenTelemetry.noop());

        untilRefused("/profiles/nobody");

        assertThat(get("/profiles/nobody/addresses/").statusCode()).isEqualTo(404);
    }

    /**
     * Calls {@code path} until it answers 429, at most 100 times, and returns every answer, the 429
     * last: how many pass first depends on when the limiter's second turns over, not on the test.
     */
    private List<HttpResponse<String>> untilRefused(String path) throws Exception {
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            HttpResponse<String> answer = get(path);
            answers.add(answer);
            if (answer.statusCode() == 429) {
                return answers;
            }
        }
        throw new AssertionError("no 429 in 100 calls of " + path);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
