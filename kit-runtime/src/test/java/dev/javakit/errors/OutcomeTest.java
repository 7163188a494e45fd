package dev.javakit.errors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.javakit.annotations.ErrorStatus;
import dev.javakit.json.JsonDecodeException;
import dev.javakit.transport.http.HttpStatusException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutcomeTest {

    @ErrorStatus(404)
    static class NotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @ErrorStatus(503)
    static class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 201, 204, 299, 300, 301, 304, 399})
    void successAndRedirectStatusesAreSuccess(int status) {
        assertThat(Outcome.forStatus(status)).isEqualTo(Outcome.SUCCESS);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 404, 409, 429, 499})
    void fourHundredsAreClientErrors(int status) {
        assertThat(Outcome.forStatus(status)).isEqualTo(Outcome.CLIENT_ERROR);
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 599})
    void fiveHundredsAreServerErrors(int status) {
        assertThat(Outcome.forStatus(status)).isEqualTo(Outcome.SERVER_ERROR);
    }

    @Test
    void unknownStatusZeroIsAServerError() {
        assertThat(Outcome.forStatus(0)).isEqualTo(Outcome.SERVER_ERROR);
    }

    @Test
    void exceptionStandingForA4xxIsAClientError() {
        assertThat(Outcome.of(new NotFound())).isEqualTo(Outcome.CLIENT_ERROR);
        assertThat(Outcome.of(new HttpStatusException(429, "slow down"))).isEqualTo(Outcome.CLIENT_ERROR);
        assertThat(Outcome.of(new JsonDecodeException("not JSON", null))).isEqualTo(Outcome.CLIENT_ERROR);
    }

    @Test
    void exceptionStandingForA5xxIsAServerError() {
        assertThat(Outcome.of(new Unavailable())).isEqualTo(Outcome.SERVER_ERROR);
        assertThat(Outcome.of(new HttpStatusException(503, "later"))).isEqualTo(Outcome.SERVER_ERROR);
    }

    @Test
    void undeclaredExceptionIsAServerError() {
        assertThat(Outcome.of(new IllegalStateException("boom"))).isEqualTo(Outcome.SERVER_ERROR);
    }
}
