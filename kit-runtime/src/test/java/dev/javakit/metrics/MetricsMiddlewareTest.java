package dev.javakit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.javakit.annotations.ErrorStatus;
import dev.javakit.context.Context;
import dev.javakit.endpoint.Endpoint;
import dev.javakit.endpoint.EndpointInfo;
import dev.javakit.transport.Transport;
import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MetricsMiddlewareTest {

    private static final EndpointInfo GET_PROFILE = new EndpointInfo("Profiles", "getProfile");

    record Profile(String id) {
    }

    @ErrorStatus(404)
    static class NotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private final MockClock clock = new MockClock();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);

    private Timer timer(String outcome, String exception) {
        return registry.get(ServiceMetrics.ENDPOINT_CALLS)
                .tags("service", "Profiles", "method", "getProfile", "outcome", outcome, "exception", exception)
                .timer();
    }

    /** An endpoint that takes {@code took} on the registry's clock, then returns {@code response}. */
    private Endpoint<String, Profile> taking(Duration took, Profile response) {
        return (ctx, id) -> {
            clock.add(took);
            return response;
        };
    }

    /** An endpoint that takes {@code took} on the registry's clock, then throws {@code error}. */
    private Endpoint<String, Profile> failingAfter(Duration took, Exception error) {
        return (ctx, id) -> {
            clock.add(took);
            throw error;
        };
    }

    @Test
    void successIsTimedUnderKitEndpointCallsAndTheResponseReturnedAsIs() throws Exception {
        Profile profile = new Profile("p1");

        Profile response = new MetricsMiddleware(registry).wrap(GET_PROFILE, taking(Duration.ofMillis(40), profile))
                .call(Context.background(), "p1");

        assertThat(response).isSameAs(profile);
        Timer success = timer("SUCCESS", "none");
        assertThat(success.count()).isEqualTo(1);
        assertThat(success.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(40.0);
        assertThat(registry.find(ServiceMetrics.SERVICE_CALLS).timers()).isEmpty();
    }

    @Test
    void tagsEachCallWithTheTransportItCameBy() throws Exception {
        Endpoint<String, Profile> timed = new MetricsMiddleware(registry).wrap(GET_PROFILE, taking(Duration.ZERO, new Profile("p1")));

        timed.call(Context.background().with(Transport.KEY, Transport.HTTP), "p1");
        timed.call(Context.background().with(Transport.KEY, Transport.JSON_RPC), "p1");
        timed.call(Context.background().with(Transport.KEY, Transport.JSON_RPC), "p1");
        timed.call(Context.background(), "p1");

        assertThat(transportCount("http")).isEqualTo(1);
        assertThat(transportCount("jsonrpc")).isEqualTo(2);
        assertThat(transportCount("none")).isEqualTo(1);
    }

    private long transportCount(String transport) {
        return registry.get(ServiceMetrics.ENDPOINT_CALLS).tags("outcome", "SUCCESS", "transport", transport).timer().count();
    }

    @Test
    void clientErrorIsTimedAndRethrownAsIs() {
        NotFound error = new NotFound();
        Endpoint<String, Profile> endpoint =
                new MetricsMiddleware(registry).wrap(GET_PROFILE, failingAfter(Duration.ofMillis(15), error));

        assertThatThrownBy(() -> endpoint.call(Context.background(), "p1")).isSameAs(error);

        Timer failed = timer("CLIENT_ERROR", "NotFound");
        assertThat(failed.count()).isEqualTo(1);
        assertThat(failed.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(15.0);
        assertThat(timer("SUCCESS", "none").count()).isZero();
    }

    @Test
    void unexpectedErrorIsAServerErrorAndRethrownAsIs() {
        IOException error = new IOException("disk full");
        Endpoint<String, Profile> endpoint =
                new MetricsMiddleware(registry).wrap(GET_PROFILE, failingAfter(Duration.ofMillis(5), error));

        assertThatThrownBy(() -> endpoint.call(Context.background(), "p1")).isSameAs(error);

        Timer failed = timer("SERVER_ERROR", "IOException");
        assertThat(failed.count()).isEqualTo(1);
        assertThat(failed.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(5.0);
    }

    @Test
    void callsAreCountedPerOutcome() throws Exception {
        MetricsMiddleware middleware = new MetricsMiddleware(registry);
        Endpoint<String, Profile> ok = middleware.wrap(GET_PROFILE, taking(Duration.ofMillis(1), new Profile("p1")));
        Endpoint<String, Profile> missing = middleware.wrap(GET_PROFILE, failingAfter(Duration.ofMillis(1), new NotFound()));

        ok.call(Context.background(), "p1");
        ok.call(Context.background(), "p1");
        assertThatThrownBy(() -> missing.call(Context.background(), "p2")).isInstanceOf(NotFound.class);

        assertThat(timer("SUCCESS", "none").count()).isEqualTo(2);
        assertThat(timer("CLIENT_ERROR", "NotFound").count()).isEqualTo(1);
        assertThat(registry.find(ServiceMetrics.ENDPOINT_CALLS).timers()).hasSize(2);
    }

    @Test
    void eachEndpointIsTaggedWithItsOwnServiceAndMethod() throws Exception {
        MetricsMiddleware middleware = new MetricsMiddleware(registry);

        middleware.wrap(new EndpointInfo("Accounts", "close"), taking(Duration.ofMillis(1), new Profile("a")))
                .call(Context.background(), "a");

        assertThat(registry.get(ServiceMetrics.ENDPOINT_CALLS)
                .tags("service", "Accounts", "method", "close", "outcome", "SUCCESS").timer().count()).isEqualTo(1);
    }

    @Test
    void rejectsMissingRegistry() {
        assertThatNullPointerException().isThrownBy(() -> new MetricsMiddleware(null));
    }
}
