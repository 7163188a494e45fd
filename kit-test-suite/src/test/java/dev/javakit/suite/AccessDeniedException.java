package dev.javakit.suite;

import dev.javakit.annotations.ErrorStatus;

/** Wrong credentials: a client error. */
@ErrorStatus(403)
public final class AccessDeniedException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public AccessDeniedException() {
        super("access denied");
    }
}
