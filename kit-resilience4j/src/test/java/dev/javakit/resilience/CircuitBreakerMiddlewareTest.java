package dev.javakit.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.javakit.annotations.ErrorStatus;
import dev.javakit.context.Context;
import dev.javakit.endpoint.Endpoint;
import dev.javakit.endpoint.EndpointInfo;
import dev.javakit.transport.http.HttpStatusException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CircuitBreakerMiddlewareTest {

    private static final EndpointInfo GET = new EndpointInfo("svc", "get", true);
    private static final EndpointInfo LIST = new EndpointInfo("svc", "list", true);
    private static final Context CTX = Context.background();
    private static final Duration WAIT = Duration.ofMillis(200);

    /** Opens when half of the last four calls failed, for {@link #WAIT}; one trial call when half-open. */
    private static final CircuitBreakerConfig SMALL = CircuitBreakerConfig.custom()
            .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
            .slidingWindowSize(4)
            .minimumNumberOfCalls(4)
            .failureRateThreshold(50)
            .waitDurationInOpenState(WAIT)
            .permittedNumberOfCallsInHalfOpenState(1)
            .build();

    @ErrorStatus(404)
    static class NotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private final AtomicInteger calls = new AtomicInteger();
    /** Fails while {@link #failing} is set, with whatever {@link #failure} makes. */
    private volatile boolean failing = true;
    private volatile RuntimeException failure = new HttpStatusException(502, "bad gateway");

    private final Endpoint<String, String> flaky = (ctx, request) -> {
        calls.incrementAndGet();
        if (failing) {
            throw failure;
        }
        return "ok " + request;
    };

    private static void failTimes(Endpoint<String, String> endpoint, int times) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> endpoint.call(CTX, "x")).isNotInstanceOf(CircuitOpenException.class);
        }
    }

    @Test
    void responsesPassThroughWhileClosed() throws Exception {
        failing = false;
        Endpoint<String, String> guarded = new CircuitBreakerMiddleware(CircuitBreaker.of("b", SMALL)).wrap(GET, flaky);

        assertThat(guarded.call(CTX, "a")).isEqualTo("ok a");
    }

    @Test
    void opensAfterServerErrorsThenFailsFastWithoutCallingTheEndpoint() {
        CircuitBreaker breaker = CircuitBreaker.of("b", SMALL);
        Endpoint<String, String> guarded = new CircuitBreakerMiddleware(breaker).wrap(GET, flaky);

        failTimes(guarded, 4);

        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThatThrownBy(() -> guarded.call(CTX, "x"))
                .isInstanceOfSatisfying(CircuitOpenException.class, e -> {
                    assertThat(e.status()).isEqualTo(503);
                    assertThat(e.getMessage()).isEqualTo("service unavailable");
                    assertThat(e.retryAfter()).isEqualTo(WAIT);
                });
        assertThat(calls).hasValue(4);
    }

    @Test
    void unexpectedExceptionsCountAsFailures() {
        failure = new IllegalStateException("bug");
        CircuitBreaker breaker = CircuitBreaker.of("b", SMALL);
        Endpoint<String, String> guarded = new CircuitBreakerMiddleware(breaker).wrap(GET, flaky);

        failTimes(guarded, 4);

        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    @Test
    void halfOpensAfterTheWaitAndASuccessClosesIt() throws Exception {
        CircuitBreaker breaker = CircuitBreaker.of("b", SMALL);
        Endpoint<String, String> guarded = new CircuitBreakerMiddleware(breaker).wrap(GET, flaky);
        failTimes(guarded, 4);
        assertThatThrownBy(() -> guarded.call(CTX, "x")).isInstanceOf(CircuitOpenException.class);

        failing = false;
        Thread.sleep(WAIT.toMillis() + 50);

        assertThat(guarded.call(CTX, "trial")).isEqualTo("ok trial");
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(guarded.call(CTX, "next")).isEqualTo("ok next");
        assertThat(calls).hasValue(6);
    }

    @Test
    void aFailedTrialOpensItAgain() throws Exception {
        CircuitBreaker breaker = CircuitBreaker.of("b", SMALL);
        Endpoint<String, String> guarded = new CircuitBreakerMiddleware(breaker).wrap(GET, flaky);
        failTimes(guarded, 4);

        Thread.sleep(WAIT.toMillis() + 50);
        failTimes(guarded, 1);

        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThatThrownBy(() -> guarded.call(CTX, "x")).isInstanceOf(CircuitOpenException.class);
    }

    @Test
    void clientErrorsDoNotOpenIt() {
        NotFound notFound = new NotFound();
        failure = notFound;
        CircuitBreaker breaker = CircuitBreaker.of("b", SMALL);
        Endpoint<String, String> guarded = new CircuitBreakerMiddleware(breaker).wrap(GET, flaky);

        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> guarded.call(CTX, "x")).isSameAs(notFound);
        }

        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
        assertThat(calls).hasValue(10);
    }

    @Test
    void perEndpointBreakersOpenIndependently() throws Exception {
        CircuitBreakerRegistry registry = CircuitBreakerRegistry.of(SMALL);
        CircuitBreakerMiddleware middleware = CircuitBreakerMiddleware.perEndpoint(registry);
        Endpoint<String, String> get = middleware.wrap(GET, flaky);
        Endpoint<String, String> list = middleware.wrap(LIST, (ctx, request) -> "listed");

        failTimes(get, 4);

        assertThatThrownBy(() -> get.call(CTX, "x")).isInstanceOf(CircuitOpenException.class);
        assertThat(list.call(CTX, "x")).isEqualTo("listed");
        assertThat(registry.circuitBreaker("svc.get").getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(registry.circuitBreaker("svc.list").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void oneBreakerIsSharedByEveryEndpointItWraps() {
        CircuitBreakerMiddleware middleware = new CircuitBreakerMiddleware(CircuitBreaker.of("b", SMALL));
        Endpoint<String, String> get = middleware.wrap(GET, flaky);
        Endpoint<String, String> list = middleware.wrap(LIST, (ctx, request) -> "listed");

        failTimes(get, 4);

        assertThatThrownBy(() -> list.call(CTX, "x")).isInstanceOf(CircuitOpenException.class);
    }
}
