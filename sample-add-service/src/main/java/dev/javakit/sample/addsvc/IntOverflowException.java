package dev.javakit.sample.addsvc;

import dev.javakit.annotations.ErrorStatus;

/** Go kit's {@code ErrIntOverflow}: a sum outside the 32-bit range. */
@ErrorStatus(400)
public final class IntOverflowException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with Go kit's message. */
    public IntOverflowException() {
        super("integer overflow");
    }
}
