package dev.javakit.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.javakit.annotations.ErrorStatus;
import dev.javakit.json.JsonDecodeException;
import dev.javakit.transport.http.HttpRoutes;
import dev.javakit.transport.http.HttpStatusException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorStatusesTest {

    @ErrorStatus(404)
    static class NotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotFound(String message) {
            super(message);
        }
    }

    static class ProfileNotFound extends NotFound {
        private static final long serialVersionUID = 1L;

        ProfileNotFound(String message) {
            super(message);
        }
    }

    @ErrorStatus(410)
    static class ProfileGone extends NotFound {
        private static final long serialVersionUID = 1L;

        ProfileGone(String message) {
            super(message);
        }
    }

    @ErrorStatus(409)
    static class Forbidden extends Exception {
        private static final long serialVersionUID = 1L;

        Forbidden(String message) {
            super(message);
        }
    }

    @ErrorStatus(409)
    static class Throttled extends RuntimeException implements HasStatus {
        private static final long serialVersionUID = 1L;

        Throttled(String message) {
            super(message);
        }

        @Override
        public int status() {
            return 429;
        }
    }

    @ErrorStatus(400)
    static class LowestError extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @ErrorStatus(599)
    static class HighestError extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @ErrorStatus(302)
    static class Redirect extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @ErrorStatus(399)
    static class JustBelowErrors extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @ErrorStatus(600)
    static class BeyondErrors extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void hasStatusIsAskedFirst() {
        assertThat(ErrorStatuses.statusOf(new Throttled("slow down"))).isEqualTo(429);
    }

    @Test
    void httpStatusExceptionGivesItsOwnStatus() {
        assertThat(ErrorStatuses.statusOf(new HttpStatusException(413, "too big"))).isEqualTo(413);
        assertThat(ErrorStatuses.statusOf(new HttpStatusException(503, "later"))).isEqualTo(503);
    }

    @Test
    void undecodableJsonIs400() {
        assertThat(ErrorStatuses.statusOf(new JsonDecodeException("field 'name' must be a string", null)))
                .isEqualTo(400);
    }

    @Test
    void annotatedExceptionGivesItsAnnotationStatus() {
        assertThat(ErrorStatuses.statusOf(new NotFound("no such profile"))).isEqualTo(404);
    }

    @Test
    void annotatedCheckedExceptionGivesItsAnnotationStatus() {
        assertThat(ErrorStatuses.statusOf(new Forbidden("not yours"))).isEqualTo(409);
    }

    @Test
    void subclassInheritsItsSuperclassAnnotation() {
        assertThat(ErrorStatuses.statusOf(new ProfileNotFound("no profile p1"))).isEqualTo(404);
    }

    @Test
    void subclassOwnAnnotationWinsOverItsSuperclass() {
        assertThat(ErrorStatuses.statusOf(new ProfileGone("p1 was deleted"))).isEqualTo(410);
    }

    @Test
    void annotationBoundsAreErrorStatuses() {
        assertThat(ErrorStatuses.statusOf(new LowestError())).isEqualTo(400);
        assertThat(ErrorStatuses.statusOf(new HighestError())).isEqualTo(599);
    }

    @Test
    void annotationOutsideTheErrorRangeIsIgnored() {
        assertThat(ErrorStatuses.statusOf(new Redirect())).isZero();
        assertThat(ErrorStatuses.statusOf(new JustBelowErrors())).isZero();
        assertThat(ErrorStatuses.statusOf(new BeyondErrors())).isZero();
    }

    @Test
    void undeclaredExceptionIsZero() {
        assertThat(ErrorStatuses.statusOf(new IllegalStateException("boom"))).isZero();
        assertThat(ErrorStatuses.statusOf(new Exception("checked"))).isZero();
        assertThat(ErrorStatuses.statusOf(new AssertionError("an error"))).isZero();
    }

    @Test
    void sameClassAnswersTheSameEveryTime() {
        assertThat(ErrorStatuses.statusOf(new NotFound("a"))).isEqualTo(404);
        assertThat(ErrorStatuses.statusOf(new NotFound("b"))).isEqualTo(404);
        assertThat(ErrorStatuses.statusOf(new IllegalStateException("a"))).isZero();
        assertThat(ErrorStatuses.statusOf(new IllegalStateException("b"))).isZero();
    }

    @Test
    void errorStatusesAreFourHundredToFiveNinetyNine() {
        assertThat(ErrorStatuses.requireErrorStatus(400)).isEqualTo(400);
        assertThat(ErrorStatuses.requireErrorStatus(599)).isEqualTo(599);
        assertThatThrownBy(() -> ErrorStatuses.requireErrorStatus(399))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an error status is 400 to 599, not 399");
        assertThatThrownBy(() -> ErrorStatuses.requireErrorStatus(600))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an error status is 400 to 599, not 600");
        // The builders that take a status by hand check it the same way.
        assertThatThrownBy(() -> HttpRoutes.builder().errorStatus(IllegalStateException.class, 200))
                .hasMessage("an error status is 400 to 599, not 200");
        assertThatThrownBy(() -> new HttpStatusException(302, "moved", Map.of()))
                .hasMessage("an error status is 400 to 599, not 302");
    }
}
