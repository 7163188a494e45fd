package dev.javakit.resilience;

import dev.javakit.errors.HasStatus;
import java.time.Duration;
import java.util.Objects;

/**
 * A call refused by {@link RateLimiterMiddleware} because its endpoint is over its rate; answered
 * {@code 429 Too Many Requests} with {@code Retry-After}.
 */
public final class RateLimitedException extends RuntimeException implements HasStatus {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    /** Creates the refusal, telling the caller to wait {@code retryAfter} before trying again. */
    public RateLimitedException(Duration retryAfter) {
        // Refusals come by the thousand exactly when the service is busiest, and their stack would
        // only say "the rate limiter refused": none is filled in.
        super("too many requests", null, false, false);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** Returns 429. */
    @Override
    public int status() {
        return 429;
    }

    /** Returns how long the caller should wait: the limiter's refresh period. */
    @Override
    public Duration retryAfter() {
        return retryAfter;
    }
}
