package dev.javakit.errors;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a request's arguments break the service's rules (Bean Validation constraints, for
 * one), naming every violation at once so that a client fixes them all in one round trip.
 *
 * <p>HTTP answers it 400 {@code {"error": "invalid request: field 'a' must be ...; field 'b' ...",
 * "violations": [{"field": "a", "message": "must be ..."}, ...]}}: Go kit's {@code error} member
 * says it all to a client reading only that, and {@code violations} lists the same for a client
 * that shows them field by field. JSON-RPC answers it {@code -32602 invalid params} with the
 * violations in the error's {@code data}, as it answers params that do not decode.
 */
public final class InvalidArgumentsException extends RuntimeException implements HasStatus {

    private static final long serialVersionUID = 1L;

    /** Violations are answered, not serialized: the exception never travels as Java bytes. */
    private final transient List<Violation> violations;

    /** Creates the exception for {@code violations}, at least one. */
    public InvalidArgumentsException(List<Violation> violations) {
        // No stack trace: the caller's input is at fault, and a flood of bad requests should not
        // pay for walking the stack.
        super("invalid request: " + describe(violations), null, false, false);
        this.violations = List.copyOf(violations);
    }

    /** Returns the violations, in the order they are answered. */
    public List<Violation> violations() {
        return violations == null ? List.of() : violations;
    }

    /** Returns every violation as one sentence: {@code field 'a' must be ...; field 'b' must be ...}. */
    public String describeViolations() {
        return describe(violations());
    }

    /** Returns 400: the caller's arguments are at fault. */
    @Override
    public int status() {
        return 400;
    }

    private static String describe(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid request has at least one violation");
        }
        return violations.stream().map(Violation::describe).collect(Collectors.joining("; "));
    }
}
