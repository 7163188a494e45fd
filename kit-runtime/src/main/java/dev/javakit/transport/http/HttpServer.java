package dev.javakit.transport.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import dev.javakit.concurrent.Threads;
import dev.javakit.context.Context;
import dev.javakit.json.JsonCodec;
import dev.javakit.transport.Transport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An HTTP server for generated route tables, on the JDK's built-in {@code com.sun.net.httpserver}.
 *
 * <pre>{@code
 * HttpServer server = HttpServer.builder()
 *         .address(":8080")
 *         .routes(ProfileServiceHttpRoutes.of(endpoints))
 *         .build()
 *         .start();
 * }</pre>
 *
 * <p>Every response, success or error, is JSON. Unknown paths are 404, known paths under another
 * method 405 with {@code Allow}, bodies over the limit 413, and exceptions are answered by
 * {@link ErrorEncoder}. Handlers run on virtual threads where the JDK has them (21+), else on a
 * fixed pool of platform threads.
 */
public final class HttpServer implements AutoCloseable {

    static {
        // Without TCP_NODELAY, Nagle's algorithm and delayed ACKs make the JDK server ~60x slower
        // on keep-alive connections. The property is read once, when the JDK's server classes
        // load, so it is set here, before this class creates the first server.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private static final Logger log = LoggerFactory.getLogger(HttpServer.class);
    private static final Duration DEFAULT_GRACE = Duration.ofSeconds(5);
    /** Every request's context starts here: immutable, so one instance serves them all. */
    private static final Context HTTP_CONTEXT = Context.background().with(Transport.KEY, Transport.HTTP);
    /**
     * How much of an unread request body is read and discarded before answering, so that the
     * connection can be kept alive. A client sends its whole body before reading the answer; if
     * the server closed with unread bytes, TCP would reset the connection and the client could lose
     * the response. Beyond this, the answer says {@code Connection: close} instead.
     */
    private static final int MAX_DISCARDED_BODY_BYTES = 4 << 20;

    private final InetSocketAddress requestedAddress;
    private final Router router;
    private final ErrorEncoder errors;
    private final List<ServerBefore> before;
    private final List<ServerAfter> after;
    private final List<HttpServerListener> listeners;
    private final int maxRequestBodyBytes;
    private final Executor configuredExecutor;
    private final AtomicInteger inFlight = new AtomicInteger();

    private com.sun.net.httpserver.HttpServer server;
    private ExecutorService ownedExecutor;

    private HttpServer(Builder builder) {
        this.requestedAddress = builder.address;
        this.router = new Router();
        Map<Class<? extends Throwable>, Integer> statuses = new LinkedHashMap<>();
        for (HttpRoutes routes : builder.routes) {
            routes.routes().forEach(router::add);
            statuses.putAll(routes.errorStatuses());
        }
        statuses.putAll(builder.errorStatuses);
        this.errors = new ErrorEncoder(statuses, builder.json);
        this.before = List.copyOf(builder.before);
        this.after = List.copyOf(builder.after);
        this.listeners = List.copyOf(builder.listeners);
        this.maxRequestBodyBytes = builder.maxRequestBodyBytes;
        this.configuredExecutor = builder.executor;
    }

    /** Returns a builder listening on port 8080 of every interface by default. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Binds the address and starts serving.
     *
     * @throws IOException if the address cannot be bound
     * @throws IllegalStateException if the server was already started
     */
    public synchronized HttpServer start() throws IOException {
        if (server != null) {
            throw new IllegalStateException("server already started");
        }
        com.sun.net.httpserver.HttpServer created = com.sun.net.httpserver.HttpServer.create(requestedAddress, 0);
        created.createContext("/", this::handle);
        Executor executor = configuredExecutor;
        if (executor == null) {
            ownedExecutor = defaultExecutor();
            executor = ownedExecutor;
        }
        created.setExecutor(executor);
        created.start();
        server = created;
        log.atInfo()
                .addKeyValue("transport", "HTTP")
                .addKeyValue("addr", hostPort(created.getAddress()))
                .addKeyValue("routes", router.routes().size())
                .log("listening");
        return this;
    }

    /** Returns the bound address (with the actual port when 0 was asked for). */
    public synchronized InetSocketAddress address() {
        if (server == null) {
            throw new IllegalStateException("server not started");
        }
        return server.getAddress();
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
     * Stops accepting connections, lets requests in progress finish for up to {@code grace}, then
     * closes every connection. Does nothing when the server is not running.
     */
    public void stop(Duration grace) {
        com.sun.net.httpserver.HttpServer running;
        ExecutorService executor;
        synchronized (this) {
            running = server;
            executor = ownedExecutor;
            server = null;
            ownedExecutor = null;
        }
        if (running == null) {
            return;
        }
        // The JDK server waits the whole delay when nothing is in flight (JDK-8304065, fixed in
        // 22), so an idle server is stopped at once and a busy one is given the grace period,
        // which it leaves early when the last exchange ends.
        int delaySeconds = inFlight.get() == 0 ? 0 : (int) Math.max(1, grace.toSeconds());
        running.stop(delaySeconds);
        if (executor != null) {
            executor.shutdown();
        }
        log.atInfo().addKeyValue("transport", "HTTP").log("stopped");
    }

    /** Stops the server with a five-second grace period. */
    @Override
    public void close() {
        stop(DEFAULT_GRACE);
    }

    private void handle(HttpExchange exchange) {
        long start = System.nanoTime();
        inFlight.incrementAndGet();
        Router.Match match = null;
        HttpStatusException routingError = null;
        try {
            match = router.match(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath());
        } catch (HttpStatusException e) {
            routingError = e;
        }
        int status = 500;
        try {
            status = respond(exchange, match, routingError);
        } finally {
            exchange.close();
            inFlight.decrementAndGet();
            if (!listeners.isEmpty()) {
                String route = match == null ? null : match.template().text();
                long duration = System.nanoTime() - start;
                for (HttpServerListener listener : listeners) {
                    listener.requestCompleted(exchange.getRequestMethod(), route, status, duration);
                }
            }
        }
    }

    /** Answers the request (with the routing error when there is no match) and returns the status sent. */
    private int respond(HttpExchange exchange, Router.Match match, HttpStatusException routingError) {
        int status;
        Map<String, String> headers;
        String contentType;
        byte[] body;
        try {
            if (match == null) {
                throw routingError;
            }
            JdkHttpServerRequest request = new JdkHttpServerRequest(exchange, match, maxRequestBodyBytes);
            Context ctx = HTTP_CONTEXT;
            for (ServerBefore hook : before) {
                ctx = hook.apply(ctx, request);
            }
            HttpResponse response = match.route().handler().handle(ctx, request);
            status = response.status();
            contentType = response.contentType();
            body = response.body();
            headers = Map.of();
            if (!after.isEmpty()) {
                ServerAfter.ResponseHeaders responseHeaders = responseHeaders(exchange.getResponseHeaders());
                for (ServerAfter hook : after) {
                    hook.apply(ctx, responseHeaders);
                }
            }
        } catch (Throwable error) {
            ErrorEncoder.Encoded encoded = errors.encode(error);
            if (encoded.unexpected()) {
                log.atError()
                        .setCause(error)
                        .addKeyValue("method", exchange.getRequestMethod())
                        .addKeyValue("path", exchange.getRequestURI().getRawPath())
                        .log("unexpected error; answered 500");
            } else {
                log.atDebug()
                        .addKeyValue("method", exchange.getRequestMethod())
                        .addKeyValue("path", exchange.getRequestURI().getRawPath())
                        .addKeyValue("status", encoded.status())
                        .addKeyValue("error", error.getMessage())
                        .log("request failed");
            }
            // An after-hook may have set headers before failing; they belong to a success only.
            exchange.getResponseHeaders().clear();
            status = encoded.status();
            headers = encoded.headers();
            contentType = HttpResponse.JSON;
            body = encoded.body();
        }
        if (!discardUnreadBody(exchange)) {
            exchange.getResponseHeaders().set("Connection", "close");
        }
        send(exchange, status, headers, contentType, body);
        return status;
    }

    /** Reads what is left of the request body, up to a bound; returns whether it reached the end. */
    private static boolean discardUnreadBody(HttpExchange exchange) {
        try {
            InputStream in = exchange.getRequestBody();
            if (in.read() < 0) {
                return true;
            }
            byte[] buffer = new byte[8192];
            long left = MAX_DISCARDED_BODY_BYTES;
            while (left > 0) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (read < 0) {
                    return true;
                }
                left -= read;
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static void send(HttpExchange exchange, int status, Map<String, String> headers, String contentType,
            byte[] body) {
        Headers responseHeaders = exchange.getResponseHeaders();
        responseHeaders.set("Content-Type", contentType);
        headers.forEach(responseHeaders::set);
        try {
            // -1 is the JDK's "no body": what a 204 must have, and an empty 200 may.
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException e) {
            // The client went away; there is nobody left to answer.
            log.atDebug().setCause(e).log("writing the response failed");
        }
    }

    private static ServerAfter.ResponseHeaders responseHeaders(Headers headers) {
        return new ServerAfter.ResponseHeaders() {
            @Override
            public void set(String name, String value) {
                headers.set(name, value);
            }

            @Override
            public void add(String name, String value) {
                headers.add(name, value);
            }
        };
    }

    private static ExecutorService defaultExecutor() {
        ExecutorService virtualThreads = Threads.virtualPerTask("kit-http-");
        if (virtualThreads != null) {
            return virtualThreads;
        }
        int threads = Math.max(16, 8 * Runtime.getRuntime().availableProcessors());
        return Executors.newFixedThreadPool(threads, Threads.daemons("kit-http-"));
    }

    static String hostPort(InetSocketAddress address) {
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
    static InetSocketAddress parseAddress(String text) {
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

    /** Configures an {@link HttpServer}. */
    public static final class Builder {

        private InetSocketAddress address = new InetSocketAddress(8080);
        private final List<HttpRoutes> routes = new ArrayList<>();
        private final Map<Class<? extends Throwable>, Integer> errorStatuses = new LinkedHashMap<>();
        private final List<ServerBefore> before = new ArrayList<>();
        private final List<ServerAfter> after = new ArrayList<>();
        private final List<HttpServerListener> listeners = new ArrayList<>();
        private int maxRequestBodyBytes = 1 << 20;
        private Executor executor;
        private JsonCodec json = JsonCodec.standard();

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
            if (status < 400 || status > 599) {
                throw new IllegalArgumentException("an error status is 400 to 599, not " + status);
            }
            errorStatuses.put(Objects.requireNonNull(type, "type"), status);
            return this;
        }

        /** Answers bodies larger than {@code bytes} with 413; one MiB by default. */
        public Builder maxRequestBodyBytes(int bytes) {
            if (bytes < 0 || bytes == Integer.MAX_VALUE) {
                throw new IllegalArgumentException("maxRequestBodyBytes must be from 0 to " + (Integer.MAX_VALUE - 1));
            }
            this.maxRequestBodyBytes = bytes;
            return this;
        }

        /** Runs handlers on {@code executor}, which the caller owns and shuts down. */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
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
         * @throws IllegalArgumentException if a path template is malformed or two routes share a
         *     method and template
         */
        public HttpServer build() {
            return new HttpServer(this);
        }
    }
}
