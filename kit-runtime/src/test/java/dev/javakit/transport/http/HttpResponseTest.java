package dev.javakit.transport.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpResponseTest {

    private static final byte[] BODY = "up 1\n".getBytes(UTF_8);

    @Test
    void jsonIs200WithTheUtf8JsonContentType() {
        HttpResponse response = HttpResponse.json(BODY);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("application/json; charset=utf-8").isEqualTo(HttpResponse.JSON);
        assertThat(response.body()).isSameAs(BODY);
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 201, 204, 301, 304, 399, 404, 503, 599})
    void finalStatusesAreAccepted(int status) {
        HttpResponse response = new HttpResponse(status, "text/plain", BODY);

        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo("text/plain");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 100, 199, 600})
    void interimAndInventedStatusesAreRejected(int status) {
        assertThatIllegalArgumentException().isThrownBy(() -> new HttpResponse(status, "text/plain", BODY))
                .withMessageContaining("200 to 599")
                .withMessageContaining(Integer.toString(status));
    }

    @Test
    void rejectsMissingParts() {
        assertThatNullPointerException().isThrownBy(() -> new HttpResponse(200, null, BODY));
        assertThatNullPointerException().isThrownBy(() -> new HttpResponse(200, "text/plain", null));
    }
}
