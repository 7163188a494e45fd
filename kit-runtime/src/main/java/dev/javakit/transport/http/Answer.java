package dev.javakit.transport.http;

import io.netty.handler.codec.http.HttpHeaders;

/**
 * What the server sends back for one request, whatever the protocol: status, content type, body,
 * extra headers, and the route template it was answered by (for listeners).
 *
 * @param status the HTTP status
 * @param contentType the {@code Content-Type}, or {@code null} for an answer without content
 * @param body the body bytes; a {@code HEAD} request gets the headers only
 * @param headers extra headers (from after hooks or the error encoding), or {@code null}
 * @param route the matched template, or {@code null} when no route matched
 */
record Answer(int status, String contentType, byte[] body, HttpHeaders headers, String route) {

    private static final byte[] NO_CONTENT = new byte[0];

    /** Returns a 204 answer carrying {@code Allow}, as {@code OPTIONS} gets. */
    static Answer allow(String allowed, String route) {
        HttpHeaders headers = Exchange.newHeaders();
        headers.set("Allow", allowed);
        return new Answer(204, null, NO_CONTENT, headers, route);
    }
}
