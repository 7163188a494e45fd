package dev.javakit.suite;

import dev.javakit.annotations.ErrorStatus;

/** An order with too many lines, with a message for the client. */
@ErrorStatus(413)
public final class TooLargeException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with {@code message}. */
    public TooLargeException(String message) {
        super(message);
    }
}
