package dev.javakit.transport.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.javakit.json.JsonCodec;
import dev.javakit.json.JsonDecodeException;
import dev.javakit.json.JsonReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpServerRequestTest {

    record Address(String id, String city) {
    }

    /** A request that is nothing but a body, to exercise the interface's default JSON reading. */
    private record BodyOnly(byte[] body) implements HttpServerRequest {

        BodyOnly(String body) {
            this(body.getBytes(UTF_8));
        }

        @Override
        public String method() {
            return "POST";
        }

        @Override
        public String path() {
            return "/addresses";
        }

        @Override
        public String routeTemplate() {
            return "/addresses";
        }

        @Override
        public String pathParam(String name) {
            return null;
        }

        @Override
        public String queryParam(String name) {
            return null;
        }

        @Override
        public List<String> queryParams(String name) {
            return List.of();
        }

        @Override
        public String header(String name) {
            return null;
        }

        @Override
        public List<String> headers(String name) {
            return List.of();
        }
    }

    private final JsonReader<Address> reader = JsonCodec.standard().reader(Address.class);

    private HttpStatusException failure(String body) {
        HttpStatusException e = catchThrowableOfType(HttpStatusException.class, () -> new BodyOnly(body).body(reader));
        assertThat(e).as("reading %s", body).isNotNull();
        return e;
    }

    @Test
    void readsJsonBody() {
        assertThat(new BodyOnly("{\"id\":\"a1\",\"city\":\"Oslo\"}").body(reader)).isEqualTo(new Address("a1", "Oslo"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\r\n\t "})
    void emptyOrWhitespaceBodyIs400(String body) {
        HttpStatusException e = failure(body);

        assertThat(e.status()).isEqualTo(400);
        assertThat(e).hasMessage("request body is empty; expected JSON");
    }

    @Test
    void nullBodyIs400() {
        HttpStatusException e = failure(" null ");

        assertThat(e.status()).isEqualTo(400);
        assertThat(e).hasMessage("request body must not be null");
    }

    @Test
    void wrongTypeIs400NamingTheField() {
        HttpStatusException e = failure("{\"id\":1}");

        assertThat(e.status()).isEqualTo(400);
        assertThat(e).hasMessage("invalid request body: field 'id' must be a string")
                .hasCauseInstanceOf(JsonDecodeException.class);
    }

    @Test
    void malformedJsonIs400() {
        HttpStatusException e = failure("{\"id\":");

        assertThat(e.status()).isEqualTo(400);
        assertThat(e.getMessage()).startsWith("invalid request body: malformed JSON");
    }
}
