package dev.javakit.transport.http;

import dev.javakit.errors.ErrorStatuses;
import dev.javakit.errors.HasStatus;
import java.util.Map;

/**
 * An error answered with a given HTTP status and a message that is safe to show the client.
 *
 * <p>Decoders throw it for bad input (400), the router for unknown routes (404) and wrong methods
 * (405, with {@code Allow}), the server for oversized bodies (413). Middlewares may throw it too,
 * with extra response headers such as {@code Retry-After}.
 */
public class HttpStatusException extends RuntimeException implements HasStatus {

    private static final long serialVersionUID = 1L;

    /** Headers are not part of an exception's serialized form: they only matter while answering. */
    private final transient Map<String, String> headers;
    private final int status;

    /** Creates an exception answered with {@code status} and {@code message}. */
    public HttpStatusException(int status, String message) {
        this(status, message, Map.of());
    }

    /** Creates an exception answered with {@code status}, {@code message} and extra response headers. */
    public HttpStatusException(int status, String message, Map<String, String> headers) {
        super(message);
        this.status = ErrorStatuses.requireErrorStatus(status);
        this.headers = Map.copyOf(headers);
    }

    /** Creates an exception answered with {@code status} and {@code message}, keeping its cause for the log. */
    public HttpStatusException(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = ErrorStatuses.requireErrorStatus(status);
        this.headers = Map.of();
    }

    /** Returns a 400 Bad Request with {@code message}. */
    public static HttpStatusException badRequest(String message) {
        return new HttpStatusException(400, message);
    }

    /** Returns the HTTP status. */
    @Override
    public int status() {
        return status;
    }

    /** Returns the extra response headers. */
    public Map<String, String> headers() {
        return headers == null ? Map.of() : headers;
    }

}
