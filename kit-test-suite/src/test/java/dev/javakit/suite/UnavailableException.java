package dev.javakit.suite;

import dev.javakit.annotations.ErrorStatus;

/** The service cannot serve the call now, with a message for the client. */
@ErrorStatus(503)
public final class UnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with {@code message}. */
    public UnavailableException(String message) {
        super(message);
    }
}
