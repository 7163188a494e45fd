package dev.javakit.transport.http;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.ChannelInputShutdownReadComplete;
import io.netty.handler.codec.http2.Http2FrameCodec;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The life of an HTTP/2 connection: it closes after the idle timeout without open streams, when
 * the client stops sending, and, when the server shuts down, gracefully: {@code GOAWAY}, then the
 * open streams are answered, then the close (Netty's {@code Http2ConnectionHandler} does the
 * waiting, bounded by the grace period).
 */
final class Http2Lifecycle extends ChannelInboundHandlerAdapter {

    private final ServerContext server;
    private ChannelHandlerContext ctx;
    private Http2FrameCodec codec;
    private ScheduledFuture<?> idleTimer;
    private long lastReadNanos;

    Http2Lifecycle(ServerContext server) {
        this.server = server;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext context) {
        this.ctx = context;
        this.codec = context.pipeline().get(Http2FrameCodec.class);
        // After an upgrade or prior knowledge the HTTP/1.1 handlers are still in the pipeline.
        ServerPipeline.removeHttp1(context.pipeline());
        lastReadNanos = System.nanoTime();
        scheduleIdleCheck(server.limits.idleTimeout().toNanos());
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext context) {
        if (idleTimer != null) {
            idleTimer.cancel(false);
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext context, Object msg) {
        lastReadNanos = System.nanoTime();
        context.fireChannelRead(msg);
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext context) {
        lastReadNanos = System.nanoTime();
        context.fireChannelReadComplete();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext context, Object event) {
        if (event instanceof ServerContext.Drain drain) {
            codec.gracefulShutdownTimeoutMillis(drain.graceMillis());
            context.close();
            return;
        }
        if (event instanceof ChannelInputShutdownReadComplete) {
            context.close();
        }
        context.fireUserEventTriggered(event);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
        context.close();
    }

    private void scheduleIdleCheck(long delayNanos) {
        idleTimer = ctx.executor().schedule(this::checkIdle, Math.max(delayNanos, 1), TimeUnit.NANOSECONDS);
    }

    private void checkIdle() {
        if (!ctx.channel().isActive()) {
            return;
        }
        long idle = server.limits.idleTimeout().toNanos();
        long deadline = lastReadNanos + idle;
        long now = System.nanoTime();
        if (now - deadline >= 0 && codec.connection().numActiveStreams() == 0) {
            ctx.close();
            return;
        }
        scheduleIdleCheck(now - deadline >= 0 ? idle : deadline - now);
    }
}
