package dev.javakit.transport.http;

import java.util.Objects;

/**
 * A response: status, content type and body. A service's errors are exceptions, which the
 * server's error encoder answers; a handler answers an error status itself only when its body is
 * the point, as a health probe's 503 with its report.
 *
 * @param status the HTTP status, 200 to 599
 * @param contentType the {@code Content-Type} header
 * @param body the body bytes
 */
public record HttpResponse(int status, String contentType, byte[] body) {

    /** The content type of every JSON response. */
    public static final String JSON = "application/json; charset=utf-8";

    /** Checks the status is a final one and the parts are present. */
    public HttpResponse {
        if (status < 200 || status > 599) {
            // 1xx are interim answers the engine sends itself (100 Continue), never a handler's.
            throw new IllegalArgumentException("a response status is 200 to 599: " + status);
        }
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
    }

    /** Returns a 200 JSON response. */
    public static HttpResponse json(byte[] body) {
        return new HttpResponse(200, JSON, body);
    }
}
