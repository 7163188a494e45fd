package dev.javakit.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidArgumentsExceptionTest {

    @Test
    void namesEveryViolationInItsMessageAndIsTheCallersFault() {
        InvalidArgumentsException e = new InvalidArgumentsException(List.of(
                new Violation("a", "must be positive"), new Violation("", "a must be less than b")));

        assertThat(e.getMessage()).isEqualTo("invalid request: field 'a' must be positive; a must be less than b");
        assertThat(e.describeViolations()).isEqualTo("field 'a' must be positive; a must be less than b");
        assertThat(e.status()).isEqualTo(400);
        assertThat(Outcome.of(e)).isEqualTo(Outcome.CLIENT_ERROR);
    }

    @Test
    void needsAViolation() {
        assertThatIllegalArgumentException().isThrownBy(() -> new InvalidArgumentsException(List.of()));
    }
}
