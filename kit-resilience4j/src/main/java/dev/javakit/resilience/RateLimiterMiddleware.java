package dev.javakit.resilience;

import dev.javakit.endpoint.Endpoint;
import dev.javakit.endpoint.EndpointInfo;
import dev.javakit.endpoint.Middleware;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

/**
 * Refuses calls over a Resilience4j {@link RateLimiter}'s rate with a {@link RateLimitedException}
 * (429), at once and without waiting, like Go kit's {@code ratelimit.NewErroringLimiter}.
 *
 * <pre>{@code
 * RateLimiter limiter = RateLimiter.of("profiles", RateLimiterConfig.custom()
 *         .limitForPeriod(100)
 *         .limitRefreshPeriod(Duration.ofSeconds(1))
 *         .timeoutDuration(Duration.ZERO)
 *         .build());
 * endpoints.with(new RateLimiterMiddleware(limiter));
 * }</pre>
 *
 * <p>Resilience4j's {@code acquirePermission()} waits up to the limiter's {@code timeoutDuration}
 * for a permit; a limiter that waits would hold a server thread for every call over the rate, so
 * only limiters configured with {@code timeoutDuration(Duration.ZERO)} are accepted.
 */
public final class RateLimiterMiddleware implements Middleware {

    private final Function<EndpointInfo, RateLimiter> limiters;

    /** Creates the middleware sharing {@code limiter}'s rate among every endpoint it wraps. */
    public RateLimiterMiddleware(RateLimiter limiter) {
        Objects.requireNonNull(limiter, "limiter");
        checkDoesNotWait(limiter);
        this.limiters = endpoint -> limiter;
    }

    private RateLimiterMiddleware(Function<EndpointInfo, RateLimiter> limiters) {
        this.limiters = limiters;
    }

    /**
     * Returns a middleware giving each endpoint its own limiter from {@code registry}, named after
     * {@link EndpointInfo#fullName()}: a limiter registered under that name is used as it is; others
     * are created from the registry's default configuration, without the wait for a permit.
     */
    public static RateLimiterMiddleware perEndpoint(RateLimiterRegistry registry) {
        Objects.requireNonNull(registry, "registry");
        return new RateLimiterMiddleware(endpoint -> registry.rateLimiter(endpoint.fullName(),
                () -> RateLimiterConfig.from(registry.getDefaultConfig()).timeoutDuration(Duration.ZERO).build()));
    }

    @Override
    public <Req, Resp> Endpoint<Req, Resp> wrap(EndpointInfo endpoint, Endpoint<Req, Resp> next) {
        Objects.requireNonNull(next, "next");
        RateLimiter limiter = limiters.apply(endpoint);
        checkDoesNotWait(limiter);
        Duration retryAfter = limiter.getRateLimiterConfig().getLimitRefreshPeriod();
        return (ctx, request) -> {
            if (!limiter.acquirePermission()) {
                throw new RateLimitedException(retryAfter);
            }
            Resp response;
            try {
                response = next.call(ctx, request);
            } catch (Throwable e) {
                // Outcomes are reported so that a drainPermissionsOnResult policy sees every one.
                limiter.onError(e);
                throw e;
            }
            limiter.onResult(response);
            return response;
        };
    }

    private static void checkDoesNotWait(RateLimiter limiter) {
        Duration wait = limiter.getRateLimiterConfig().getTimeoutDuration();
        if (!wait.isZero()) {
            throw new IllegalArgumentException("rate limiter '" + limiter.getName() + "' waits up to " + wait
                    + " for a permit, but RateLimiterMiddleware refuses calls over the rate at once;"
                    + " configure it with timeoutDuration(Duration.ZERO)");
        }
    }
}
