package dev.javakit.transport.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpStatusExceptionTest {

    @Test
    void carriesStatusAndMessage() {
        HttpStatusException e = new HttpStatusException(404, "no such profile");

        assertThat(e.status()).isEqualTo(404);
        assertThat(e).hasMessage("no such profile");
        assertThat(e.headers()).isEmpty();
    }

    @Test
    void badRequestIs400() {
        HttpStatusException e = HttpStatusException.badRequest("bad page");

        assertThat(e.status()).isEqualTo(400);
        assertThat(e).hasMessage("bad page");
    }

    @Test
    void keepsCopyOfHeaders() {
        Map<String, String> headers = new HashMap<>(Map.of("Retry-After", "5"));

        HttpStatusException e = new HttpStatusException(429, "slow down", headers);
        headers.put("X-Other", "1");

        assertThat(e.headers()).containsExactly(Map.entry("Retry-After", "5"));
    }

    @Test
    void keepsCause() {
        IllegalArgumentException cause = new IllegalArgumentException("detail");

        HttpStatusException e = new HttpStatusException(400, "bad", cause);

        assertThat(e).hasCause(cause);
        assertThat(e.headers()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 200, 302, 399, 600, -1})
    void rejectsStatusOutsideErrorRange(int status) {
        assertThatIllegalArgumentException().isThrownBy(() -> new HttpStatusException(status, "x"));
        assertThatIllegalArgumentException().isThrownBy(() -> new HttpStatusException(status, "x", Map.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new HttpStatusException(status, "x", new RuntimeException()));
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 599})
    void acceptsBoundsOfErrorRange(int status) {
        assertThat(new HttpStatusException(status, "x").status()).isEqualTo(status);
    }
}
