package dev.javakit.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.javakit.context.Context;
import dev.javakit.endpoint.Endpoint;
import dev.javakit.endpoint.EndpointInfo;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RateLimiterMiddlewareTest {

    private static final EndpointInfo GET = new EndpointInfo("svc", "get", true);
    private static final EndpointInfo LIST = new EndpointInfo("svc", "list", true);
    private static final Context CTX = Context.background();

    private final AtomicInteger calls = new AtomicInteger();
    private final Endpoint<String, String> echo = (ctx, request) -> {
        calls.incrementAndGet();
        return "echo " + request;
    };

    private static RateLimiterConfig perPeriod(int limit, Duration period) {
        return RateLimiterConfig.custom()
                .limitForPeriod(limit)
                .limitRefreshPeriod(period)
                .timeoutDuration(Duration.ZERO)
                .build();
    }

    private Endpoint<String, String> limitedTo(int limit, Duration period) {
        return new RateLimiterMiddleware(RateLimiter.of("l", perPeriod(limit, period))).wrap(GET, echo);
    }

    @Test
    void callsWithinTheLimitPass() throws Exception {
        Endpoint<String, String> limited = limitedTo(2, Duration.ofSeconds(10));

        assertThat(limited.call(CTX, "a")).isEqualTo("echo a");
        assertThat(limited.call(CTX, "b")).isEqualTo("echo b");
        assertThat(calls).hasValue(2);
    }

    @Test
    void callsOverTheLimitFailFastWithoutCallingTheEndpoint() throws Exception {
        Endpoint<String, String> limited = limitedTo(1, Duration.ofSeconds(10));
        limited.call(CTX, "a");

        long start = System.nanoTime();
        assertThatThrownBy(() -> limited.call(CTX, "b"))
                .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                    assertThat(e.status()).isEqualTo(429);
                    assertThat(e.getMessage()).isEqualTo("too many requests");
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(10));
                });
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
        assertThat(calls).hasValue(1);
    }

    @Test
    void permitsRefreshAfterThePeriod() throws Exception {
        Endpoint<String, String> limited = limitedTo(1, Duration.ofMillis(100));
        limited.call(CTX, "a");
        assertThatThrownBy(() -> limited.call(CTX, "b")).isInstanceOf(RateLimitedException.class);

        Thread.sleep(150);

        assertThat(limited.call(CTX, "c")).isEqualTo("echo c");
        assertThat(calls).hasValue(2);
    }

    @Test
    void oneLimiterIsSharedByEveryEndpointItWraps() throws Exception {
        RateLimiter limiter = RateLimiter.of("l", perPeriod(1, Duration.ofSeconds(10)));
        RateLimiterMiddleware middleware = new RateLimiterMiddleware(limiter);
        Endpoint<String, String> get = middleware.wrap(GET, echo);
        Endpoint<String, String> list = middleware.wrap(LIST, echo);

        get.call(CTX, "a");

        assertThatThrownBy(() -> list.call(CTX, "b")).isInstanceOf(RateLimitedException.class);
    }

    @Test
    void perEndpointLimitsEndpointsIndependently() throws Exception {
        RateLimiterRegistry registry = RateLimiterRegistry.of(perPeriod(1, Duration.ofSeconds(10)));
        RateLimiterMiddleware middleware = RateLimiterMiddleware.perEndpoint(registry);
        Endpoint<String, String> get = middleware.wrap(GET, echo);
        Endpoint<String, String> list = middleware.wrap(LIST, echo);

        assertThat(get.call(CTX, "a")).isEqualTo("echo a");
        assertThat(list.call(CTX, "b")).isEqualTo("echo b");
        assertThatThrownBy(() -> get.call(CTX, "c")).isInstanceOf(RateLimitedException.class);
        assertThatThrownBy(() -> list.call(CTX, "d")).isInstanceOf(RateLimitedException.class);
        assertThat(registry.getAllRateLimiters()).extracting(RateLimiter::getName)
                .containsExactlyInAnyOrder("svc.get", "svc.list");
    }

    @Test
    void perEndpointLimitersDoNotWaitEvenWhenTheRegistryDefaultDoes() throws Exception {
        RateLimiterConfig waiting = RateLimiterConfig.from(perPeriod(1, Duration.ofSeconds(10)))
                .timeoutDuration(Duration.ofSeconds(5))
                .build();
        RateLimiterRegistry registry = RateLimiterRegistry.of(waiting);
        Endpoint<String, String> get = RateLimiterMiddleware.perEndpoint(registry).wrap(GET, echo);
        get.call(CTX, "a");

        long start = System.nanoTime();
        assertThatThrownBy(() -> get.call(CTX, "b")).isInstanceOf(RateLimitedException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
    }

    @Test
    void rejectsALimiterThatWaitsForPermits() {
        RateLimiter waiting =
                RateLimiter.of("waiting", RateLimiterConfig.custom().timeoutDuration(Duration.ofSeconds(5)).build());

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RateLimiterMiddleware(waiting))
                .withMessageContaining("'waiting' waits up to PT5S")
                .withMessageContaining("timeoutDuration(Duration.ZERO)");
    }

    @Test
    void rejectsAWaitingLimiterRegisteredUnderTheEndpointsName() {
        RateLimiterRegistry registry = RateLimiterRegistry.of(perPeriod(1, Duration.ofSeconds(10)));
        registry.rateLimiter("svc.get", RateLimiterConfig.custom().timeoutDuration(Duration.ofSeconds(5)).build());
        RateLimiterMiddleware middleware = RateLimiterMiddleware.perEndpoint(registry);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> middleware.wrap(GET, echo))
                .withMessageContaining("'svc.get'");
    }

    @Test
    void endpointFailuresComeThroughAsTheyAre() {
        IllegalStateException failure = new IllegalStateException("boom");
        RateLimiter limiter = RateLimiter.of("l", perPeriod(5, Duration.ofSeconds(10)));
        Endpoint<String, String> limited = new RateLimiterMiddleware(limiter).wrap(GET, (ctx, request) -> {
            throw failure;
        });

        assertThatThrownBy(() -> limited.call(CTX, "a")).isSameAs(failure);
    }

    @Test
    void aDrainPolicySeesTheEndpointsFailures() throws Exception {
        RateLimiter limiter = RateLimiter.of("l", RateLimiterConfig.from(perPeriod(5, Duration.ofSeconds(10)))
                .drainPermissionsOnResult(outcome -> outcome.isLeft())
                .build());
        Endpoint<String, String> limited = new RateLimiterMiddleware(limiter).wrap(GET, (ctx, request) -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("upstream says slow down");
            }
            return "ok";
        });

        assertThatThrownBy(() -> limited.call(CTX, "a")).isInstanceOf(IllegalStateException.class);

        assertThatThrownBy(() -> limited.call(CTX, "b")).isInstanceOf(RateLimitedException.class);
        assertThat(calls).hasValue(1);
    }
}
