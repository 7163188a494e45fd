package dev.javakit.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.javakit.annotations.ErrorStatus;
import dev.javakit.context.Context;
import dev.javakit.endpoint.Endpoint;
import dev.javakit.endpoint.EndpointInfo;
import dev.javakit.transport.http.HttpStatusException;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryMiddlewareTest {

    private static final EndpointInfo GET = new EndpointInfo("svc", "get", true);
    private static final EndpointInfo POST = new EndpointInfo("svc", "post", false);
    private static final Context CTX = Context.background();
    private static final RetryConfig THREE_QUICK_ATTEMPTS = RetryConfig.custom()
            .maxAttempts(3)
            .waitDuration(Duration.ofMillis(1))
            .build();

    @ErrorStatus(404)
    static class NotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @ErrorStatus(503)
    static class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private final AtomicInteger calls = new AtomicInteger();

    /** An endpoint whose first {@code failures} calls throw what {@code failure} makes; later ones answer "ok". */
    private Endpoint<String, String> failingFirst(int failures, Supplier<? extends Exception> failure) {
        return (ctx, request) -> {
            if (calls.incrementAndGet() <= failures) {
                throw failure.get();
            }
            return "ok";
        };
    }

    @Test
    void idempotentEndpointFailingTwiceWithARetryableErrorIsCalledThreeTimes() throws Exception {
        Endpoint<String, String> retried = new RetryMiddleware(THREE_QUICK_ATTEMPTS)
                .wrap(GET, failingFirst(2, () -> new HttpStatusException(503, "unavailable")));

        assertThat(retried.call(CTX, "x")).isEqualTo("ok");
        assertThat(calls).hasValue(3);
    }

    @Test
    void nonIdempotentEndpointIsCalledExactlyOnce() {
        Endpoint<String, String> endpoint = failingFirst(2, () -> new HttpStatusException(503, "unavailable"));
        Endpoint<String, String> wrapped = new RetryMiddleware(THREE_QUICK_ATTEMPTS).wrap(POST, endpoint);

        assertThat(wrapped).isSameAs(endpoint);
        assertThatThrownBy(() -> wrapped.call(CTX, "x")).isInstanceOf(HttpStatusException.class);
        assertThat(calls).hasValue(1);
    }

    @Test
    void clientErrorsAreNotRetried() {
        NotFound notFound = new NotFound();
        Endpoint<String, String> retried =
                new RetryMiddleware(THREE_QUICK_ATTEMPTS).wrap(GET, failingFirst(2, () -> notFound));

        assertThatThrownBy(() -> retried.call(CTX, "x")).isSameAs(notFound);
        assertThat(calls).hasValue(1);
    }

    @Test
    void unexpectedExceptionsAreNotRetriedByDefault() {
        Endpoint<String, String> retried = new RetryMiddleware(THREE_QUICK_ATTEMPTS)
                .wrap(GET, failingFirst(2, () -> new IllegalStateException("bug")));

        assertThatThrownBy(() -> retried.call(CTX, "x")).isInstanceOf(IllegalStateException.class);
        assertThat(calls).hasValue(1);
    }

    @Test
    void afterMaxAttemptsTheLastFailureIsThrownAsItIs() {
        Unavailable[] last = new Unavailable[1];
        Endpoint<String, String> retried = new RetryMiddleware(THREE_QUICK_ATTEMPTS).wrap(GET, failingFirst(10, () -> {
            last[0] = new Unavailable();
            return last[0];
        }));

        assertThatThrownBy(() -> retried.call(CTX, "x")).isSameAs(last[0]);
        assertThat(calls).hasValue(3);
    }

    @Test
    void aCustomPredicateDecidesWhatIsRetried() throws Exception {
        Endpoint<String, String> retried = new RetryMiddleware(THREE_QUICK_ATTEMPTS, e -> e instanceof IOException)
                .wrap(GET, failingFirst(2, () -> new IOException("connection reset")));

        assertThat(retried.call(CTX, "x")).isEqualTo("ok");
        assertThat(calls).hasValue(3);
    }

    @Test
    void aCustomPredicateReplacesTheDefault() {
        Endpoint<String, String> retried = new RetryMiddleware(THREE_QUICK_ATTEMPTS, e -> e instanceof IOException)
                .wrap(GET, failingFirst(2, Unavailable::new));

        assertThatThrownBy(() -> retried.call(CTX, "x")).isInstanceOf(Unavailable.class);
        assertThat(calls).hasValue(1);
    }

    @Test
    void attemptsAreSpacedByTheConfiguredBackoff() throws Exception {
        RetryConfig exponential = RetryConfig.custom()
                .maxAttempts(3)
                .intervalFunction(IntervalFunction.ofExponentialBackoff(Duration.ofMillis(40), 2.0))
                .build();
        Endpoint<String, String> retried =
                new RetryMiddleware(exponential).wrap(GET, failingFirst(2, Unavailable::new));

        long start = System.nanoTime();
        assertThat(retried.call(CTX, "x")).isEqualTo("ok");

        // 40 ms, then 80 ms.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(120));
    }

    @Test
    void perEndpointTakesAttemptsFromTheRegistryAndRetriesOnlyRetryableFailures() {
        RetryRegistry registry =
                RetryRegistry.of(RetryConfig.custom().maxAttempts(2).waitDuration(Duration.ofMillis(1)).build());
        RetryMiddleware middleware = RetryMiddleware.perEndpoint(registry);

        assertThatThrownBy(() -> middleware.wrap(GET, failingFirst(10, Unavailable::new)).call(CTX, "x"))
                .isInstanceOf(Unavailable.class);
        assertThat(calls).hasValue(2);

        calls.set(0);
        assertThatThrownBy(() -> middleware.wrap(GET, failingFirst(10, NotFound::new)).call(CTX, "x"))
                .isInstanceOf(NotFound.class);
        assertThat(calls).hasValue(1);
        assertThat(registry.getAllRetries()).extracting(Retry::getName).containsExactly("svc.get");
    }

    @Test
    void perEndpointUsesARetryRegisteredUnderTheEndpointsName() {
        RetryRegistry registry = RetryRegistry.of(THREE_QUICK_ATTEMPTS);
        registry.retry("svc.get", RetryConfig.custom().maxAttempts(4).waitDuration(Duration.ofMillis(1)).build());

        Endpoint<String, String> retried =
                RetryMiddleware.perEndpoint(registry).wrap(GET, failingFirst(10, NotFound::new));

        assertThatThrownBy(() -> retried.call(CTX, "x")).isInstanceOf(NotFound.class);
        assertThat(calls).hasValue(4);
    }

    @ParameterizedTest
    @ValueSource(ints = {502, 503, 504})
    void gatewayAndUnavailableStatusesAreRetryable(int status) {
        assertThat(RetryMiddleware.isRetryable(new HttpStatusException(status, "transient"))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 404, 409, 429, 500, 501})
    void otherStatusesAreNotRetryable(int status) {
        assertThat(RetryMiddleware.isRetryable(new HttpStatusException(status, "final"))).isFalse();
    }

    @Test
    void overloadAndTimeoutsAreRetryable() {
        assertThat(RetryMiddleware.isRetryable(new OverloadedException())).isTrue();
        assertThat(RetryMiddleware.isRetryable(new EndpointTimeoutException())).isTrue();
    }

    @Test
    void anOpenCircuitAndARateLimitAreNotRetryable() {
        assertThat(RetryMiddleware.isRetryable(new CircuitOpenException(Duration.ofSeconds(1)))).isFalse();
        assertThat(RetryMiddleware.isRetryable(new RateLimitedException(Duration.ofSeconds(1)))).isFalse();
    }

    @Test
    void unexpectedExceptionsAreNotRetryable() {
        assertThat(RetryMiddleware.isRetryable(new IllegalStateException("bug"))).isFalse();
        assertThat(RetryMiddleware.isRetryable(new IOException("reset"))).isFalse();
    }

    @Test
    void annotatedExceptionsAreJudgedByTheirStatus() {
        assertThat(RetryMiddleware.isRetryable(new Unavailable())).isTrue();
        assertThat(RetryMiddleware.isRetryable(new NotFound())).isFalse();
    }
}
