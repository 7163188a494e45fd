package dev.javakit.transport.http;

import dev.javakit.concurrent.ShutdownHook;
import dev.javakit.errors.ErrorStatuses;
import dev.javakit.json.JsonCodec;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * An HTTP server for generated route tables, on Netty: HTTP/1.1, and HTTP/2 in cleartext (prior
 * knowledge or {@code Upgrade: h2c}) and over TLS (ALPN).
 *
 * <pre>{@code
 * HttpServer server = HttpServer.builder()
 *         .address(":8080")
 *         .routes(ProfileServiceHttpRoutes.of(endpoints))
 *         .build()
 *         .start()
 *         .registerShutdownHook();
 * }</pre>
 *
 * <p>Every response, success or error, is JSON. Unknown paths are 404, known paths under another
 * method 405 with {@code Allow}; {@code HEAD} is answered on every {@code GET} route and
 * {@code OPTIONS} on every path. Requests over a limit are refused before any handler runs (request
 * line 414, headers 431, body 413), malformed ones with 400, slow ones with 408. Handlers run on
 * virtual threads where the JDK has them (21+), else on a bounded pool; past
 * {@link Builder#maxConcurrentRequests} the server answers 503 with {@code Retry-After}. Stopping
 * answers every request already read before closing its connection.
 */
public final class HttpServer implements AutoCloseable {

    static {
        // Netty registers its buffer-allocation events with Java Flight Recorder when its first class
        // loads, which costs a service some 60 ms of start-up (median first answer 305 ms -> 244 ms
        // on JDK 17, measured alternately). They are wanted only while profiling Netty itself:
        // -Dio.netty.jfr.enabled=true brings them back.
        if (System.getProperty("io.netty.jfr.enabled") == null) {
            System.setProperty("io.netty.jfr.enabled", "false");
        }
    }

    private static final Logger log = LoggerFactory.getLogger(HttpServer.class);

    private final InetSocketAddress requestedAddress;
    private final Router router;
    private final Exchange exchange;
    private final List<HttpServerListener> listeners;
    private final List<ServerLifecycleListener> lifecycleListeners;
    private final ServerLimits limits;
    private final int maxConcurrentRequests;
    private final int workerThreads;
    private final Executor configuredExecutor;
    private final SslContext tls;
    private final boolean http2;
    private final boolean nativeTransport;
    private final int ioThreads;
    private final Duration gracePeriod;

    private Channel listener;
    private EventLoopGroup eventLoops;
    private Dispatcher dispatcher;
    private final Set<Channel> connections = ConcurrentHashMap.newKeySet();

    private HttpServer(Builder builder) {
        this.requestedAddress = builder.address;
        this.router = new Router();
        Map<Class<? extends Throwable>, Integer> statuses = new LinkedHashMap<>();
        List<ServerLifecycleListener> lifecycle = new ArrayList<>();
        for (HttpRoutes routes : builder.routes) {
            routes.routes().forEach(route -> router.add(route, routes.isNonBlocking()));
            statuses.putAll(routes.errorStatuses());
            lifecycle.addAll(routes.lifecycleListeners());
        }
        lifecycle.addAll(builder.lifecycleListeners);
        this.lifecycleListeners = List.copyOf(lifecycle);
        statuses.putAll(builder.errorStatuses);
        this.exchange = new Exchange(router, new ErrorEncoder(statuses, builder.json), builder.before, builder.after);
        this.listeners = List.copyOf(builder.listeners);
        this.limits = new ServerLimits(builder.maxRequestLineBytes, builder.maxHeaderBytes, builder.maxHeaderCount,
                builder.maxRequestBodyBytes, builder.headerReadTimeout, builder.bodyReadTimeout, builder.idleTimeout,
                builder.maxConcurrentStreams);
        this.maxConcurrentRequests = builder.maxConcurrentRequests;
        this.workerThreads = builder.workerThreads;
        this.configuredExecutor = builder.executor;
        this.http2 = builder.http2;
        this.tls = builder.certificateChain == null
                ? null
                : TlsContexts.server(builder.certificateChain, builder.privateKey, builder.http2);
        this.nativeTransport = builder.nativeTransport;
        this.ioThreads = builder.ioThreads;
        this.gracePeriod = builder.gracePeriod;
    }

    /** Returns a builder listening on port 8080 of every interface by default. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Binds the address and starts serving.
     *
     * @throws BindException naming the address, if it cannot be bound (already in use, say)
     * @throws IllegalStateException if the server was already started
     */
    public synchronized HttpServer start() throws IOException {
        if (listener != null) {
            throw new IllegalStateException("server already started");
        }
        boolean epoll = nativeTransport && Epoll.isAvailable();
        IoHandlerFactory io = epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
        Class<? extends ServerChannel> channelType = epoll ? EpollServerSocketChannel.class : NioServerSocketChannel.class;
        // Not daemons: a started server keeps the JVM alive until it is stopped, as a listening server should.
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(ioThreads, new DefaultThreadFactory("kit-http-io", false), io);
        Dispatcher handlers = configuredExecutor == null
                ? Dispatcher.create(maxConcurrentRequests, workerThreads)
                : Dispatcher.on(configuredExecutor, maxConcurrentRequests);
        ServerContext context = new ServerContext(limits, exchange, handlers, listeners);
        ChannelFuture bound = new ServerBootstrap()
                .group(group)
                .channel(channelType)
                .option(ChannelOption.SO_BACKLOG, 1024)
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                // A client that shuts its output down after its requests still reads their answers.
                .childOption(ChannelOption.ALLOW_HALF_CLOSURE, true)
                .childHandler(new ServerPipeline(context, tls, http2, connections))
                .bind(requestedAddress)
                .awaitUninterruptibly();
        if (!bound.isSuccess()) {
            group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            handlers.shutdown();
            throw bindFailure(bound.cause());
        }
        listener = bound.channel();
        eventLoops = group;
        dispatcher = handlers;
        log.atInfo()
                .addKeyValue("transport", "HTTP")
                .addKeyValue("addr", hostPort(address()))
                .addKeyValue("protocols", tls != null ? (http2 ? "h2,http/1.1" : "http/1.1") : (http2 ? "h2c,http/1.1" : "http/1.1"))
                .addKeyValue("engine", epoll ? "netty-epoll" : "netty-nio")
                .addKeyValue("routes", router.routes().size())
                .log("listening");
        // The route table once, a line per route: what the service answers, read where it starts.
        if (log.isInfoEnabled()) {
            for (HttpRoute route : router.routes()) {
                LoggingEventBuilder line = log.atInfo()
                        .addKeyValue("method", route.method())
                        .addKeyValue("route", route.pathTemplate());
                if (route.endpoint() != null) {
                    line = line.addKeyValue("endpoint", route.endpoint().service() + "." + route.endpoint().method());
                }
                line.log("route");
            }
        }
        for (ServerLifecycleListener lifecycle : lifecycleListeners) {
            try {
                lifecycle.serverStarted(address());
            } catch (Exception e) {
                stop(Duration.ZERO);
                throw new IOException("the server stopped: a lifecycle listener failed as it started: " + e.getMessage(), e);
            }
        }
        return this;
    }

    private BindException bindFailure(Throwable cause) {
        String reason = cause == null || cause.getMessage() == null ? "bind failed" : cause.getMessage();
        if (reason.contains("Address already in use")) {
            reason = "address already in use";
        }
        BindException failure = new BindException("cannot listen on " + hostPort(requestedAddress) + ": " + reason);
        failure.initCause(cause);
        return failure;
    }

    /** Returns the bound address (with the actual port when 0 was asked for). */
    public synchronized InetSocketAddress address() {
        if (listener == null) {
            throw new IllegalStateException("server not started");
        }
        return (InetSocketAddress) listener.localAddress();
    }

    /** Returns the bound port. */
    public int port() {
        return address().getPort();
    }

    /** Returns the routes this server serves, in the order they were mounted. */
    public List<HttpRoute> routes() {
        return router.routes();
    }

    /**
     * Stops gracefully: stops accepting connections, closes idle ones at once, answers every request
     * already read (the last answer on each HTTP/1.1 connection says {@code Connection: close};
     * HTTP/2 connections get {@code GOAWAY}), waits for them up to {@code grace}, then closes
     * whatever is left. Does nothing when the server is not running.
     */
    public void stop(Duration grace) {
        Channel running;
        EventLoopGroup group;
        Dispatcher handlers;
        synchronized (this) {
            running = listener;
            group = eventLoops;
            handlers = dispatcher;
            listener = null;
            eventLoops = null;
            dispatcher = null;
        }
        if (running == null) {
            return;
        }
        long deadline = System.nanoTime() + grace.toNanos();
        for (ServerLifecycleListener lifecycle : lifecycleListeners) {
            try {
                lifecycle.serverStopping();
            } catch (Exception e) {
                log.atWarn().setCause(e).log("a lifecycle listener failed as the server began to stop");
            }
        }
        running.close().awaitUninterruptibly();
        ServerContext.Drain drain = new ServerContext.Drain(grace.toMillis());
        List<Channel> open = new ArrayList<>(connections);
        for (Channel connection : open) {
            connection.pipeline().fireUserEventTriggered(drain);
        }
        for (Channel connection : open) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || !connection.closeFuture().awaitUninterruptibly(left, TimeUnit.NANOSECONDS)) {
                break;
            }
        }
        int forced = 0;
        for (Channel connection : connections) {
            forced++;
            connection.close();
        }
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
        handlers.shutdown();
        log.atInfo().addKeyValue("transport", "HTTP").addKeyValue("forced_closes", forced).log("stopped");
    }

    /** Stops the server with the builder's grace period. */
    @Override
    public void close() {
        stop(gracePeriod);
    }

    /**
     * Stops this server gracefully when the JVM shuts down (SIGTERM, Ctrl-C, {@code System.exit}),
     * then closes {@code afterwards} in order, such as a tracer provider that still holds spans and
     * a logging context that still holds lines: one hook, so that they close after the last request
     * has been answered and logged (the JVM runs separate hooks all at once).
     */
    public HttpServer registerShutdownHook(AutoCloseable... afterwards) {
        ShutdownHook.register("kit-http-shutdown", this, afterwards);
        return this;
    }

    /**
     * Returns {@code address} in Go's notation, as logs show it: {@code ":8080"} for every
     * interface, {@code "127.0.0.1:8080"}, {@code "[::1]:8080"}.
     */
    public static String hostPort(InetSocketAddress address) {
        String host = address.getAddress() != null && address.getAddress().isAnyLocalAddress()
                ? ""
                : address.getHostString();
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + address.getPort();
    }

    /**
     * Parses Go's address notation: {@code ":8080"} (every interface), {@code "127.0.0.1:8080"},
     * {@code "[::1]:8080"}, {@code "localhost:0"} (an ephemeral port).
     *
     * @throws IllegalArgumentException if the text is not {@code [host]:port}
     */
    public static InetSocketAddress parseAddress(String text) {
        int colon = text.lastIndexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("address must be [host]:port, like :8080 or 127.0.0.1:8080: " + text);
        }
        String host = text.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port;
        try {
            port = Integer.parseInt(text.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("address port must be a number from 0 to 65535: " + text, e);
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("address port must be a number from 0 to 65535: " + text);
        }
        return host.isEmpty() ? new InetSocketAddress(port) : new InetSocketAddress(host, port);
    }

    /** Configures an {@link HttpServer}; every limit and timeout has a default fit for production. */
    public static final class Builder {

        private InetSocketAddress address = new InetSocketAddress(8080);
        private final List<HttpRoutes> routes = new ArrayList<>();
        private final Map<Class<? extends Throwable>, Integer> errorStatuses = new LinkedHashMap<>();
        private final List<ServerBefore> before = new ArrayList<>();
        private final List<ServerAfter> after = new ArrayList<>();
        private final List<HttpServerListener> listeners = new ArrayList<>();
        private final List<ServerLifecycleListener> lifecycleListeners = new ArrayList<>();
        private int maxRequestBodyBytes = 1 << 20;
        private int maxRequestLineBytes = 8 << 10;
        private int maxHeaderBytes = 16 << 10;
        private int maxHeaderCount = 100;
        private Duration headerReadTimeout = Duration.ofSeconds(10);
        private Duration bodyReadTimeout = Duration.ofSeconds(30);
        // Longer than the 60 s of common load balancers, so that they close idle connections first.
        private Duration idleTimeout = Duration.ofSeconds(75);
        private int maxConcurrentRequests = 1024;
        private int workerThreads = Math.max(16, 8 * Runtime.getRuntime().availableProcessors());
        private int maxConcurrentStreams = 100;
        private Executor executor;
        private JsonCodec json = JsonCodec.standard();
        private Path certificateChain;
        private Path privateKey;
        private boolean http2 = true;
        private boolean nativeTransport = true;
        private int ioThreads = Runtime.getRuntime().availableProcessors();
        private Duration gracePeriod = Duration.ofSeconds(10);

        private Builder() {
        }

        /** Listens on {@code address}. */
        public Builder address(InetSocketAddress address) {
            this.address = Objects.requireNonNull(address, "address");
            return this;
        }

        /** Listens on an address in Go's notation: {@code ":8080"}, {@code "127.0.0.1:0"}, {@code "[::1]:8080"}. */
        public Builder address(String address) {
            return address(parseAddress(address));
        }

        /** Serves a route table, such as a generated {@code ProfileServiceHttpRoutes.of(endpoints)}. */
        public Builder routes(HttpRoutes table) {
            routes.add(Objects.requireNonNull(table, "table"));
            return this;
        }

        /** Answers exceptions of {@code type} (and subclasses) with {@code status}, overriding the generated table. */
        public Builder errorStatus(Class<? extends Throwable> type, int status) {
            errorStatuses.put(Objects.requireNonNull(type, "type"), ErrorStatuses.requireErrorStatus(status));
            return this;
        }

        /** Answers bodies larger than {@code bytes} with 413, as soon as a {@code Content-Length} says so; one MiB by default. */
        public Builder maxRequestBodyBytes(int bytes) {
            this.maxRequestBodyBytes = checkSize("maxRequestBodyBytes", bytes, 0);
            return this;
        }

        /** Answers a request line longer than {@code bytes} with 414; 8 KiB by default. */
        public Builder maxRequestLineBytes(int bytes) {
            this.maxRequestLineBytes = checkSize("maxRequestLineBytes", bytes, 64);
            return this;
        }

        /** Answers headers larger than {@code bytes} in all with 431; 16 KiB by default. */
        public Builder maxHeaderBytes(int bytes) {
            this.maxHeaderBytes = checkSize("maxHeaderBytes", bytes, 256);
            return this;
        }

        /** Answers requests with more than {@code count} header fields with 431; 100 by default. */
        public Builder maxHeaderCount(int count) {
            this.maxHeaderCount = checkSize("maxHeaderCount", count, 1);
            return this;
        }

        /** Answers 408 when a request's headers take longer than {@code timeout} from its first byte; 10 s by default. */
        public Builder headerReadTimeout(Duration timeout) {
            this.headerReadTimeout = checkTimeout("headerReadTimeout", timeout);
            return this;
        }

        /** Answers 408 when a request's body takes longer than {@code timeout} after its headers; 30 s by default. */
        public Builder bodyReadTimeout(Duration timeout) {
            this.bodyReadTimeout = checkTimeout("bodyReadTimeout", timeout);
            return this;
        }

        /** Closes a connection that has had nothing to answer for {@code timeout}; 75 s by default. */
        public Builder idleTimeout(Duration timeout) {
            this.idleTimeout = checkTimeout("idleTimeout", timeout);
            return this;
        }

        /**
         * Admits at most {@code count} requests at once, running or waiting for a thread; the next
         * one is answered 503 with {@code Retry-After}; 1024 by default.
         */
        public Builder maxConcurrentRequests(int count) {
            this.maxConcurrentRequests = checkSize("maxConcurrentRequests", count, 1);
            return this;
        }

        /**
         * Runs handlers on {@code count} platform threads where the JDK has no virtual threads
         * (before 21); 8 per core, at least 16, by default.
         */
        public Builder workerThreads(int count) {
            this.workerThreads = checkSize("workerThreads", count, 1);
            return this;
        }

        /** Lets an HTTP/2 client open at most {@code count} streams at once per connection; 100 by default. */
        public Builder maxConcurrentStreams(int count) {
            this.maxConcurrentStreams = checkSize("maxConcurrentStreams", count, 1);
            return this;
        }

        /** Runs handlers on {@code executor}, which the caller owns and shuts down. */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /**
         * Serves TLS with this PEM certificate chain and PKCS#8 PEM private key; ALPN offers
         * {@code h2} (unless HTTP/2 is off) and {@code http/1.1}.
         *
         * @throws IllegalArgumentException when {@link #build} cannot read them
         */
        public Builder tls(Path certificateChain, Path privateKey) {
            this.certificateChain = Objects.requireNonNull(certificateChain, "certificateChain");
            this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
            return this;
        }

        /** Whether HTTP/2 is served beside HTTP/1.1 (h2c in cleartext, h2 with TLS); on by default. */
        public Builder http2(boolean enabled) {
            this.http2 = enabled;
            return this;
        }

        /** Whether Linux's epoll is used where its native library loads (else NIO); on by default. */
        public Builder nativeTransport(boolean enabled) {
            this.nativeTransport = enabled;
            return this;
        }

        /** Reads and writes connections on {@code count} event-loop threads; one per core by default. */
        public Builder ioThreads(int count) {
            this.ioThreads = checkSize("ioThreads", count, 1);
            return this;
        }

        /** How long {@link #close} and the shutdown hook wait for requests in progress; 10 s by default. */
        public Builder gracePeriod(Duration grace) {
            Objects.requireNonNull(grace, "grace");
            if (grace.isNegative()) {
                throw new IllegalArgumentException("gracePeriod must not be negative: " + grace);
            }
            this.gracePeriod = grace;
            return this;
        }

        /** Adds a hook run before each request is decoded. */
        public Builder before(ServerBefore hook) {
            before.add(Objects.requireNonNull(hook, "hook"));
            return this;
        }

        /** Adds a hook run after each successful endpoint call, before the response is written. */
        public Builder after(ServerAfter hook) {
            after.add(Objects.requireNonNull(hook, "hook"));
            return this;
        }

        /** Tells {@code listener} when the server starts and begins to stop, besides the route tables' own. */
        public Builder lifecycleListener(ServerLifecycleListener listener) {
            lifecycleListeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /** Tells {@code listener} about every request once answered, such as {@code HttpServerMetrics}. */
        public Builder listener(HttpServerListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /** Writes error bodies with {@code json}; the standard codec by default. */
        public Builder json(JsonCodec json) {
            this.json = Objects.requireNonNull(json, "json");
            return this;
        }

        /**
         * Returns the server, not yet started.
         *
         * @throws IllegalArgumentException if a path template is malformed, two routes share a
         *     method and template, or the TLS files cannot be read
         */
        public HttpServer build() {
            return new HttpServer(this);
        }

        private static int checkSize(String name, int value, int min) {
            if (value < min || value == Integer.MAX_VALUE) {
                throw new IllegalArgumentException(name + " must be from " + min + " to " + (Integer.MAX_VALUE - 1) + ": " + value);
            }
            return value;
        }

        private static Duration checkTimeout(String name, Duration timeout) {
            Objects.requireNonNull(timeout, name);
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException(name + " must be positive: " + timeout);
            }
            return timeout;
        }
    }
}
