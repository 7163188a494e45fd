package dev.javakit.transport.http;

/**
 * Told about every request once its response is written, routed or not, for metrics and access
 * logs. Called on the request's thread, so it must be quick and must not throw.
 */
@FunctionalInterface
public interface HttpServerListener {

    /**
     * Reports one request.
     *
     * @param method the HTTP method
     * @param route the matched path template, such as {@code /profiles/{id}}, or {@code null} when
     *     no route matched (404, 405, undecodable path)
     * @param status the response status
     * @param durationNanos from the request's arrival to its response being written
     */
    void requestCompleted(String method, String route, int status, long durationNanos);
}
