package dev.javakit.transport.http;

import dev.javakit.endpoint.EndpointInfo;
import java.util.Objects;

/**
 * One entry of a route table: an HTTP method and path template, the endpoint it serves, and how.
 *
 * @param method the HTTP method, upper case
 * @param pathTemplate the path template, such as {@code /profiles/{id}}
 * @param endpoint which service method this route serves
 * @param handler decodes, calls and encodes
 */
public record HttpRoute(String method, String pathTemplate, EndpointInfo endpoint, EndpointHandler<?, ?> handler) {

    /** Checks every part is present and the method is an upper-case token. */
    public HttpRoute {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(pathTemplate, "pathTemplate");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(handler, "handler");
        if (method.isEmpty() || !method.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            throw new IllegalArgumentException("HTTP method must be an upper-case token: " + method);
        }
    }
}
