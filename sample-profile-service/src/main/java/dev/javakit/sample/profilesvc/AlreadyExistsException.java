package dev.javakit.sample.profilesvc;

import dev.javakit.annotations.ErrorStatus;

/** Thrown for creating a profile or address whose id is taken; answered 400 {@code {"error": "already exists"}}. */
@ErrorStatus(400)
public final class AlreadyExistsException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with the message Go kit's profilesvc answers with. */
    public AlreadyExistsException() {
        super("already exists");
    }
}
