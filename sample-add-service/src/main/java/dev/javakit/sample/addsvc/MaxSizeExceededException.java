package dev.javakit.sample.addsvc;

import dev.javakit.annotations.ErrorStatus;

/** Go kit's {@code ErrMaxSizeExceeded}: a concatenation longer than ten bytes. */
@ErrorStatus(400)
public final class MaxSizeExceededException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with Go kit's message. */
    public MaxSizeExceededException() {
        super("result exceeds maximum size");
    }
}
