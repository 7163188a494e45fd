package dev.javakit.log;

import static dev.javakit.log.CapturingLogger.keys;
import static dev.javakit.log.CapturingLogger.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.javakit.annotations.ErrorStatus;
import dev.javakit.transport.http.HttpStatusException;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.slf4j.event.Level;
import org.slf4j.event.LoggingEvent;

class ServiceLoggerTest {

    private static final String TOOK = "\\d+\\.\\d{3}ms";

    @ErrorStatus(404)
    static class NotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotFound(String message) {
            super(message);
        }
    }

    @ErrorStatus(503)
    static class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unavailable(String message) {
            super(message);
        }
    }

    @AfterEach
    void clearMdc() {
        MDC.clear();
    }

    private static LoggingEvent onlyEvent(CapturingLogger log) {
        assertThat(log.events()).hasSize(1);
        return log.events().get(0);
    }

    private static double millis(Object took) {
        String text = (String) took;
        return Double.parseDouble(text.substring(0, text.length() - "ms".length()));
    }

    @Test
    void redactedValuesAreThreeStars() {
        assertThat(ServiceLogger.REDACTED).isEqualTo("***");
    }

    @Test
    void successLogsInfoWithServiceMethodArgumentsThenTook() {
        CapturingLogger log = CapturingLogger.from(Level.INFO);

        new ServiceLogger(log, "Profiles").succeeded("getProfile", System.nanoTime(), "id", "p1", "verbose", true);

        LoggingEvent event = onlyEvent(log);
        assertThat(event.getLevel()).isEqualTo(Level.INFO);
        assertThat(event.getMessage()).isEqualTo("call succeeded");
        assertThat(keys(event)).containsExactly("service", "method", "id", "verbose", "took");
        assertThat(value(event, "service")).isEqualTo("Profiles");
        assertThat(value(event, "method")).isEqualTo("getProfile");
        assertThat(value(event, "id")).isEqualTo("p1");
        assertThat(value(event, "verbose")).isEqualTo(true);
        assertThat((String) value(event, "took")).matches(TOOK);
        assertThat(event.getThrowable()).isNull();
    }

    @Test
    void aLargeValueIsCutAndSaysHowMuchWasLeftOut() {
        CapturingLogger log = CapturingLogger.from(Level.INFO);
        String body = "x".repeat(150_000);

        new ServiceLogger(log, "Profiles").succeeded("postProfile", System.nanoTime(), "profile", body, "id", "p1");

        LoggingEvent event = onlyEvent(log);
        assertThat(ServiceLogger.DEFAULT_MAX_VALUE_LENGTH).isEqualTo(1024);
        assertThat(value(event, "profile")).isEqualTo("x".repeat(1024) + "…(+148976 chars)");
        assertThat(value(event, "id")).isEqualTo("p1");
    }

    @Test
    void theLimitIsTheConstructorsAndAppliesToObjectsAndErrorMessages() {
        CapturingLogger log = CapturingLogger.from(Level.INFO);
        record Profile(String id, String name) {
        }
        ServiceLogger logger = new ServiceLogger(log, "Profiles", 10);

        logger.succeeded("getProfile", System.nanoTime(), "result", new Profile("p1", "Alice Liddell"),
                "short", "0123456789", "count", 12_345_678_901L, "level", Level.INFO);
        logger.failed("getProfile", System.nanoTime(), new NotFound("no profile with id p1"));

        LoggingEvent success = log.events().get(0);
        assertThat(value(success, "result")).isEqualTo("Profile[id…(+24 chars)");
        assertThat(value(success, "short")).isEqualTo("0123456789");
        assertThat(value(success, "count")).isEqualTo(12_345_678_901L);
        assertThat(value(success, "level")).isEqualTo(Level.INFO);
        assertThat(value(log.events().get(1), "err")).isEqualTo("no profile…(+11 chars)");
    }

    @Test
    void aCutNeverSplitsACharacter() {
        CapturingLogger log = CapturingLogger.from(Level.INFO);

        new ServiceLogger(log, "Profiles", 3).succeeded("getProfile", System.nanoTime(), "name", "ab\uD83D\uDE00cd");

        assertThat(value(onlyEvent(log), "name")).isEqualTo("ab…(+4 chars)");
    }

    @Test
    void refusesALimitBelowOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ServiceLogger(CapturingLogger.from(Level.INFO), "S", 0))
                .withMessageContaining("maxValueLength");
    }

    @Test
    void successWithoutArgumentsLogsServiceMethodAndTook() {
        CapturingLogger log = CapturingLogger.from(Level.INFO);

        new ServiceLogger(log, "Profiles").succeeded("list", System.nanoTime());

        assertThat(keys(onlyEvent(log))).containsExactly("service", "method", "took");
    }

    @Test
    void tookIsTheTimeSinceStartInMilliseconds() {
        CapturingLogger log = CapturingLogger.from(Level.INFO);
        long startedOneAndAHalfSecondsAgo = System.nanoTime() - 1_500_000_000L;

        new ServiceLogger(log, "Profiles").succeeded("getProfile", startedOneAndAHalfSecondsAgo);

        assertThat(millis(value(onlyEvent(log), "took"))).isBetween(1500.0, 60_000.0);
    }

    @Test
    void tookUsesADecimalPointWhateverTheDefaultLocale() {
        Locale original = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            assertThat(ServiceLogger.took(System.nanoTime() - 1_250_000L)).matches(TOOK);
        } finally {
            Locale.setDefault(original);
        }
    }

    @Test
    void traceIdFromTheMdcIsLoggedAfterTheArguments() {
        CapturingLogger log = CapturingLogger.from(Level.INFO);
        MDC.put("trace_id", "4bf92f3577b34da6a3ce929d0e0e4736");

        new ServiceLogger(log, "Profiles").succeeded("getProfile", System.nanoTime(), "id", "p1");

        LoggingEvent event = onlyEvent(log);
        assertThat(keys(event)).containsExactly("service", "method", "id", "trace_id", "took");
        assertThat(value(event, "trace_id")).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
    }

    @Test
    void clientErrorLogsWarnWithErrAndExceptionNameButNoStackTrace() {
        CapturingLogger log = CapturingLogger.from(Level.INFO);

        new ServiceLogger(log, "Profiles").failed("getProfile", System.nanoTime(), new NotFound("no profile p1"),
                "id", "p1");

        LoggingEvent event = onlyEvent(log);
        assertThat(event.getLevel()).isEqualTo(Level.WARN);
        assertThat(event.getMessage()).isEqualTo("call failed");
        assertThat(keys(event)).containsExactly("service", "method", "id", "took", "err", "exception");
        assertThat(value(event, "err")).isEqualTo("no profile p1");
        assertThat(value(event, "exception")).isEqualTo("NotFound");
        assertThat((String) value(event, "took")).matches(TOOK);
        assertThat(event.getThrowable()).isNull();
    }

    @Test
    void httpStatusExceptionBelow500LogsWarn() {
        CapturingLogger log = CapturingLogger.from(Level.INFO);

        new ServiceLogger(log, "Profiles").failed("getProfile", System.nanoTime(),
                new HttpStatusException(429, "slow down"));

        LoggingEvent event = onlyEvent(log);
        assertThat(event.getLevel()).isEqualTo(Level.WARN);
        assertThat(value(event, "exception")).isEqualTo("HttpStatusException");
    }

    @Test
    void unexpectedExceptionLogsErrorWithItsStackTrace() {
        CapturingLogger log = CapturingLogger.from(Level.INFO);
        IllegalStateException error = new IllegalStateException("database down");

        new ServiceLogger(log, "Profiles").failed("getProfile", System.nanoTime(), error, "id", "p1");

        LoggingEvent event = onlyEvent(log);
        assertThat(event.getLevel()).isEqualTo(Level.ERROR);
        assertThat(event.getMessage()).isEqualTo("call failed");
        assertThat(keys(event)).containsExactly("service", "method", "id", "took", "err");
        assertThat(value(event, "err")).isEqualTo("database down");
        assertThat(event.getThrowable()).isSameAs(error);
    }

    @Test
    void declaredServerErrorLogsErrorWithItsStackTrace() {
        CapturingLogger log = CapturingLogger.from(Level.INFO);
        Unavailable error = new Unavailable("try later");

        new ServiceLogger(log, "Profiles").failed("getProfile", System.nanoTime(), error);

        LoggingEvent event = onlyEvent(log);
        assertThat(event.getLevel()).isEqualTo(Level.ERROR);
        assertThat(event.getThrowable()).isSameAs(error);
    }

    @Test
    void failureCarriesTheTraceIdToo() {
        CapturingLogger log = CapturingLogger.from(Level.INFO);
        MDC.put("trace_id", "abc123");

        new ServiceLogger(log, "Profiles").failed("getProfile", System.nanoTime(), new NotFound("gone"), "id", "p1");

        LoggingEvent event = onlyEvent(log);
        assertThat(keys(event)).containsExactly("service", "method", "id", "trace_id", "took", "err", "exception");
        assertThat(value(event, "trace_id")).isEqualTo("abc123");
    }

    @Test
    void successesAreEnabledWithInfo() {
        assertThat(new ServiceLogger(CapturingLogger.from(Level.DEBUG), "S").isSucceededEnabled()).isTrue();
        assertThat(new ServiceLogger(CapturingLogger.from(Level.INFO), "S").isSucceededEnabled()).isTrue();
        assertThat(new ServiceLogger(CapturingLogger.from(Level.WARN), "S").isSucceededEnabled()).isFalse();
        assertThat(new ServiceLogger(CapturingLogger.off(), "S").isSucceededEnabled()).isFalse();
    }

    @Test
    void aDisabledLineNeitherLogsNorReadsTheValues() {
        // The generated decorators call succeeded/failed unguarded: the check inside must come first.
        Object unreadable = new Object() {
            @Override
            public String toString() {
                throw new AssertionError("a disabled line read its values");
            }
        };
        CapturingLogger warnOnly = CapturingLogger.from(Level.WARN);
        CapturingLogger off = CapturingLogger.off();

        new ServiceLogger(warnOnly, "S").succeeded("get", System.nanoTime(), "id", unreadable);
        new ServiceLogger(off, "S").failed("get", System.nanoTime(), new IllegalStateException("boom"), "id", unreadable);

        assertThat(warnOnly.events()).isEmpty();
        assertThat(off.events()).isEmpty();
    }

    @Test
    void clientErrorsAreEnabledWithWarn() {
        NotFound clientError = new NotFound("gone");

        assertThat(new ServiceLogger(CapturingLogger.from(Level.WARN), "S").isFailedEnabled(clientError)).isTrue();
        assertThat(new ServiceLogger(CapturingLogger.from(Level.ERROR), "S").isFailedEnabled(clientError)).isFalse();
        assertThat(new ServiceLogger(CapturingLogger.off(), "S").isFailedEnabled(clientError)).isFalse();
    }

    @Test
    void serverErrorsAreEnabledWithError() {
        IllegalStateException unexpected = new IllegalStateException("boom");
        Unavailable declared = new Unavailable("later");

        assertThat(new ServiceLogger(CapturingLogger.from(Level.ERROR), "S").isFailedEnabled(unexpected)).isTrue();
        assertThat(new ServiceLogger(CapturingLogger.from(Level.ERROR), "S").isFailedEnabled(declared)).isTrue();
        assertThat(new ServiceLogger(CapturingLogger.off(), "S").isFailedEnabled(unexpected)).isFalse();
    }

    @Test
    void rejectsMissingLoggerOrService() {
        assertThatNullPointerException().isThrownBy(() -> new ServiceLogger(null, "S"));
        assertThatNullPointerException().isThrownBy(() -> new ServiceLogger(CapturingLogger.off(), null));
    }
}
