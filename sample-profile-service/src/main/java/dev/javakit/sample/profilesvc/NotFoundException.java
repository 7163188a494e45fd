package dev.javakit.sample.profilesvc;

import dev.javakit.annotations.ErrorStatus;

/** Thrown for a profile or address that does not exist; answered 404 {@code {"error": "not found"}}. */
@ErrorStatus(404)
public final class NotFoundException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with the message Go kit's profilesvc answers with. */
    public NotFoundException() {
        super("not found");
    }
}
