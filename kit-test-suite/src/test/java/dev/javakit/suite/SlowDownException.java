package dev.javakit.suite;

import dev.javakit.annotations.ErrorStatus;

/** Too many orders from one caller: a fixed message. */
@ErrorStatus(429)
public final class SlowDownException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public SlowDownException() {
        super("slow down");
    }
}
