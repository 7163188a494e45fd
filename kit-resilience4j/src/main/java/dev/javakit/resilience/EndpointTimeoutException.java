package dev.javakit.resilience;

import dev.javakit.errors.HasStatus;

/**
 * A call that {@link TimeoutMiddleware} stopped waiting for because it outlived its time limit;
 * answered {@code 504 Gateway Timeout}.
 */
public final class EndpointTimeoutException extends RuntimeException implements HasStatus {

    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public EndpointTimeoutException() {
        // The stack is the waiting thread's, which says nothing about where the call was slow.
        super("timed out", null, false, false);
    }

    /** Returns 504. */
    @Override
    public int status() {
        return 504;
    }
}
