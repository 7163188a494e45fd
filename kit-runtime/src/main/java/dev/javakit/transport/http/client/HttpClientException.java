package dev.javakit.transport.http.client;

import dev.javakit.errors.HasStatus;

/**
 * A call over HTTP that did not end with an answer the service declares: the server answered a
 * status nothing maps to an exception (carried with an excerpt of the body), or no answer came
 * (connection refused or reset, timeout).
 */
public final class HttpClientException extends RuntimeException implements HasStatus {

    private static final long serialVersionUID = 1L;
    private static final int EXCERPT = 200;

    private final int status;
    private final String bodyExcerpt;
    private final boolean timeout;

    private HttpClientException(String message, int status, String bodyExcerpt, boolean timeout, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.bodyExcerpt = bodyExcerpt;
        this.timeout = timeout;
    }

    /** An answer with a status the called method does not map, or a body that is not the JSON expected. */
    static HttpClientException unexpectedResponse(String call, int status, String body, String problem) {
        String excerpt = body.length() > EXCERPT ? body.substring(0, EXCERPT) + "..." : body;
        return new HttpClientException(call + " answered " + status + problem + ": " + excerpt, status, excerpt, false,
                null);
    }

    /** No answer: the request could not be sent, or the connection failed before the response. */
    static HttpClientException noAnswer(String call, Throwable cause) {
        return new HttpClientException(call + " failed: " + cause, 0, "", false, cause);
    }

    /** No answer in time. */
    static HttpClientException timedOut(String call, Throwable cause) {
        return new HttpClientException(call + " timed out", 0, "", true, cause);
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

    /** Returns the start of the body the server answered; empty when it did not answer. */
    public String bodyExcerpt() {
        return bodyExcerpt;
    }
}
