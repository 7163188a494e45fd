package dev.javakit.transport.http;

import dev.javakit.context.Context;

/**
 * Answers the requests of one route: a generated endpoint's {@link EndpointHandler}, or a plain
 * handler such as a metrics scrape page.
 */
@FunctionalInterface
public interface RouteHandler {

    /**
     * Handles one request.
     *
     * @throws Exception answered by the server's error encoding
     */
    HttpResponse handle(Context ctx, HttpServerRequest request) throws Exception;
}
