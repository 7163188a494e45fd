package dev.javakit.suite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.javakit.transport.http.HttpServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Where each parameter is read from, per verb, over a real server: the exact wire format, then the
 * generated client's round trip over the same routes.
 */
class BodyBindingTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.builder()
                .address("127.0.0.1:0")
                .routes(AddServiceHttpRoutes.of(AddServiceEndpoints.of(new Adder())))
                .routes(BindingServiceHttpRoutes.of(BindingServiceEndpoints.of(new Echoes())))
                .build()
                .start();
    }

    @AfterEach
    void stop() {
        server.stop(Duration.ofSeconds(1));
    }

    @Test
    void speaksGoKitAddsvcWireFormat() throws Exception {
        assertThat(send("POST", "/sum", null, "{\"a\":1,\"b\":2}")).isEqualTo("200 {\"v\":3}");
        assertThat(send("POST", "/concat", null, "{\"a\":\"1\",\"b\":\"2\"}")).isEqualTo("200 {\"v\":\"12\"}");
    }

    @Test
    void readsTheRemainingParametersOfAPostAsBodyFieldsBesidePathAndHeader() throws Exception {
        assertThat(send("POST", "/notes/n1", "X-User", "{\"count\":2,\"text\":\"hi\"}"))
                .isEqualTo("200 {\"result\":\"id=n1 user=u count=2 text=Optional[hi]\"}");
        assertThat(send("POST", "/notes/n1", "X-User", "{\"count\":2}"))
                .isEqualTo("200 {\"result\":\"id=n1 user=u count=2 text=Optional.empty\"}");
    }

    @Test
    void readsALoneRecordOrCollectionAsTheBodyItself() throws Exception {
        assertThat(send("PUT", "/notes/", null, "{\"id\":\"n1\",\"text\":\"hi\"}"))
                .isEqualTo("200 {\"result\":{\"id\":\"n1\",\"text\":\"HI\"}}");
        assertThat(send("PATCH", "/notes/", null, "[\"a\",\"b\",\"c\"]")).isEqualTo("200 {\"result\":3}");
    }

    @Test
    void readsALoneSimpleParameterAsABodyField() throws Exception {
        assertThat(send("PATCH", "/notes/n1/text", null, "{\"text\":\"hi\"}"))
                .isEqualTo("200 {\"result\":\"n1:hi\"}");
    }

    @Test
    void readsTheWholeBodyIntoAnExplicitBodyAndOtherSimpleParametersFromTheQuery() throws Exception {
        assertThat(send("POST", "/raw?times=2", null, "\"ab\"")).isEqualTo("200 {\"result\":\"abab\"}");
        assertThat(send("POST", "/raw", null, "\"ab\""))
                .isEqualTo("400 {\"error\":\"missing query parameter 'times'\"}");
    }

    @Test
    void keepsAnExplicitQueryParameterOfAPostInTheQuery() throws Exception {
        assertThat(send("POST", "/mixed?page=3", null, "{\"text\":\"hi\"}")).isEqualTo("200 {\"result\":\"3:hi\"}");
    }

    @Test
    void readsSimpleParametersOfGetAndDeleteFromTheQuery() throws Exception {
        assertThat(send("GET", "/notes/?a=1&b=x", null, null)).isEqualTo("200 {\"result\":\"1:Optional[x]\"}");
        assertThat(send("DELETE", "/notes/n1?reason=old", null, null)).isEqualTo("200 {\"result\":\"n1:old\"}");
    }

    @Test
    void generatedClientsWriteWhatTheServerReads() {
        String base = "http://127.0.0.1:" + server.port();
        AddService add = AddServiceHttpClient.create(base);
        assertThat(add.sum(1, 2)).isEqualTo(3);
        assertThat(add.concat("1", "2")).isEqualTo("12");
        BindingService binding = BindingServiceHttpClient.create(base);
        assertThat(binding.post("n1", "u", 2, Optional.of("hi"))).isEqualTo("id=n1 user=u count=2 text=Optional[hi]");
        assertThat(binding.put(new Note("n1", "hi"))).isEqualTo(new Note("n1", "HI"));
        assertThat(binding.patch(List.of("a", "b"))).isEqualTo(2);
        assertThat(binding.patchText("n1", "hi")).isEqualTo("n1:hi");
        assertThat(binding.raw("ab", 2)).isEqualTo("abab");
        assertThat(binding.mixed(3, "hi")).isEqualTo("3:hi");
        assertThat(binding.get(1, Optional.empty())).isEqualTo("1:Optional.empty");
        assertThat(binding.delete("n1", "old")).isEqualTo("n1:old");
    }

    private String send(String method, String path, String user, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            request.header("X-User", "u");
        }
        HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }

    private static final class Adder implements AddService {
        @Override
        public int sum(int a, int b) {
            return a + b;
        }

        @Override
        public String concat(String a, String b) {
            return a + b;
        }
    }

    private static final class Echoes implements BindingService {
        @Override
        public String post(String id, String user, int count, Optional<String> text) {
            return "id=" + id + " user=" + user + " count=" + count + " text=" + text;
        }

        @Override
        public Note put(Note note) {
            return new Note(note.id(), note.text().toUpperCase(java.util.Locale.ROOT));
        }

        @Override
        public int patch(List<String> texts) {
            return texts.size();
        }

        @Override
        public String patchText(String id, String text) {
            return id + ":" + text;
        }

        @Override
        public String raw(String text, int times) {
            return text.repeat(times);
        }

        @Override
        public String mixed(int page, String text) {
            return page + ":" + text;
        }

        @Override
        public String get(int a, Optional<String> b) {
            return a + ":" + b;
        }

        @Override
        public String delete(String id, String reason) {
            return id + ":" + reason;
        }
    }
}
