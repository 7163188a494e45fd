package dev.javakit.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.javakit.concurrent.Threads;
import dev.javakit.sample.profilesvc.Profile;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ceiling of the load benchmark: what a careful person would write by hand on the kit's engine
 * (Netty, epoll, one event loop per core) to answer {@code GET /profiles/{id}} with the same JSON,
 * and nothing else: no router, no endpoint, no decorators, no metrics, no limits.
 *
 * <p>{@code -Dceiling.dispatch=worker} answers on the threads the kit's server runs handlers on
 * (virtual threads on JDK 21+, a pool before) instead of the event loop, which measures what that
 * hand-off costs.
 *
 * <pre>java -cp kit-benchmarks.jar:lib/* dev.javakit.benchmarks.CeilingServer 127.0.0.1:8090</pre>
 */
public final class CeilingServer {

    private static final String PREFIX = "/profiles/";

    private CeilingServer() {
    }

    /** Serves the ceiling on the given {@code host:port}. */
    public static void main(String[] args) throws InterruptedException {
        String[] hostPort = (args.length > 0 ? args[0] : "127.0.0.1:8090").split(":");
        Map<String, Profile> profiles = new ConcurrentHashMap<>(Map.of(Fixtures.ALICE.id(), Fixtures.ALICE));
        ObjectWriter writer = JsonMapper.builder()
                .changeDefaultPropertyInclusion(include -> include.withValueInclusion(JsonInclude.Include.NON_EMPTY))
                .build()
                .writerFor(Map.class);
        Executor worker = System.getProperty("ceiling.dispatch", "eventloop").equals("worker") ? worker() : null;
        boolean epoll = Epoll.isAvailable();
        new ServerBootstrap()
                .group(new MultiThreadIoEventLoopGroup(Runtime.getRuntime().availableProcessors(),
                        epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory()))
                .channel(epoll ? EpollServerSocketChannel.class : NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel channel) {
                        channel.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(1 << 20),
                                new SimpleChannelInboundHandler<FullHttpRequest>() {
                                    @Override
                                    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
                                        String uri = request.uri();
                                        boolean keepAlive = HttpUtil.isKeepAlive(request);
                                        boolean get = request.method().equals(HttpMethod.GET);
                                        Runnable answer = () -> {
                                            Profile profile = get && uri.startsWith(PREFIX)
                                                    ? profiles.get(uri.substring(PREFIX.length()))
                                                    : null;
                                            FullHttpResponse response = profile == null
                                                    ? response(HttpResponseStatus.NOT_FOUND, "{\"error\":\"not found\"}".getBytes())
                                                    : response(HttpResponseStatus.OK, writer.writeValueAsBytes(Map.of("profile", profile)));
                                            if (keepAlive) {
                                                ctx.writeAndFlush(response);
                                            } else {
                                                ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
                                            }
                                        };
                                        if (worker == null) {
                                            answer.run();
                                        } else {
                                            worker.execute(answer);
                                        }
                                    }
                                });
                    }
                })
                .bind(hostPort[0], Integer.parseInt(hostPort[1]))
                .sync();
        System.err.println("ceiling listening on " + String.join(":", hostPort) + (epoll ? " (epoll)" : " (nio)"));
    }

    private static FullHttpResponse response(HttpResponseStatus status, byte[] body) {
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(body));
        response.headers()
                .set(HttpHeaderNames.CONTENT_TYPE, "application/json; charset=utf-8")
                .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
        return response;
    }

    private static Executor worker() {
        Executor virtual = Threads.virtualPerTask("ceiling-");
        return virtual != null ? virtual
                : Executors.newFixedThreadPool(Math.max(16, 8 * Runtime.getRuntime().availableProcessors()),
                        Threads.daemons("ceiling-"));
    }
}
