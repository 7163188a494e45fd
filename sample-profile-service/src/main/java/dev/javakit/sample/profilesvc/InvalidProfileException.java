package dev.javakit.sample.profilesvc;

import dev.javakit.annotations.ErrorStatus;

/** Thrown for a profile or address that cannot be stored, such as one without an id; answered 400. */
@ErrorStatus(400)
public final class InvalidProfileException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message for the client, such as {@code "profile id must not be empty"}. */
    public InvalidProfileException(String message) {
        super(message);
    }
}
