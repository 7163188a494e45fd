package dev.javakit.resilience;

import dev.javakit.errors.HasStatus;

/**
 * A call refused by {@link BulkheadMiddleware} because its endpoint already runs as many calls as
 * it may; answered {@code 503 Service Unavailable}.
 */
public final class OverloadedException extends RuntimeException implements HasStatus {

    private static final long serialVersionUID = 1L;

    /** Creates the refusal. */
    public OverloadedException() {
        // Refusals come by the thousand exactly when the service is busiest, and their stack would
        // only say "the bulkhead refused": none is filled in.
        super("too many concurrent calls", null, false, false);
    }

    /** Returns 503. */
    @Override
    public int status() {
        return 503;
    }
}
