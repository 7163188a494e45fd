package dev.javakit.transport.http;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.DefaultHttpHeadersFactory;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerUpgradeHandler;
import io.netty.handler.codec.http2.CleartextHttp2ServerUpgradeHandler;
import io.netty.handler.codec.http2.Http2CodecUtil;
import io.netty.handler.codec.http2.Http2FrameCodec;
import io.netty.handler.codec.http2.Http2FrameCodecBuilder;
import io.netty.handler.codec.http2.Http2MultiplexHandler;
import io.netty.handler.codec.http2.Http2ServerUpgradeCodec;
import io.netty.handler.codec.http2.Http2Settings;
import io.netty.handler.codec.http2.Http2StreamChannel;
import io.netty.handler.ssl.ApplicationProtocolNames;
import io.netty.handler.ssl.ApplicationProtocolNegotiationHandler;
import io.netty.handler.ssl.SslContext;
import io.netty.util.AsciiString;
import java.util.Set;

/**
 * Sets up each new connection: TLS with ALPN choosing {@code h2} or {@code http/1.1}; or, in
 * cleartext, HTTP/1.1 that becomes HTTP/2 by prior knowledge (the client starts with the HTTP/2
 * preface) or by an {@code Upgrade: h2c} request. Both protocols end in the same
 * {@link Exchange}.
 */
final class ServerPipeline extends ChannelInitializer<Channel> {

    private static final String HTTP1 = "http1";
    private static final String HTTP1_ARRIVALS = "http1-arrivals";

    private final ServerContext server;
    private final SslContext tls;
    private final boolean http2;
    private final Set<Channel> connections;

    ServerPipeline(ServerContext server, SslContext tls, boolean http2, Set<Channel> connections) {
        this.server = server;
        this.tls = tls;
        this.http2 = http2;
        this.connections = connections;
    }

    @Override
    protected void initChannel(Channel channel) {
        connections.add(channel);
        channel.closeFuture().addListener(future -> connections.remove(channel));
        ChannelPipeline pipeline = channel.pipeline();
        Http1Connection http1 = new Http1Connection(server);
        if (tls != null) {
            // The handshake has its own timeout (SslHandler's); the header-read timeout starts after it.
            pipeline.addLast(tls.newHandler(channel.alloc()));
            pipeline.addLast(new ApplicationProtocolNegotiationHandler(ApplicationProtocolNames.HTTP_1_1) {
                @Override
                protected void configurePipeline(ChannelHandlerContext ctx, String protocol) {
                    if (http2 && ApplicationProtocolNames.HTTP_2.equals(protocol)) {
                        addHttp2(ctx.pipeline());
                    } else {
                        ctx.pipeline().addLast(HTTP1_ARRIVALS, http1.arrivals).addLast(codec()).addLast(HTTP1, http1);
                    }
                }
            });
            return;
        }
        pipeline.addLast(HTTP1_ARRIVALS, http1.arrivals);
        if (http2) {
            HttpServerCodec codec = codec();
            HttpServerUpgradeHandler upgrade = new HttpServerUpgradeHandler(codec,
                    protocol -> AsciiString.contentEquals(Http2CodecUtil.HTTP_UPGRADE_PROTOCOL_NAME, protocol)
                            ? new Http2ServerUpgradeCodec(frameCodec(), multiplexer(), new Http2Lifecycle(server))
                            : null,
                    server.limits.maxRequestBodyBytes(),
                    DefaultHttpHeadersFactory.headersFactory(),
                    DefaultHttpHeadersFactory.trailersFactory(),
                    // A client upgrades with its first request or not at all; after it, the
                    // handler would only cost every request a look at its headers.
                    true);
            pipeline.addLast(new CleartextHttp2ServerUpgradeHandler(codec, upgrade, new ChannelInitializer<>() {
                @Override
                protected void initChannel(Channel ch) {
                    addHttp2(ch.pipeline());
                }
            }));
            pipeline.addLast(HTTP1, http1);
        } else {
            pipeline.addLast(codec()).addLast(HTTP1, http1);
        }
    }

    /** Removes the HTTP/1.1 handlers from a connection that has become HTTP/2. */
    static void removeHttp1(ChannelPipeline pipeline) {
        if (pipeline.get(HTTP1) != null) {
            pipeline.remove(HTTP1);
        }
        if (pipeline.get(HTTP1_ARRIVALS) != null) {
            pipeline.remove(HTTP1_ARRIVALS);
        }
    }

    private void addHttp2(ChannelPipeline pipeline) {
        pipeline.addLast(frameCodec(), multiplexer(), new Http2Lifecycle(server));
    }

    private HttpServerCodec codec() {
        ServerLimits limits = server.limits;
        return new HttpServerCodec(new HttpDecoderConfig()
                .setMaxInitialLineLength(limits.maxRequestLineBytes())
                .setMaxHeaderSize(limits.maxHeaderBytes())
                // Lone LFs and stray bytes before a request line are how requests are smuggled.
                .setStrictLineParsing(true));
    }

    private Http2FrameCodec frameCodec() {
        ServerLimits limits = server.limits;
        return Http2FrameCodecBuilder.forServer()
                .initialSettings(Http2Settings.defaultSettings()
                        .maxConcurrentStreams(limits.maxConcurrentStreams())
                        .maxHeaderListSize(limits.maxHeaderBytes()))
                .build();
    }

    private Http2MultiplexHandler multiplexer() {
        return new Http2MultiplexHandler(new ChannelInitializer<Http2StreamChannel>() {
            @Override
            protected void initChannel(Http2StreamChannel stream) {
                stream.pipeline().addLast(new Http2Stream(server));
            }
        });
    }
}
