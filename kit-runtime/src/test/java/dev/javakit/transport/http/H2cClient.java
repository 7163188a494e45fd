package dev.javakit.transport.http;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http2.DefaultHttp2DataFrame;
import io.netty.handler.codec.http2.DefaultHttp2Headers;
import io.netty.handler.codec.http2.DefaultHttp2HeadersFrame;
import io.netty.handler.codec.http2.Http2DataFrame;
import io.netty.handler.codec.http2.Http2FrameCodecBuilder;
import io.netty.handler.codec.http2.Http2GoAwayFrame;
import io.netty.handler.codec.http2.Http2Headers;
import io.netty.handler.codec.http2.Http2HeadersFrame;
import io.netty.handler.codec.http2.Http2MultiplexHandler;
import io.netty.handler.codec.http2.Http2StreamChannel;
import io.netty.handler.codec.http2.Http2StreamChannelBootstrap;
import io.netty.util.ReferenceCountUtil;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An HTTP/2 client speaking cleartext with prior knowledge (the client opens with the HTTP/2
 * preface), which {@code java.net.http} cannot: Netty's own HTTP/2 codec on the client side.
 */
final class H2cClient implements AutoCloseable {

    /** One response: status, headers and body. */
    record Response(int status, Http2Headers headers, String body) {

        String header(String name) {
            CharSequence value = headers.get(name);
            return value == null ? null : value.toString();
        }
    }

    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final Channel connection;
    private final String authority;
    /** GOAWAY frames the server sent. */
    final LinkedBlockingQueue<Long> goAways = new LinkedBlockingQueue<>();

    H2cClient(int port) throws IOException {
        authority = "127.0.0.1:" + port;
        try {
            connection = new Bootstrap()
                    .group(group)
                    .channel(NioSocketChannel.class)
                    .handler(new ChannelInitializer<Channel>() {
                        @Override
                        protected void initChannel(Channel channel) {
                            channel.pipeline().addLast(Http2FrameCodecBuilder.forClient().build(),
                                    new Http2MultiplexHandler(new ChannelInboundHandlerAdapter()),
                                    new ChannelInboundHandlerAdapter() {
                                        @Override
                                        public void channelRead(ChannelHandlerContext ctx, Object msg) {
                                            if (msg instanceof Http2GoAwayFrame goAway) {
                                                goAways.add((long) goAway.lastStreamId());
                                            }
                                            ReferenceCountUtil.release(msg);
                                        }
                                    });
                        }
                    })
                    .connect("127.0.0.1", port)
                    .sync()
                    .channel();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while connecting", e);
        }
    }

    /** Sends a request on a new stream; {@code body} may be null. */
    CompletableFuture<Response> send(String method, String path, byte[] body) {
        return send(method, path, body, new DefaultHttp2Headers());
    }

    /** Sends a request with extra headers on a new stream; {@code body} may be null. */
    CompletableFuture<Response> send(String method, String path, byte[] body, Http2Headers extra) {
        CompletableFuture<Response> response = new CompletableFuture<>();
        Http2StreamChannel stream = open(response);
        Http2Headers headers = request(method, path).add(extra);
        if (body != null) {
            headers.setInt("content-length", body.length);
        }
        stream.write(new DefaultHttp2HeadersFrame(headers, body == null));
        if (body != null) {
            stream.write(new DefaultHttp2DataFrame(Unpooled.wrappedBuffer(body), true));
        }
        stream.flush();
        return response;
    }

    /** Sends only the headers of a request announcing a body, and never the body. */
    CompletableFuture<Response> sendHeadersOnly(String method, String path, int contentLength) {
        CompletableFuture<Response> response = new CompletableFuture<>();
        open(response).writeAndFlush(new DefaultHttp2HeadersFrame(
                request(method, path).setInt("content-length", contentLength), false));
        return response;
    }

    private Http2StreamChannel open(CompletableFuture<Response> response) {
        return new Http2StreamChannelBootstrap(connection)
                .handler(new Collector(response))
                .open()
                .syncUninterruptibly()
                .getNow();
    }

    private Http2Headers request(String method, String path) {
        return new DefaultHttp2Headers().method(method).path(path).scheme("http").authority(authority);
    }

    Response get(String path) throws Exception {
        return send("GET", path, null).get(5, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        connection.close().syncUninterruptibly();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    /** Collects one stream's response. */
    private static final class Collector extends ChannelInboundHandlerAdapter {
        private final CompletableFuture<Response> response;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private Http2Headers headers;

        Collector(CompletableFuture<Response> response) {
            this.response = response;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            try {
                if (msg instanceof Http2HeadersFrame frame) {
                    if (headers == null) {
                        headers = frame.headers();
                    }
                    if (frame.isEndStream()) {
                        complete();
                    }
                } else if (msg instanceof Http2DataFrame frame) {
                    body.writeBytes(ByteBufUtil.getBytes(frame.content()));
                    if (frame.isEndStream()) {
                        complete();
                    }
                }
            } finally {
                ReferenceCountUtil.release(msg);
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            if (headers != null) {
                complete();
            }
            response.completeExceptionally(new IOException("stream closed before a response"));
        }

        private void complete() {
            response.complete(new Response(Integer.parseInt(headers.status().toString()), headers,
                    body.toString(StandardCharsets.UTF_8)));
        }
    }
}
