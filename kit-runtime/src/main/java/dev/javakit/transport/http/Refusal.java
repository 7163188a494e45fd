package dev.javakit.transport.http;

import io.netty.handler.codec.PrematureChannelClosureException;
import io.netty.handler.codec.http.ContentLengthNotAllowedException;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.InvalidLineSeparatorException;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.handler.codec.http.TransferEncodingNotAllowedException;

/**
 * Why the engine refuses an HTTP/1.1 request before any handler sees it, and the status that says
 * so. Messages are our own words: Netty's may echo the client's bytes.
 *
 * @param status the HTTP status, 400 to 505
 * @param message what the client got wrong
 */
record Refusal(int status, String message) {

    /**
     * Returns why a request whose head was read must be refused, or {@code null} when it may be
     * read on: its version, header count, {@code Host}, transfer coding, expectation and declared
     * length.
     */
    static Refusal of(HttpRequest request, ServerLimits limits) {
        HttpHeaders headers = request.headers();
        HttpVersion version = request.protocolVersion();
        if (version.majorVersion() != 1) {
            return new Refusal(505, "HTTP version " + version.text() + " is not supported");
        }
        if (headers.size() > limits.maxHeaderCount()) {
            return new Refusal(431, "request has more than " + limits.maxHeaderCount() + " header fields");
        }
        if (version.minorVersion() == 1 && headers.getAll(HttpHeaderNames.HOST).size() != 1) {
            return new Refusal(400, "request must have exactly one Host header");
        }
        String codings = headers.get(HttpHeaderNames.TRANSFER_ENCODING);
        if (codings != null && !HttpHeaderValues.CHUNKED.contentEqualsIgnoreCase(codings.trim())) {
            // Netty has checked that chunked comes last; a coding before it (gzip, chunked) is not ours to undo.
            return new Refusal(501, "transfer coding \"" + codings + "\" is not supported");
        }
        if (headers.contains(HttpHeaderNames.EXPECT) && !HttpUtil.is100ContinueExpected(request)) {
            return new Refusal(417, "expectation \"" + headers.get(HttpHeaderNames.EXPECT) + "\" is not supported");
        }
        if (HttpUtil.getContentLength(request, -1L) > limits.maxRequestBodyBytes()) {
            return tooLarge(limits);
        }
        return null;
    }

    /** Returns the refusal of a body over the limit. */
    static Refusal tooLarge(ServerLimits limits) {
        return new Refusal(413, "request body is larger than " + limits.maxRequestBodyBytes() + " bytes");
    }

    /** Returns the refusal of a request whose line or headers Netty's decoder could not read. */
    static Refusal ofUnreadableHead(Throwable cause, ServerLimits limits) {
        if (cause instanceof TooLongHttpLineException) {
            return new Refusal(414, "request line is longer than " + limits.maxRequestLineBytes() + " bytes");
        }
        if (cause instanceof TooLongHttpHeaderException) {
            return new Refusal(431, "request headers are larger than " + limits.maxHeaderBytes() + " bytes");
        }
        if (cause instanceof PrematureChannelClosureException) {
            return new Refusal(400, "connection closed before the request headers were complete");
        }
        if (cause instanceof ContentLengthNotAllowedException) {
            return new Refusal(400, "malformed request: Content-Length and Transfer-Encoding must not both be sent");
        }
        if (cause instanceof InvalidLineSeparatorException) {
            return new Refusal(400, "malformed request: lines must end with CRLF");
        }
        String detail = String.valueOf(cause.getMessage());
        if (detail.startsWith("Multiple Content-Length") || detail.startsWith("Content-Length")) {
            return new Refusal(400, "malformed request: invalid Content-Length");
        }
        if (cause instanceof TransferEncodingNotAllowedException || detail.contains("transfer coding")
                || detail.contains("Transfer-Encoding")) {
            return new Refusal(400, "malformed request: invalid Transfer-Encoding");
        }
        return new Refusal(400, "malformed request line or header");
    }
}
