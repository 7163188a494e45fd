package dev.javakit.transport.http;

import dev.javakit.errors.ErrorIdentity;
import dev.javakit.errors.HasStatus;
import dev.javakit.errors.InvalidArgumentsException;
import dev.javakit.errors.StatusTable;
import dev.javakit.json.JsonCodec;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns any exception into a JSON error response {@code {"error": "<message>"}}, choosing the
 * status and making sure nothing unexpected leaks to the client.
 *
 * <p>The status comes from, in order: {@link HttpStatusException#status()}; the statuses the
 * generated routes declare for business exceptions (and ones added on the server's builder),
 * matched on the exception's class or nearest superclass; then an {@code @ErrorStatus} annotation
 * on the exception's class ({@link StatusTable}); otherwise 500. A 500 that nobody
 * declared is <em>unexpected</em>: the client sees {@code "internal server error"}, never the
 * exception's message or stack, and the server logs the detail.
 *
 * <p>An {@link InvalidArgumentsException} also lists its violations beside the message:
 * {@code {"error": "...", "violations": [{"field": "a", "message": "..."}]}}.
 *
 * <p>Every error answer names its exception in the {@value ErrorIdentity#HEADER} header
 * ({@link ErrorIdentity}), so that a generated client rethrows a declared exception only when the
 * service threw it, never for a 404 of the router or a 400 of a decoder.
 */
public final class ErrorEncoder {

    /** An encoded error: status, extra headers, JSON body, and whether it was unexpected. */
    record Encoded(int status, Map<String, String> headers, byte[] body, boolean unexpected) {
    }

    private static final String INTERNAL_ERROR = "internal server error";

    private final StatusTable statuses;
    private final JsonCodec json;

    ErrorEncoder(Map<Class<? extends Throwable>, Integer> declared, JsonCodec json) {
        this.statuses = new StatusTable(declared);
        this.json = json;
    }

    /** Returns the status {@code error} is answered with, or 0 when it is unexpected. */
    int statusOf(Throwable error) {
        return statuses.statusOf(error);
    }

    /** Encodes {@code error} as a response. */
    Encoded encode(Throwable error) {
        int status = statusOf(error);
        if (status == 0) {
            return new Encoded(500, Map.of(ErrorIdentity.HEADER, ErrorIdentity.SERVER), body(INTERNAL_ERROR), true);
        }
        Map<String, String> headers = new HashMap<>();
        if (error instanceof HttpStatusException e) {
            headers.putAll(e.headers());
        }
        if (error instanceof HasStatus coded && coded.retryAfter() != null && !headers.containsKey("Retry-After")) {
            headers.put("Retry-After", Long.toString(retryAfterSeconds(coded.retryAfter())));
        }
        headers.put(ErrorIdentity.HEADER, statuses.identityOf(error));
        String message = error.getMessage();
        if (message == null || message.isBlank()) {
            message = reasonPhrase(status);
        }
        byte[] body = error instanceof InvalidArgumentsException invalid ? body(message, invalid) : body(message);
        return new Encoded(status, headers, body, false);
    }

    /** Rounds up to whole seconds, at least one: {@code Retry-After} has no smaller unit. */
    private static long retryAfterSeconds(Duration wait) {
        long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    private byte[] body(String message, InvalidArgumentsException invalid) {
        Map<String, Object> body = new LinkedHashMap<>();  // Go kit's member first
        body.put("error", message);
        body.put("violations", invalid.violations());
        return json.write(body);
    }

    /** Encodes a plain error message with a status, for errors raised outside any exception. */
    byte[] body(String message) {
        return json.write(Map.of("error", message));
    }

    /** Returns the lower-case reason phrase an error without a message is answered with, such as {@code not found}. */
    public static String reasonPhrase(int status) {
        return switch (status) {
            case 400 -> "bad request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not found";
            case 405 -> "method not allowed";
            case 409 -> "conflict";
            case 413 -> "request body too large";
            case 415 -> "unsupported media type";
            case 422 -> "unprocessable entity";
            case 429 -> "too many requests";
            case 500 -> INTERNAL_ERROR;
            case 502 -> "bad gateway";
            case 503 -> "service unavailable";
            case 504 -> "gateway timeout";
            default -> status < 500 ? "client error" : "server error";
        };
    }
}
