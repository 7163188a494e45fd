package dev.javakit.transport.http;

import java.time.Duration;

/**
 * What the engine accepts from a client, and for how long it waits, each limit answered with its
 * own status and a JSON error before the handler runs.
 *
 * @param maxRequestLineBytes the request line, such as {@code GET /profiles/a HTTP/1.1} (414)
 * @param maxHeaderBytes all header lines together (431)
 * @param maxHeaderCount the number of header lines (431)
 * @param maxRequestBodyBytes the body (413)
 * @param headerReadTimeout from a request's first byte to the end of its headers (408)
 * @param bodyReadTimeout from the end of a request's headers to the end of its body (408)
 * @param idleTimeout how long a connection with nothing to answer stays open
 * @param maxConcurrentStreams HTTP/2 streams a client may have open on one connection
 */
record ServerLimits(
        int maxRequestLineBytes,
        int maxHeaderBytes,
        int maxHeaderCount,
        int maxRequestBodyBytes,
        Duration headerReadTimeout,
        Duration bodyReadTimeout,
        Duration idleTimeout,
        int maxConcurrentStreams) {
}
