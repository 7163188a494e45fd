package dev.javakit.transport;

/**
 * How far a failed client call got, which decides whether sending it again is safe: a request
 * that never left may go anywhere, one that may have been processed only when it is idempotent,
 * and an answer is final.
 */
public enum Delivery {

    /** The request never reached a server (connection refused, connect timeout): any call may be sent again. */
    NOT_DELIVERED,

    /**
     * The request may have reached the server, but no answer came (connection reset or closed,
     * timeout): only an idempotent call may be sent again.
     */
    NO_ANSWER,

    /** The server answered; the failure is its answer, and sending the call again is not a transport's decision. */
    ANSWERED;

    /**
     * Returns how far the call that threw {@code failure} got: what a {@link TransportFailure} says,
     * {@link #ANSWERED} for anything else (the service's own exceptions, an error response).
     */
    public static Delivery of(Throwable failure) {
        return failure instanceof TransportFailure transportFailure ? transportFailure.delivery() : ANSWERED;
    }
}
