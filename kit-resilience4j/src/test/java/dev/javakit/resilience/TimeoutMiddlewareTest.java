package dev.javakit.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.javakit.context.Context;
import dev.javakit.endpoint.Endpoint;
import dev.javakit.endpoint.EndpointInfo;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TimeoutMiddlewareTest {

    private static final EndpointInfo GET = new EndpointInfo("svc", "get", true);
    private static final Duration LIMIT = Duration.ofMillis(100);

    private final TimeoutMiddleware middleware = new TimeoutMiddleware(LIMIT);
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch interrupted = new CountDownLatch(1);

    /** Parks until {@link #release} opens or the call is interrupted, which it records. */
    private final Endpoint<String, String> slow = (ctx, request) -> {
        try {
            release.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            interrupted.countDown();
            throw e;
        }
        return "late";
    };

    @AfterEach
    void tearDown() {
        release.countDown();
        middleware.close();
    }

    @Test
    void aFastEndpointReturnsItsResponse() throws Exception {
        Endpoint<String, String> limited = middleware.wrap(GET, (ctx, request) -> "echo " + request);

        assertThat(limited.call(Context.background(), "a")).isEqualTo("echo a");
    }

    @Test
    void aSlowEndpointFailsWithEndpointTimeoutAfterRoughlyTheLimit() {
        Endpoint<String, String> limited = middleware.wrap(GET, slow);

        long start = System.nanoTime();
        assertThatThrownBy(() -> limited.call(Context.background(), "a"))
                .isInstanceOfSatisfying(EndpointTimeoutException.class, e -> {
                    assertThat(e.status()).isEqualTo(504);
                    assertThat(e.getMessage()).isEqualTo("timed out");
                });
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(took).isGreaterThanOrEqualTo(LIMIT).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void aCallThatTimedOutIsInterrupted() throws Exception {
        Endpoint<String, String> limited = middleware.wrap(GET, slow);

        assertThatThrownBy(() -> limited.call(Context.background(), "a")).isInstanceOf(EndpointTimeoutException.class);

        assertThat(interrupted.await(1, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aCallThatTimedOutIsLeftRunningWhenTheLimiterSaysNotToCancel() throws Exception {
        TimeLimiter keepRunning = TimeLimiter.of(
                TimeLimiterConfig.custom().timeoutDuration(LIMIT).cancelRunningFuture(false).build());
        AtomicInteger finished = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(1);
        try (TimeoutMiddleware patient = new TimeoutMiddleware(keepRunning)) {
            Endpoint<String, String> limited = patient.wrap(GET, (ctx, request) -> {
                String response = slow.call(ctx, request);
                finished.incrementAndGet();
                done.countDown();
                return response;
            });

            assertThatThrownBy(() -> limited.call(Context.background(), "a"))
                    .isInstanceOf(EndpointTimeoutException.class);
            release.countDown();

            assertThat(done.await(1, TimeUnit.SECONDS)).isTrue();
            assertThat(finished).hasValue(1);
            assertThat(interrupted.getCount()).isEqualTo(1);
        }
    }

    @Test
    void theDeadlineSeenDownstreamIsAtMostTheLimitAway() throws Exception {
        AtomicReference<Duration> remaining = new AtomicReference<>();
        Endpoint<String, String> limited = middleware.wrap(GET, (ctx, request) -> {
            remaining.set(ctx.remaining());
            return "ok";
        });

        limited.call(Context.background(), "a");

        assertThat(remaining.get()).isPositive().isLessThanOrEqualTo(LIMIT);
    }

    @Test
    void anEarlierDeadlineOfTheCallerIsKept() throws Exception {
        AtomicReference<Duration> remaining = new AtomicReference<>();
        Endpoint<String, String> limited = middleware.wrap(GET, (ctx, request) -> {
            remaining.set(ctx.remaining());
            return "ok";
        });

        limited.call(Context.background().withTimeout(Duration.ofMillis(30)), "a");

        assertThat(remaining.get()).isLessThanOrEqualTo(Duration.ofMillis(30));
    }

    @Test
    void contextValuesReachTheEndpoint() throws Exception {
        Context.Key<String> user = Context.Key.of("user", String.class);
        Endpoint<String, String> limited = middleware.wrap(GET, (ctx, request) -> ctx.get(user));

        assertThat(limited.call(Context.background().with(user, "alice"), "a")).isEqualTo("alice");
    }

    @Test
    void anEndpointExceptionComesThroughAsTheSameInstance() {
        IOException checked = new IOException("reset");
        IllegalStateException unchecked = new IllegalStateException("bug");
        TimeoutException ownTimeout = new TimeoutException("the endpoint's own");

        assertThatThrownBy(() -> middleware.wrap(GET, throwing(checked)).call(Context.background(), "a"))
                .isSameAs(checked);
        assertThatThrownBy(() -> middleware.wrap(GET, throwing(unchecked)).call(Context.background(), "a"))
                .isSameAs(unchecked);
        assertThatThrownBy(() -> middleware.wrap(GET, throwing(ownTimeout)).call(Context.background(), "a"))
                .isSameAs(ownTimeout);
    }

    @Test
    void anErrorComesThroughAsTheSameInstance() {
        AssertionError error = new AssertionError("broken invariant");
        Endpoint<String, String> limited = middleware.wrap(GET, (ctx, request) -> {
            throw error;
        });

        assertThatThrownBy(() -> limited.call(Context.background(), "a")).isSameAs(error);
    }

    @Test
    void theTimeLimiterHearsOfEveryOutcome() throws Exception {
        TimeLimiter timeLimiter = TimeLimiter.of(LIMIT);
        AtomicInteger successes = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger timeouts = new AtomicInteger();
        timeLimiter.getEventPublisher()
                .onSuccess(event -> successes.incrementAndGet())
                .onError(event -> errors.incrementAndGet())
                .onTimeout(event -> timeouts.incrementAndGet());
        try (TimeoutMiddleware reporting = new TimeoutMiddleware(timeLimiter)) {
            reporting.wrap(GET, (ctx, request) -> "ok").call(Context.background(), "a");
            Endpoint<String, String> failing = reporting.wrap(GET, throwing(new IOException("reset")));
            assertThatThrownBy(() -> failing.call(Context.background(), "a")).isInstanceOf(IOException.class);
            assertThatThrownBy(() -> reporting.wrap(GET, slow).call(Context.background(), "a"))
                    .isInstanceOf(EndpointTimeoutException.class);
        }

        assertThat(successes).hasValue(1);
        assertThat(errors).hasValue(1);
        assertThat(timeouts).hasValue(1);
    }

    @Test
    void closeShutsDownTheExecutorItCreated() {
        Endpoint<String, String> limited = middleware.wrap(GET, (ctx, request) -> "ok");

        middleware.close();

        assertThatThrownBy(() -> limited.call(Context.background(), "a"))
                .isInstanceOf(RejectedExecutionException.class);
    }

    @Test
    void closeLeavesAGivenExecutorRunning() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            new TimeoutMiddleware(TimeLimiter.of(LIMIT), executor).close();

            assertThat(executor.isShutdown()).isFalse();
            assertThat(executor.submit(() -> "still running").get(1, TimeUnit.SECONDS)).isEqualTo("still running");
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void callsRunOnTheGivenExecutor() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "given-pool"));
        try {
            Endpoint<String, String> limited = new TimeoutMiddleware(TimeLimiter.of(LIMIT), executor)
                    .wrap(GET, (ctx, request) -> Thread.currentThread().getName());

            assertThat(limited.call(Context.background(), "a")).isEqualTo("given-pool");
        } finally {
            executor.shutdownNow();
        }
    }

    private static Endpoint<String, String> throwing(Exception failure) {
        return (ctx, request) -> {
            throw failure;
        };
    }
}
