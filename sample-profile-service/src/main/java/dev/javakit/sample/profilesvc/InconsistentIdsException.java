package dev.javakit.sample.profilesvc;

import dev.javakit.annotations.ErrorStatus;

/** Thrown for a body whose id differs from the path's; answered 400 {@code {"error": "inconsistent IDs"}}. */
@ErrorStatus(400)
public final class InconsistentIdsException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with the message Go kit's profilesvc answers with. */
    public InconsistentIdsException() {
        super("inconsistent IDs");
    }
}
