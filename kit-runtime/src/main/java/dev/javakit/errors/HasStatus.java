package dev.javakit.errors;

import java.time.Duration;

/**
 * An exception that knows the HTTP status it is answered with, such as the HTTP transport's own
 * errors or a rate limiter's refusal.
 */
public interface HasStatus {

    /** Returns the HTTP status, 400 to 599. */
    int status();

    /**
     * Returns how long the caller should wait before trying again, answered as
     * {@code Retry-After}; {@code null} when there is nothing to say.
     */
    default Duration retryAfter() {
        return null;
    }
}
