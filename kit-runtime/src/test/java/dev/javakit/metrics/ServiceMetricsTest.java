package dev.javakit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.javakit.annotations.ErrorStatus;
import dev.javakit.transport.http.HttpStatusException;
import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ServiceMetricsTest {

    @ErrorStatus(404)
    static class NotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @ErrorStatus(410)
    static class Gone extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private final MockClock clock = new MockClock();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);

    private Timer timer(String method, String outcome, String exception) {
        return registry.get(ServiceMetrics.SERVICE_CALLS)
                .tags("service", "Profiles", "method", method, "outcome", outcome, "exception", exception)
                .timer();
    }

    private void fail(ServiceMetrics.MethodTimer timer, RuntimeException error, Duration took) {
        long start = timer.start();
        clock.add(took);
        timer.failed(start, error);
    }

    private void succeed(ServiceMetrics.MethodTimer timer, Duration took) {
        long start = timer.start();
        clock.add(took);
        timer.succeeded(start);
    }

    @Test
    void timerNamesAreTheDocumentedOnes() {
        assertThat(ServiceMetrics.SERVICE_CALLS).isEqualTo("kit.service.calls");
        assertThat(ServiceMetrics.ENDPOINT_CALLS).isEqualTo("kit.endpoint.calls");
    }

    @Test
    void successTimerExistsWithNoCallsOnceTheMethodIsAskedFor() {
        ServiceMetrics.forService(registry, "Profiles").method("getProfile");

        Timer success = timer("getProfile", "SUCCESS", "none");
        assertThat(success.count()).isZero();
        assertThat(registry.getMeters()).hasSize(1);
    }

    @Test
    void successIsTimedOnTheRegistrysClock() {
        ServiceMetrics.MethodTimer getProfile = ServiceMetrics.forService(registry, "Profiles").method("getProfile");

        succeed(getProfile, Duration.ofMillis(250));

        Timer success = timer("getProfile", "SUCCESS", "none");
        assertThat(success.count()).isEqualTo(1);
        assertThat(success.totalTime(TimeUnit.NANOSECONDS)).isEqualTo(250_000_000.0);
    }

    @Test
    void startIsTheRegistrysMonotonicTime() {
        ServiceMetrics.MethodTimer getProfile = ServiceMetrics.forService(registry, "Profiles").method("getProfile");
        clock.add(Duration.ofSeconds(42));

        assertThat(getProfile.start()).isEqualTo(clock.monotonicTime());
    }

    @Test
    void clientErrorIsTaggedWithItsOutcomeAndSimpleClassName() {
        ServiceMetrics.MethodTimer getProfile = ServiceMetrics.forService(registry, "Profiles").method("getProfile");

        fail(getProfile, new NotFound(), Duration.ofMillis(12));

        Timer failed = timer("getProfile", "CLIENT_ERROR", "NotFound");
        assertThat(failed.count()).isEqualTo(1);
        assertThat(failed.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(12.0);
        assertThat(timer("getProfile", "SUCCESS", "none").count()).isZero();
    }

    @Test
    void unexpectedErrorIsAServerError() {
        ServiceMetrics.MethodTimer getProfile = ServiceMetrics.forService(registry, "Profiles").method("getProfile");

        fail(getProfile, new IllegalStateException("boom"), Duration.ofMillis(3));

        Timer failed = timer("getProfile", "SERVER_ERROR", "IllegalStateException");
        assertThat(failed.count()).isEqualTo(1);
        assertThat(failed.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(3.0);
    }

    @Test
    void callsAreCountedPerOutcome() {
        ServiceMetrics.MethodTimer getProfile = ServiceMetrics.forService(registry, "Profiles").method("getProfile");

        succeed(getProfile, Duration.ofMillis(1));
        succeed(getProfile, Duration.ofMillis(2));
        succeed(getProfile, Duration.ofMillis(3));
        fail(getProfile, new NotFound(), Duration.ofMillis(10));
        fail(getProfile, new NotFound(), Duration.ofMillis(20));
        fail(getProfile, new IllegalStateException(), Duration.ofMillis(100));

        assertThat(timer("getProfile", "SUCCESS", "none").count()).isEqualTo(3);
        assertThat(timer("getProfile", "SUCCESS", "none").totalTime(TimeUnit.MILLISECONDS)).isEqualTo(6.0);
        assertThat(timer("getProfile", "CLIENT_ERROR", "NotFound").count()).isEqualTo(2);
        assertThat(timer("getProfile", "CLIENT_ERROR", "NotFound").totalTime(TimeUnit.MILLISECONDS)).isEqualTo(30.0);
        assertThat(timer("getProfile", "SERVER_ERROR", "IllegalStateException").count()).isEqualTo(1);
        assertThat(registry.find(ServiceMetrics.SERVICE_CALLS).timers()).hasSize(3);
    }

    @Test
    void eachExceptionClassHasItsOwnTimer() {
        ServiceMetrics.MethodTimer getProfile = ServiceMetrics.forService(registry, "Profiles").method("getProfile");

        fail(getProfile, new NotFound(), Duration.ofMillis(1));
        fail(getProfile, new Gone(), Duration.ofMillis(1));
        fail(getProfile, new NotFound(), Duration.ofMillis(1));

        assertThat(timer("getProfile", "CLIENT_ERROR", "NotFound").count()).isEqualTo(2);
        assertThat(timer("getProfile", "CLIENT_ERROR", "Gone").count()).isEqualTo(1);
        assertThat(registry.find(ServiceMetrics.SERVICE_CALLS).tag("outcome", "CLIENT_ERROR").timers()).hasSize(2);
    }

    @Test
    void anonymousExceptionClassIsTaggedAnonymous() {
        ServiceMetrics.MethodTimer getProfile = ServiceMetrics.forService(registry, "Profiles").method("getProfile");

        fail(getProfile, new RuntimeException("inline") {
        }, Duration.ofMillis(1));

        assertThat(timer("getProfile", "SERVER_ERROR", "anonymous").count()).isEqualTo(1);
    }

    @Test
    void outcomeFollowsTheStatusOfEachHasStatusException() {
        ServiceMetrics.MethodTimer getProfile = ServiceMetrics.forService(registry, "Profiles").method("getProfile");

        fail(getProfile, new HttpStatusException(429, "slow down"), Duration.ofMillis(1));
        fail(getProfile, new HttpStatusException(503, "try later"), Duration.ofMillis(1));

        assertThat(timer("getProfile", "CLIENT_ERROR", "HttpStatusException").count()).isEqualTo(1);
        assertThat(timer("getProfile", "SERVER_ERROR", "HttpStatusException").count()).isEqualTo(1);
    }

    @Test
    void methodsAreSeparateSeries() {
        ServiceMetrics profiles = ServiceMetrics.forService(registry, "Profiles");
        ServiceMetrics.MethodTimer getProfile = profiles.method("getProfile");
        ServiceMetrics.MethodTimer putProfile = profiles.method("putProfile");

        succeed(getProfile, Duration.ofMillis(1));
        succeed(putProfile, Duration.ofMillis(1));
        succeed(putProfile, Duration.ofMillis(1));

        assertThat(timer("getProfile", "SUCCESS", "none").count()).isEqualTo(1);
        assertThat(timer("putProfile", "SUCCESS", "none").count()).isEqualTo(2);
    }

    @Test
    void askingForAMethodTwiceSharesItsTimers() {
        ServiceMetrics profiles = ServiceMetrics.forService(registry, "Profiles");

        succeed(profiles.method("getProfile"), Duration.ofMillis(1));
        succeed(profiles.method("getProfile"), Duration.ofMillis(1));

        assertThat(timer("getProfile", "SUCCESS", "none").count()).isEqualTo(2);
        assertThat(registry.getMeters()).hasSize(1);
    }

    @Test
    void constructorTakesTheTimerName() {
        new ServiceMetrics(registry, "custom.calls", "Profiles").method("getProfile");

        assertThat(registry.get("custom.calls").tags("service", "Profiles", "method", "getProfile").timer().count())
                .isZero();
        assertThat(registry.find(ServiceMetrics.SERVICE_CALLS).timers()).isEmpty();
    }

    @Test
    void rejectsMissingParts() {
        assertThatNullPointerException().isThrownBy(() -> new ServiceMetrics(null, "n", "s"));
        assertThatNullPointerException().isThrownBy(() -> new ServiceMetrics(registry, null, "s"));
        assertThatNullPointerException().isThrownBy(() -> new ServiceMetrics(registry, "n", null));
        assertThatNullPointerException().isThrownBy(() -> ServiceMetrics.forService(registry, "s").method(null));
    }
}
