package dev.javakit.transport.http.client;

import dev.javakit.errors.HasStatus;
import dev.javakit.transport.Delivery;
import dev.javakit.transport.TransportFailure;

/**
 * A call over HTTP that did not end with an answer the service declares: the server answered a
 * status nothing maps to an exception (carried with an excerpt of the body), or no answer came
 * (connection refused or reset, timeout). {@link #delivery()} tells which, so a retry knows whether
 * sending the call again is safe.
 */
public final class HttpClientException extends RuntimeException implements HasStatus, TransportFailure {

    private static final long serialVersionUID = 1L;
    private static final int EXCERPT = 200;

    private final int status;
    private final String bodyExcerpt;
    private final boolean timeout;
    private final Delivery delivery;

    private HttpClientException(String message, int status, String bodyExcerpt, boolean timeout, Delivery delivery,
            Throwable cause) {
        super(message, cause);
        this.status = status;
        this.bodyExcerpt = bodyExcerpt;
        this.timeout = timeout;
        this.delivery = delivery;
    }

    /** An answer with a status the called method does not map, or a body that is not the JSON expected. */
    static HttpClientException unexpectedResponse(String call, int status, String body, String problem) {
        String excerpt = body.length() > EXCERPT ? body.substring(0, EXCERPT) + "..." : body;
        return new HttpClientException(call + " answered " + status + problem + ": " + excerpt, status, excerpt, false,
                Delivery.ANSWERED, null);
    }

    /** The request never reached the server: the connection was refused, or the transport is closed. */
    static HttpClientException notDelivered(String call, Throwable cause) {
        return new HttpClientException(call + " failed: " + cause, 0, "", false, Delivery.NOT_DELIVERED, cause);
    }

    /** No answer: the connection failed after the request may have been sent. */
    static HttpClientException noAnswer(String call, Throwable cause) {
        return new HttpClientException(call + " failed: " + cause, 0, "", false, Delivery.NO_ANSWER, cause);
    }

    /** No answer in time; {@code delivery} says whether the request may have reached the server. */
    static HttpClientException timedOut(String call, Delivery delivery, Throwable cause) {
        return new HttpClientException(call + " timed out", 0, "", true, delivery, cause);
    }

    /**
     * Returns the status the server answered, or, when no answer came, 503 for a failed connection
     * and 504 for a timeout, as a gateway would answer its own caller.
     */
    @Override
    public int status() {
        return status != 0 ? status : timeout ? 504 : 503;
    }

    /** Returns whether the server answered (with a status this call does not map). */
    public boolean answered() {
        return status != 0;
    }

    /** Returns whether no answer came in time. */
    public boolean timedOut() {
        return timeout;
    }

    @Override
    public Delivery delivery() {
        return delivery;
    }

    /** Returns the start of the body the server answered; empty when it did not answer. */
    public String bodyExcerpt() {
        return bodyExcerpt;
    }
}
