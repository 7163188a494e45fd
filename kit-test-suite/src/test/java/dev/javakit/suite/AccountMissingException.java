package dev.javakit.suite;

import dev.javakit.annotations.ErrorStatus;

/** No such account: a client error. */
@ErrorStatus(404)
public final class AccountMissingException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public AccountMissingException() {
        super("no such account");
    }
}
