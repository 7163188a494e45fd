package dev.javakit.suite;

import dev.javakit.annotations.ErrorStatus;

/** The result would be too large: a fixed message. */
@ErrorStatus(400)
public final class MaxSizeExceededException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public MaxSizeExceededException() {
        super("result exceeds maximum size");
    }
}
