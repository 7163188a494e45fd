package dev.javakit.transport.http;

import dev.javakit.json.JsonDecodeException;
import dev.javakit.json.JsonReader;
import java.util.List;

/**
 * An HTTP request as decoders see it: matched route, path and query parameters, headers and a
 * size-limited body.
 */
public interface HttpServerRequest {

    /** Returns the HTTP method, upper case. */
    String method();

    /** Returns the raw (still percent-encoded) request path. */
    String path();

    /** Returns the template of the route that matched, such as {@code /profiles/{id}}. */
    String routeTemplate();

    /** Returns the percent-decoded value of a path placeholder, or {@code null} if the route has no such placeholder. */
    String pathParam(String name);

    /**
     * Returns the value of a query parameter that takes one value, or {@code null} when it is absent.
     *
     * @throws HttpStatusException 400 when the parameter appears more than once: taking the first
     *     value would silently drop the others ({@link #queryParams} reads a repeated one)
     */
    String queryParam(String name);

    /** Returns every value of a query parameter, in order; empty when it is absent. */
    List<String> queryParams(String name);

    /** Returns the first value of a header (case-insensitive), or {@code null} when it is absent. */
    String header(String name);

    /** Returns every value of a header, in order; empty when it is absent. */
    List<String> headers(String name);

    /**
     * Returns the request body.
     *
     * @throws HttpStatusException 413 when it exceeds the server's limit
     */
    byte[] body();

    /**
     * Reads the body as JSON.
     *
     * @throws HttpStatusException 400 when the body is empty, {@code null} or not the JSON expected;
     *     413 when it exceeds the server's limit
     */
    default <T> T body(JsonReader<T> reader) {
        byte[] body = body();
        if (isBlank(body)) {
            throw HttpStatusException.badRequest("request body is empty; expected JSON");
        }
        T value;
        try {
            value = reader.read(body);
        } catch (JsonDecodeException e) {
            throw new HttpStatusException(400, "invalid request body: " + e.getMessage(), e);
        }
        if (value == null) {
            throw HttpStatusException.badRequest("request body must not be null");
        }
        return value;
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }
}
