package dev.javakit.transport.http;

import java.util.Objects;

/**
 * A successful response: status, content type and body.
 *
 * @param status the HTTP status, 200 to 399
 * @param contentType the {@code Content-Type} header
 * @param body the body bytes
 */
public record HttpResponse(int status, String contentType, byte[] body) {

    /** The content type of every JSON response. */
    public static final String JSON = "application/json; charset=utf-8";

    /** Checks the status is not an error and the parts are present. */
    public HttpResponse {
        if (status < 200 || status > 399) {
            throw new IllegalArgumentException("a response status is 200 to 399; errors are exceptions: " + status);
        }
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
    }

    /** Returns a 200 JSON response. */
    public static HttpResponse json(byte[] body) {
        return new HttpResponse(200, JSON, body);
    }
}
