package dev.javakit.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonWriterTest {

    record Greeting(String text, int times) {
    }

    private final JsonWriter<Greeting> writer = JsonCodec.standard().writer(Greeting.class);

    @Test
    void writesCompactUtf8Json() {
        byte[] bytes = writer.write(new Greeting("h\u00e9\"llo", 2));

        assertThat(new String(bytes, UTF_8)).isEqualTo("{\"text\":\"h\u00e9\\\"llo\",\"times\":2}");
    }

    @Test
    void writesNullAsJsonNull() {
        assertThat(new String(writer.write(null), UTF_8)).isEqualTo("null");
    }

    @Test
    void writesNullComponentsAsJsonNull() {
        assertThat(new String(writer.write(new Greeting(null, 0)), UTF_8)).isEqualTo("{\"text\":null,\"times\":0}");
    }
}
