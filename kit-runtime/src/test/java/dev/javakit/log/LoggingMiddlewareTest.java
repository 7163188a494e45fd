package dev.javakit.log;

import static dev.javakit.log.CapturingLogger.keys;
import static dev.javakit.log.CapturingLogger.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.javakit.annotations.ErrorStatus;
import dev.javakit.context.Context;
import dev.javakit.endpoint.Endpoint;
import dev.javakit.endpoint.EndpointInfo;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.slf4j.event.Level;
import org.slf4j.event.LoggingEvent;

class LoggingMiddlewareTest {

    private static final EndpointInfo GET_PROFILE = new EndpointInfo("Profiles", "getProfile");

    record Profile(String id) {
    }

    @ErrorStatus(404)
    static class NotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotFound(String message) {
            super(message);
        }
    }

    private final AtomicInteger calls = new AtomicInteger();

    @AfterEach
    void clearMdc() {
        MDC.clear();
    }

    private Endpoint<String, Profile> returning(Profile profile) {
        return (ctx, id) -> {
            calls.incrementAndGet();
            return profile;
        };
    }

    private Endpoint<String, Profile> throwing(Exception error) {
        return (ctx, id) -> {
            calls.incrementAndGet();
            throw error;
        };
    }

    private static LoggingEvent onlyEvent(CapturingLogger log) {
        assertThat(log.events()).hasSize(1);
        return log.events().get(0);
    }

    @Test
    void successReturnsTheSameResponseAndLogsInfoWithTheEndpointsServiceAndMethod() throws Exception {
        CapturingLogger log = CapturingLogger.from(Level.INFO);
        Profile profile = new Profile("p1");

        Profile response = new LoggingMiddleware(log).wrap(GET_PROFILE, returning(profile))
                .call(Context.background(), "p1");

        assertThat(response).isSameAs(profile);
        LoggingEvent event = onlyEvent(log);
        assertThat(event.getLevel()).isEqualTo(Level.INFO);
        assertThat(event.getMessage()).isEqualTo("call succeeded");
        assertThat(keys(event)).containsExactly("service", "method", "took");
        assertThat(value(event, "service")).isEqualTo("Profiles");
        assertThat(value(event, "method")).isEqualTo("getProfile");
        assertThat((String) value(event, "took")).matches("\\d+\\.\\d{3}ms");
    }

    @Test
    void tookCoversTheWholeCall() throws Exception {
        CapturingLogger log = CapturingLogger.from(Level.INFO);
        Endpoint<String, Profile> slow = (ctx, id) -> {
            Thread.sleep(30);
            return new Profile(id);
        };

        new LoggingMiddleware(log).wrap(GET_PROFILE, slow).call(Context.background(), "p1");

        String took = (String) value(onlyEvent(log), "took");
        assertThat(Double.parseDouble(took.replace("ms", ""))).isGreaterThanOrEqualTo(30.0);
    }

    @Test
    void clientErrorIsRethrownAsIsAndLoggedAsWarning() {
        CapturingLogger log = CapturingLogger.from(Level.INFO);
        NotFound error = new NotFound("no profile p1");
        Endpoint<String, Profile> endpoint = new LoggingMiddleware(log).wrap(GET_PROFILE, throwing(error));

        assertThatThrownBy(() -> endpoint.call(Context.background(), "p1")).isSameAs(error);

        LoggingEvent event = onlyEvent(log);
        assertThat(event.getLevel()).isEqualTo(Level.WARN);
        assertThat(event.getMessage()).isEqualTo("call failed");
        assertThat(keys(event)).containsExactly("service", "method", "took", "err", "exception");
        assertThat(value(event, "err")).isEqualTo("no profile p1");
        assertThat(value(event, "exception")).isEqualTo("NotFound");
        assertThat(event.getThrowable()).isNull();
    }

    @Test
    void unexpectedErrorIsRethrownAsIsAndLoggedAsErrorWithItsStackTrace() {
        CapturingLogger log = CapturingLogger.from(Level.INFO);
        IllegalStateException error = new IllegalStateException("database down");
        Endpoint<String, Profile> endpoint = new LoggingMiddleware(log).wrap(GET_PROFILE, throwing(error));

        assertThatThrownBy(() -> endpoint.call(Context.background(), "p1")).isSameAs(error);

        LoggingEvent event = onlyEvent(log);
        assertThat(event.getLevel()).isEqualTo(Level.ERROR);
        assertThat(value(event, "err")).isEqualTo("database down");
        assertThat(event.getThrowable()).isSameAs(error);
    }

    @Test
    void checkedExceptionIsRethrownAsIs() {
        CapturingLogger log = CapturingLogger.from(Level.INFO);
        IOException error = new IOException("disk full");
        Endpoint<String, Profile> endpoint = new LoggingMiddleware(log).wrap(GET_PROFILE, throwing(error));

        assertThatThrownBy(() -> endpoint.call(Context.background(), "p1")).isSameAs(error);

        assertThat(onlyEvent(log).getThrowable()).isSameAs(error);
    }

    @Test
    void traceIdFromTheMdcIsLogged() throws Exception {
        CapturingLogger log = CapturingLogger.from(Level.INFO);
        MDC.put("trace_id", "abc123");

        new LoggingMiddleware(log).wrap(GET_PROFILE, returning(new Profile("p1"))).call(Context.background(), "p1");

        LoggingEvent event = onlyEvent(log);
        assertThat(keys(event)).containsExactly("service", "method", "trace_id", "took");
        assertThat(value(event, "trace_id")).isEqualTo("abc123");
    }

    @Test
    void levelOffLogsNothingAndCallsNextOncePerCall() throws Exception {
        CapturingLogger log = CapturingLogger.off();
        LoggingMiddleware middleware = new LoggingMiddleware(log);
        Profile profile = new Profile("p1");
        NotFound clientError = new NotFound("gone");
        IllegalStateException unexpected = new IllegalStateException("boom");

        Profile response = middleware.wrap(GET_PROFILE, returning(profile)).call(Context.background(), "p1");
        assertThat(calls).hasValue(1);
        assertThatThrownBy(() -> middleware.wrap(GET_PROFILE, throwing(clientError)).call(Context.background(), "p1"))
                .isSameAs(clientError);
        assertThat(calls).hasValue(2);
        assertThatThrownBy(() -> middleware.wrap(GET_PROFILE, throwing(unexpected)).call(Context.background(), "p1"))
                .isSameAs(unexpected);
        assertThat(calls).hasValue(3);

        assertThat(response).isSameAs(profile);
        assertThat(log.events()).isEmpty();
    }

    @Test
    void errorLevelLogsOnlyServerErrors() throws Exception {
        CapturingLogger log = CapturingLogger.from(Level.ERROR);
        LoggingMiddleware middleware = new LoggingMiddleware(log);
        IllegalStateException unexpected = new IllegalStateException("boom");

        middleware.wrap(GET_PROFILE, returning(new Profile("p1"))).call(Context.background(), "p1");
        assertThatThrownBy(() -> middleware.wrap(GET_PROFILE, throwing(new NotFound("gone")))
                .call(Context.background(), "p1")).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> middleware.wrap(GET_PROFILE, throwing(unexpected))
                .call(Context.background(), "p1")).isSameAs(unexpected);

        LoggingEvent event = onlyEvent(log);
        assertThat(event.getLevel()).isEqualTo(Level.ERROR);
        assertThat(event.getThrowable()).isSameAs(unexpected);
    }

    @Test
    void warnLevelLogsFailuresButNotSuccesses() throws Exception {
        CapturingLogger log = CapturingLogger.from(Level.WARN);
        LoggingMiddleware middleware = new LoggingMiddleware(log);

        middleware.wrap(GET_PROFILE, returning(new Profile("p1"))).call(Context.background(), "p1");
        assertThatThrownBy(() -> middleware.wrap(GET_PROFILE, throwing(new NotFound("gone")))
                .call(Context.background(), "p1")).isInstanceOf(NotFound.class);

        assertThat(onlyEvent(log).getLevel()).isEqualTo(Level.WARN);
    }

    @Test
    void eachEndpointIsLoggedUnderItsOwnMethod() throws Exception {
        CapturingLogger log = CapturingLogger.from(Level.INFO);
        LoggingMiddleware middleware = new LoggingMiddleware(log);

        middleware.wrap(GET_PROFILE, returning(new Profile("p1"))).call(Context.background(), "p1");
        middleware.wrap(new EndpointInfo("Accounts", "close"), returning(new Profile("p1")))
                .call(Context.background(), "p1");

        assertThat(log.events()).extracting(event -> value(event, "service") + "." + value(event, "method"))
                .containsExactly("Profiles.getProfile", "Accounts.close");
    }

    @Test
    void rejectsMissingLogger() {
        assertThatNullPointerException().isThrownBy(() -> new LoggingMiddleware(null));
    }
}
