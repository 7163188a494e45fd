package dev.javakit.transport.http;

import dev.javakit.endpoint.EndpointInfo;
import java.util.Objects;

/**
 * One entry of a route table: an HTTP method and path template, what answers it, and the service
 * method it serves, if any.
 *
 * @param method the HTTP method, upper case
 * @param pathTemplate the path template, such as {@code /profiles/{id}}
 * @param endpoint which service method this route serves; {@code null} for plain handlers such as
 *     a metrics page
 * @param handler answers the requests
 */
public record HttpRoute(String method, String pathTemplate, EndpointInfo endpoint, RouteHandler handler) {

    /** Checks the parts are present (all but the endpoint) and the method is an upper-case token. */
    public HttpRoute {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(pathTemplate, "pathTemplate");
        Objects.requireNonNull(handler, "handler");
        if (method.isEmpty() || !method.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            throw new IllegalArgumentException("HTTP method must be an upper-case token: " + method);
        }
    }
}
