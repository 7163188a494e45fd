package dev.javakit.suite;

import dev.javakit.annotations.ErrorStatus;

/** No such order: its message is built from the id, so a client cannot rebuild it. */
@ErrorStatus(404)
public final class OrderNotFoundException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Creates the exception for the order {@code id}. */
    public OrderNotFoundException(String id) {
        super("order " + id + " not found");
    }
}
