package dev.javakit.resilience;

import dev.javakit.errors.HasStatus;
import java.time.Duration;
import java.util.Objects;

/**
 * A call refused by {@link CircuitBreakerMiddleware} because its circuit is open (or half-open and
 * already trying enough calls); answered {@code 503 Service Unavailable} with {@code Retry-After}.
 */
public final class CircuitOpenException extends RuntimeException implements HasStatus {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    /** Creates the refusal, telling the caller to wait {@code retryAfter} before trying again. */
    public CircuitOpenException(Duration retryAfter) {
        // An open circuit refuses every call, and the stack would only say "the breaker refused".
        super("service unavailable", null, false, false);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** Returns 503. */
    @Override
    public int status() {
        return 503;
    }

    /** Returns how long the caller should wait: the time the breaker stays open. */
    @Override
    public Duration retryAfter() {
        return retryAfter;
    }
}
