package dev.javakit.transport.http;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufHolder;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.channel.socket.DuplexChannel;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.PrematureChannelClosureException;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpHeadersFactory;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpHeadersFactory;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.AsciiString;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One HTTP/1.1 connection, from its first byte to its close.
 *
 * <p>Requests are read in order and answered in order: pipelined requests wait in a short queue
 * while the one before them is served, and past {@link #MAX_QUEUED} the connection stops reading.
 * Every limit and framing error is answered here, before any handler runs, with its status and a
 * JSON error; after such an answer nothing more is read as a request, and the connection closes
 * gracefully: output shut down, input drained for a bounded time and size, so that the client can
 * read the answer before the close (closing with unread input would reset the connection and take
 * the answer with it). Timeouts: the headers of a request must arrive within the header-read
 * timeout of its first byte, its body within the body-read timeout of its headers, and a
 * connection with nothing to do closes after the idle timeout.
 *
 * <p>Everything here runs on the connection's event loop; handlers run on the dispatcher's threads
 * and hand their answer back to the event loop.
 */
final class Http1Connection extends ChannelInboundHandlerAdapter {

    private static final Logger log = LoggerFactory.getLogger(HttpServer.class);
    /** Pipelined requests read ahead of their turn before the connection stops reading. */
    static final int MAX_QUEUED = 16;
    /** How long a closing connection drains what the client is still sending. */
    private static final long LINGER_NANOS = TimeUnit.SECONDS.toNanos(2);
    /** How much a closing connection drains before it gives up on the client and closes. */
    private static final long LINGER_MAX_BYTES = 64L << 20;
    /** Our own header values need no validation; values from hooks are validated where they are set. */
    private static final HttpHeadersFactory RESPONSE_HEADERS =
            DefaultHttpHeadersFactory.headersFactory().withValidation(false);
    private static final String UNKNOWN_METHOD = "UNKNOWN";
    /** Encoded once, rather than for every response. */
    private static final AsciiString JSON = AsciiString.cached(HttpResponse.JSON);

    /** A request read and waiting for its answer, or an answer decided before the request was complete. */
    private record Pending(NettyHttpServerRequest request, Answer rejection, String method, boolean keepAlive,
            boolean http10, long arrivedNanos) {
    }

    private final ServerContext server;
    /** Notes when a request's first bytes arrive, before the decoder has made anything of them. */
    final ChannelHandler arrivals = new ChannelInboundHandlerAdapter() {
        @Override
        public void channelRead(ChannelHandlerContext context, Object msg) {
            if (readingSince == 0 && head == null && !closing) {
                readingSince = System.nanoTime();
                checkBy(readingSince + server.limits.headerReadTimeout().toNanos());
            }
            context.fireChannelRead(msg);
        }
    };

    private ChannelHandlerContext ctx;
    private ScheduledFuture<?> timer;
    private long timerDeadline;

    // The request being read: its head, and its body so far.
    private HttpRequest head;
    private RequestTarget target;
    private BodyBuffer body;
    private long readingSince;
    private long headReadAt;
    private boolean continueDeferred;

    // Requests read and not yet answered, oldest first; the first is being served while `serving`.
    private final ArrayDeque<Pending> queue = new ArrayDeque<>(4);
    private boolean serving;
    private boolean inServeLoop;
    private boolean unflushed;
    /** When a connection with nothing to answer closes: the header-read timeout after it opened, then the idle timeout after each answer. */
    private long idleDeadline;
    /** A request was refused: nothing more is read as a request, and the connection closes after answering it. */
    private boolean rejected;
    /** The last answer closes the connection: the server is shutting down, or the client stopped sending. */
    private boolean closeWhenDone;
    private boolean inputClosed;
    private boolean closing;
    private long lingerBytes;

    Http1Connection(ServerContext server) {
        this.server = server;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext context) {
        this.ctx = context;
        // A connection that sends nothing at all gets no longer than one that sends its headers slowly.
        idleDeadline = System.nanoTime() + server.limits.headerReadTimeout().toNanos();
        checkBy(idleDeadline);
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext context) {
        cancelTimer();
    }

    @Override
    public void channelInactive(ChannelHandlerContext context) {
        cancelTimer();
        context.fireChannelInactive();
    }

    @Override
    public void channelRead(ChannelHandlerContext context, Object msg) {
        try {
            if (closing) {
                lingerBytes += readableBytes(msg);
                if (lingerBytes > LINGER_MAX_BYTES) {
                    context.close();
                }
                return;
            }
            if (rejected) {
                return;
            }
            if (msg instanceof HttpRequest request) {
                readHead(request);
            }
            if (msg instanceof HttpContent content && head != null) {
                readContent(content);
            }
        } finally {
            ReferenceCountUtil.release(msg);
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext context, Object event) {
        if (event instanceof ChannelInputShutdownEvent) {
            inputClosed = true;
            closeWhenDone = true;
            // The decoder drops a request cut short by the client's close; the client may still read.
            if (rejected || closing) {
                if (closing) {
                    context.close();
                }
            } else if (head != null) {
                reject(head.method().name(), new Refusal(400, "connection closed before the request body was complete"));
            } else if (readingSince != 0) {
                reject(UNKNOWN_METHOD, new Refusal(400, "connection closed before the request headers were complete"));
            } else if (isIdle()) {
                context.close();
            }
        } else if (event instanceof ServerContext.Drain) {
            closeWhenDone = true;
            if (isIdle() && !closing) {
                closeGracefully();
            }
            return;
        }
        context.fireUserEventTriggered(event);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
        if (!(cause instanceof IOException)) {
            log.atDebug().setCause(cause).log("closing an HTTP/1.1 connection after an error");
        }
        context.close();
    }

    private boolean isIdle() {
        return head == null && readingSince == 0 && !serving && queue.isEmpty();
    }

    private void readHead(HttpRequest request) {
        long now = System.nanoTime();
        if (readingSince == 0) {
            readingSince = now;
        }
        DecoderResult result = request.decoderResult();
        if (result.isFailure()) {
            reject(UNKNOWN_METHOD, Refusal.ofUnreadableHead(result.cause(), server.limits));
            return;
        }
        String method = request.method().name();
        ServerLimits limits = server.limits;
        Refusal refusal = Refusal.of(request, limits);
        if (refusal != null) {
            target = targetOrNull(request.uri());
            reject(method, refusal);
            return;
        }
        try {
            target = RequestTarget.parse(request.uri());
        } catch (HttpStatusException e) {
            reject(method, new Refusal(e.status(), e.getMessage()));
            return;
        }
        head = request;
        headReadAt = now;
        checkBy(now + limits.bodyReadTimeout().toNanos());
        body = new BodyBuffer(HttpUtil.getContentLength(request, -1L), limits.maxRequestBodyBytes());
        if (HttpUtil.is100ContinueExpected(request)) {
            // The answer to a pipelined request before this one must leave first.
            if (serving || !queue.isEmpty()) {
                continueDeferred = true;
            } else {
                writeContinue();
            }
        }
    }

    private void readContent(HttpContent content) {
        DecoderResult result = content.decoderResult();
        if (result.isFailure()) {
            reject(head.method().name(), new Refusal(400, result.cause() instanceof PrematureChannelClosureException
                    ? "connection closed before the request body was complete"
                    : "malformed chunked request body"));
            return;
        }
        if (!body.append(content.content())) {
            reject(head.method().name(), Refusal.tooLarge(server.limits));
            return;
        }
        if (content instanceof LastHttpContent) {
            String method = head.method().name();
            NettyHttpServerRequest request = new NettyHttpServerRequest(
                    method, target, head.headers(), body.toBytes(), readingSince);
            Pending pending = new Pending(request, null, method, HttpUtil.isKeepAlive(head),
                    head.protocolVersion().minorVersion() == 0, readingSince);
            head = null;
            target = null;
            body = null;
            readingSince = 0;
            continueDeferred = false;
            enqueue(pending);
        }
    }

    /** Refuses the request being read: it is answered in its turn, and nothing after it is read. */
    private void reject(String method, Refusal refusal) {
        long arrived = readingSince == 0 ? System.nanoTime() : readingSince;
        RequestTarget refused = target;
        if (refused == null && head != null) {
            refused = targetOrNull(head.uri());
        }
        head = null;
        target = null;
        body = null;
        readingSince = 0;
        rejected = true;
        enqueue(new Pending(null, server.exchange.reject(method, refused, refusal.status(), refusal.message()), method, false, false, arrived));
    }

    private static RequestTarget targetOrNull(String uri) {
        try {
            return RequestTarget.parse(uri);
        } catch (HttpStatusException e) {
            return null;
        }
    }

    private void enqueue(Pending pending) {
        queue.add(pending);
        if (!serving) {
            serveNext();
        } else if (queue.size() > MAX_QUEUED) {
            ctx.channel().config().setAutoRead(false);
        }
    }

    /**
     * Serves the queued requests in order. Answers decided on the event loop (errors, non-blocking
     * routes) are written in a loop rather than by recursion, so that a long pipeline cannot run
     * the stack out; a request handed to a handler thread ends the loop, and its answer starts it
     * again.
     */
    private void serveNext() {
        if (inServeLoop) {
            return;
        }
        inServeLoop = true;
        try {
            while (!serving && !closing) {
                Pending next = queue.peek();
                if (next == null) {
                    becameIdle();
                    return;
                }
                serving = true;
                if (next.rejection() != null) {
                    answer(next, next.rejection());
                    continue;
                }
                server.serve(next.request(), ctx.executor(), answer -> answer(next, answer));
            }
        } finally {
            inServeLoop = false;
            if (unflushed) {
                unflushed = false;
                ctx.flush();
            }
        }
    }

    private void becameIdle() {
        idleDeadline = System.nanoTime() + server.limits.idleTimeout().toNanos();
        checkBy(idleDeadline);
        if (!ctx.channel().config().isAutoRead()) {
            ctx.channel().config().setAutoRead(true);
        }
        if (continueDeferred && head != null) {
            continueDeferred = false;
            writeContinue();
        }
        if (closeWhenDone && isIdle()) {
            closeGracefully();
        }
    }

    private void answer(Pending pending, Answer answer) {
        queue.poll();
        serving = false;
        if (closing || !ctx.channel().isActive()) {
            return;
        }
        boolean last = !pending.keepAlive() || closeWhenDone && queue.isEmpty() && head == null && readingSince == 0;
        ChannelFuture written;
        if (inServeLoop && !last) {
            // Answers of pipelined requests decided together leave together, in one write.
            written = ctx.write(response(pending, answer, false));
            unflushed = true;
        } else {
            written = ctx.writeAndFlush(response(pending, answer, last));
        }
        if (server.hasListeners()) {
            written.addListener(future -> server.completed(pending.method(), answer, pending.arrivedNanos()));
        }
        if (last) {
            closing = true;
            queue.clear();
            written.addListener(future -> closeGracefully());
        } else {
            serveNext();
        }
    }

    private DefaultFullHttpResponse response(Pending pending, Answer answer, boolean close) {
        boolean headOnly = pending.method().equals("HEAD");
        byte[] bytes = answer.body();
        ByteBuf content = headOnly || bytes.length == 0 ? Unpooled.EMPTY_BUFFER : Unpooled.wrappedBuffer(bytes);
        HttpHeaders headers = RESPONSE_HEADERS.newHeaders();
        if (answer.headers() != null) {
            headers.add(answer.headers());
        }
        if (answer.contentType() != null) {
            headers.set(HttpHeaderNames.CONTENT_TYPE,
                    answer.contentType().equals(HttpResponse.JSON) ? JSON : answer.contentType());
        }
        if (answer.status() != 204) {
            headers.setInt(HttpHeaderNames.CONTENT_LENGTH, bytes.length);
        }
        headers.set(HttpHeaderNames.DATE, HttpDate.now());
        if (close) {
            headers.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        } else if (pending.http10()) {
            headers.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
        }
        return new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(answer.status()),
                content, headers, RESPONSE_HEADERS.newEmptyHeaders());
    }

    private void writeContinue() {
        ctx.writeAndFlush(new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.CONTINUE,
                Unpooled.EMPTY_BUFFER, RESPONSE_HEADERS.newEmptyHeaders(), RESPONSE_HEADERS.newEmptyHeaders()));
    }

    /**
     * Closes without losing the last answer: shuts the output down (the client reads the answer,
     * then end of stream), then drains input until the client closes, or for a bounded time and size.
     */
    private void closeGracefully() {
        closing = true;
        Channel channel = ctx.channel();
        if (inputClosed || !(channel instanceof DuplexChannel duplex)) {
            channel.close();
            return;
        }
        SslHandler tls = ctx.pipeline().get(SslHandler.class);
        ChannelFuture outputDone = tls == null ? duplex.shutdownOutput() : tls.closeOutbound();
        outputDone.addListener(future -> {
            if (tls != null && future.isSuccess()) {
                duplex.shutdownOutput();
            }
        });
        cancelTimer();
        ctx.executor().schedule(() -> channel.close(), LINGER_NANOS, TimeUnit.NANOSECONDS);
    }

    /**
     * Makes sure the timeouts are checked by {@code deadline}. The timer only moves earlier here;
     * on a busy connection the next request's deadline is later than the one already set, so
     * serving it schedules nothing.
     */
    private void checkBy(long deadline) {
        if (timer != null && timerDeadline - deadline <= 0) {
            return;
        }
        cancelTimer();
        timerDeadline = deadline;
        timer = ctx.executor().schedule(this::checkTimeouts, Math.max(deadline - System.nanoTime(), 1), TimeUnit.NANOSECONDS);
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }

    /** Applies whichever timeout the connection is under, then checks again at its next deadline. */
    private void checkTimeouts() {
        timer = null;
        if (closing || !ctx.channel().isActive()) {
            return;
        }
        ServerLimits limits = server.limits;
        long now = System.nanoTime();
        long deadline;
        if (rejected) {
            deadline = now + limits.headerReadTimeout().toNanos();
        } else if (head != null) {
            deadline = headReadAt + limits.bodyReadTimeout().toNanos();
            if (now - deadline >= 0) {
                reject(head.method().name(), new Refusal(408, "request body not received within "
                        + limits.bodyReadTimeout().toMillis() + " ms"));
                deadline = now + limits.headerReadTimeout().toNanos();
            }
        } else if (readingSince != 0) {
            deadline = readingSince + limits.headerReadTimeout().toNanos();
            if (now - deadline >= 0) {
                reject(UNKNOWN_METHOD, new Refusal(408, "request headers not received within "
                        + limits.headerReadTimeout().toMillis() + " ms"));
                deadline = now + limits.headerReadTimeout().toNanos();
            }
        } else if (serving || !queue.isEmpty()) {
            deadline = now + limits.headerReadTimeout().toNanos();
        } else {
            deadline = idleDeadline;
            if (now - deadline >= 0) {
                closeGracefully();
                return;
            }
        }
        if (!closing) {
            checkBy(deadline);
        }
    }

    private static long readableBytes(Object msg) {
        if (msg instanceof ByteBuf buffer) {
            return buffer.readableBytes();
        }
        if (msg instanceof ByteBufHolder holder) {
            return holder.content().readableBytes();
        }
        return 0;
    }
}
