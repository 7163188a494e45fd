package dev.javakit.transport.http;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultHttpHeadersFactory;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpHeadersFactory;
import io.netty.handler.codec.http2.DefaultHttp2DataFrame;
import io.netty.handler.codec.http2.DefaultHttp2Headers;
import io.netty.handler.codec.http2.DefaultHttp2HeadersFrame;
import io.netty.handler.codec.http2.DefaultHttp2ResetFrame;
import io.netty.handler.codec.http2.Http2DataFrame;
import io.netty.handler.codec.http2.Http2Error;
import io.netty.handler.codec.http2.Http2Headers;
import io.netty.handler.codec.http2.Http2HeadersFrame;
import io.netty.util.AsciiString;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One HTTP/2 stream: one request and its answer, through the same {@link Exchange} as HTTP/1.1.
 *
 * <p>Limits are answered as on HTTP/1.1, with the stream then reset with {@code NO_ERROR} when the
 * client is still sending (RFC 9113, section 8.1: the answer stands, the rest of the request is
 * not wanted). Flow control and the connection's limits are Netty's.
 */
final class Http2Stream extends ChannelInboundHandlerAdapter {

    private static final Logger log = LoggerFactory.getLogger(HttpServer.class);
    /** Names Netty has already validated; the request's headers are copied as they are. */
    private static final HttpHeadersFactory REQUEST_HEADERS =
            DefaultHttpHeadersFactory.headersFactory().withValidation(false);
    /** HTTP/1.1 connection-level headers, which HTTP/2 forbids (RFC 9113, section 8.2.2). */
    private static final Set<String> CONNECTION_HEADERS =
            Set.of("connection", "keep-alive", "proxy-connection", "transfer-encoding", "upgrade");
    private static final AsciiString JSON = AsciiString.cached(HttpResponse.JSON);

    private final ServerContext server;
    private ChannelHandlerContext ctx;
    private ScheduledFuture<?> bodyTimer;

    private String method;
    private RequestTarget target;
    private HttpHeaders headers;
    private BodyBuffer body;
    private long arrivedNanos;
    private boolean requestEnded;
    private boolean answered;

    Http2Stream(ServerContext server) {
        this.server = server;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext context) {
        this.ctx = context;
    }

    @Override
    public void channelInactive(ChannelHandlerContext context) {
        cancelBodyTimer();
        context.fireChannelInactive();
    }

    @Override
    public void channelRead(ChannelHandlerContext context, Object msg) {
        try {
            if (answered) {
                return;
            }
            if (msg instanceof Http2HeadersFrame frame) {
                if (method == null) {
                    readHeaders(frame);
                } else if (frame.isEndStream()) {
                    // Trailers: accepted, and not part of what handlers see.
                    complete();
                }
            } else if (msg instanceof Http2DataFrame frame && method != null) {
                if (!body.append(frame.content())) {
                    answerEarly(413, "request body is larger than " + server.limits.maxRequestBodyBytes() + " bytes");
                } else if (frame.isEndStream()) {
                    complete();
                }
            }
        } finally {
            ReferenceCountUtil.release(msg);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
        log.atDebug().setCause(cause).log("closing an HTTP/2 stream after an error");
        context.close();
    }

    private void readHeaders(Http2HeadersFrame frame) {
        arrivedNanos = System.nanoTime();
        Http2Headers received = frame.headers();
        method = received.method() == null ? "UNKNOWN" : received.method().toString();
        headers = REQUEST_HEADERS.newHeaders();
        for (Map.Entry<CharSequence, CharSequence> header : received) {
            CharSequence name = header.getKey();
            if (name.length() > 0 && name.charAt(0) != ':') {
                headers.add(name, header.getValue());
            }
        }
        if (received.authority() != null && !headers.contains(HttpHeaderNames.HOST)) {
            headers.set(HttpHeaderNames.HOST, received.authority());
        }
        ServerLimits limits = server.limits;
        if (headers.size() > limits.maxHeaderCount()) {
            answerEarly(431, "request has more than " + limits.maxHeaderCount() + " header fields");
            return;
        }
        long declared = contentLength(headers.get(HttpHeaderNames.CONTENT_LENGTH));
        if (declared > limits.maxRequestBodyBytes()) {
            answerEarly(413, "request body is larger than " + limits.maxRequestBodyBytes() + " bytes");
            return;
        }
        try {
            target = RequestTarget.parse(received.path() == null ? "" : received.path().toString());
        } catch (HttpStatusException e) {
            answerEarly(e.status(), e.getMessage());
            return;
        }
        body = new BodyBuffer(declared, limits.maxRequestBodyBytes());
        if (frame.isEndStream()) {
            complete();
        } else {
            bodyTimer = ctx.executor().schedule(() -> answerEarly(408, "request body not received within "
                    + limits.bodyReadTimeout().toMillis() + " ms"), limits.bodyReadTimeout().toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    private void complete() {
        cancelBodyTimer();
        requestEnded = true;
        answered = true;
        NettyHttpServerRequest request = new NettyHttpServerRequest(method, target, headers, body.toBytes(), arrivedNanos);
        server.serve(request, ctx.executor(), this::write);
    }

    /** Answers before the request is complete: a limit, a malformed target, a timeout. */
    private void answerEarly(int status, String message) {
        cancelBodyTimer();
        answered = true;
        write(server.exchange.reject(method, target, status, message));
    }

    private void write(Answer answer) {
        if (!ctx.channel().isActive()) {
            return;
        }
        byte[] bytes = answer.body();
        boolean headersOnly = bytes.length == 0 || method.equals("HEAD");
        Http2Headers out = new DefaultHttp2Headers(false).status(AsciiString.of(Integer.toString(answer.status())));
        if (answer.headers() != null) {
            for (Map.Entry<String, String> header : answer.headers()) {
                String name = header.getKey().toLowerCase(Locale.ROOT);
                if (!CONNECTION_HEADERS.contains(name)) {
                    out.add(name, header.getValue());
                }
            }
        }
        if (answer.contentType() != null) {
            out.set(HttpHeaderNames.CONTENT_TYPE, answer.contentType().equals(HttpResponse.JSON) ? JSON : answer.contentType());
        }
        if (answer.status() != 204) {
            out.setInt(HttpHeaderNames.CONTENT_LENGTH, bytes.length);
        }
        out.set(HttpHeaderNames.DATE, HttpDate.now());
        ChannelFuture written = ctx.write(new DefaultHttp2HeadersFrame(out, headersOnly));
        if (!headersOnly) {
            written = ctx.write(new DefaultHttp2DataFrame(Unpooled.wrappedBuffer(bytes), true));
        }
        ctx.flush();
        if (!requestEnded) {
            // After the answer has left: a reset is not flow-controlled, and would overtake it and discard it.
            written.addListener(future -> ctx.writeAndFlush(new DefaultHttp2ResetFrame(Http2Error.NO_ERROR)));
        }
        if (server.hasListeners()) {
            written.addListener(future -> server.completed(method, answer, arrivedNanos));
        }
    }

    private void cancelBodyTimer() {
        if (bodyTimer != null) {
            bodyTimer.cancel(false);
            bodyTimer = null;
        }
    }

    private static long contentLength(String value) {
        if (value == null) {
            return -1;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
