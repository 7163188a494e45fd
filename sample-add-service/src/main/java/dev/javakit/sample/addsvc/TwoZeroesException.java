package dev.javakit.sample.addsvc;

import dev.javakit.annotations.ErrorStatus;

/** Go kit's {@code ErrTwoZeroes}: an arbitrary business rule of {@link AddService#sum}. */
@ErrorStatus(400)
public final class TwoZeroesException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with Go kit's message. */
    public TwoZeroesException() {
        super("can't sum two zeroes");
    }
}
