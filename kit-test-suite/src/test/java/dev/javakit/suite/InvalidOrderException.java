package dev.javakit.suite;

import dev.javakit.annotations.ErrorStatus;

/** Input the service refuses, with a message for the client. */
@ErrorStatus(400)
public final class InvalidOrderException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with {@code message}. */
    public InvalidOrderException(String message) {
        super(message);
    }
}
