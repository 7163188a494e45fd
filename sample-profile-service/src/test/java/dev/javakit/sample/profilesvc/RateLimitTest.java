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
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            answers.add(get("/profiles/nobody"));
        }
        assertThat(answers.subList(0, 3)).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(404));
        assertThat(answers.get(4).statusCode()).isEqualTo(429);
        assertThat(answers.get(4).body()).isEqualTo("{\"error\":\"too many requests\"}");
        assertThat(answers.get(4).headers().firstValue("Retry-After")).hasValue("1");
    }

    @Test
    void limitsEachEndpointOnItsOwn() throws Exception {
        server = ProfileServiceMain.start(new Options("127.0.0.1:0", false, false, 2), OpenTelemetry.noop());
        get("/profiles/nobody");
        get("/profiles/nobody");
        assertThat(get("/profiles/nobody").statusCode()).isEqualTo(429);
        assertThat(get("/profiles/nobody/addresses/").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
