package dev.javakit.grpc.server;

import dev.javakit.concurrent.ShutdownHook;
import dev.javakit.concurrent.Threads;
import dev.javakit.errors.ErrorStatuses;
import dev.javakit.transport.http.HttpServer;
import dev.javakit.transport.http.ServerLifecycleListener;
import io.grpc.Server;
import io.grpc.ServerServiceDefinition;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.protobuf.services.HealthStatusManager;
import io.grpc.protobuf.services.ProtoReflectionService;
import io.grpc.protobuf.services.ProtoReflectionServiceV1;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A gRPC server for generated {@link GrpcService}s, on grpc-java's Netty transport: plaintext
 * HTTP/2 (h2c with prior knowledge, as every gRPC client speaks it), with the standard health
 * service and server reflection ({@code grpc.reflection.v1}, and {@code v1alpha}, which many tools
 * still ask for).
 *
 * <pre>{@code
 * GrpcServer server = GrpcServer.builder()
 *         .address(":8081")
 *         .service(ProfileServiceGrpc.of(endpoints))
 *         .build()
 *         .start()
 *         .registerShutdownHook();
 * }</pre>
 *
 * <p>Endpoints run on virtual threads where the JDK has them (21+), else on a pool of platform
 * threads, never on the event loop, so they may block. Health answers {@code SERVING} for the
 * empty name and every service's name while the server runs, and {@code NOT_SERVING} once it
 * begins to stop. Stopping refuses new calls ({@code GOAWAY}), lets the calls in flight finish
 * within the grace period, then cancels what is left, health watches and reflection streams
 * included. A started server keeps the JVM alive until it is stopped, as {@link HttpServer} does.
 */
public final class GrpcServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GrpcServer.class);
    /** The services a server adds of its own, whose long-lived streams stopping does not wait for. */
    private static final Set<String> INFRASTRUCTURE = Set.of(
            "grpc.health.v1.Health", "grpc.reflection.v1.ServerReflection", "grpc.reflection.v1alpha.ServerReflection");

    private final InetSocketAddress requestedAddress;
    private final List<GrpcService> services;
    private final List<ServerServiceDefinition> definitions;
    private final List<GrpcServerBefore> before;
    private final Map<Class<? extends Throwable>, Integer> errorStatuses;
    private final List<ServerLifecycleListener> lifecycleListeners;
    private final Executor configuredExecutor;
    private final boolean health;
    private final boolean reflection;
    private final int maxMessageBytes;
    private final int maxConcurrentCallsPerConnection;
    private final Duration gracePeriod;

    private Server server;
    private HealthStatusManager healthStatus;
    private ExecutorService ownedExecutor;
    private InFlightCalls calls;

    private GrpcServer(Builder builder) {
        this.requestedAddress = builder.address;
        this.services = List.copyOf(builder.services);
        this.definitions = List.copyOf(builder.definitions);
        this.before = List.copyOf(builder.before);
        this.errorStatuses = Map.copyOf(builder.errorStatuses);
        this.lifecycleListeners = List.copyOf(builder.lifecycleListeners);
        this.configuredExecutor = builder.executor;
        this.health = builder.health;
        this.reflection = builder.reflection;
        this.maxMessageBytes = builder.maxMessageBytes;
        this.maxConcurrentCallsPerConnection = builder.maxConcurrentCallsPerConnection;
        this.gracePeriod = builder.gracePeriod;
    }

    /** Returns a builder listening on port 8081 of every interface by default. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Binds the address and starts serving.
     *
     * @throws BindException naming the address, if it cannot be bound (already in use, say)
     * @throws IOException if a lifecycle listener failed as the server started, which stopped it
     * @throws IllegalStateException if the server was already started
     */
    public synchronized GrpcServer start() throws IOException {
        if (server != null) {
            throw new IllegalStateException("server already started");
        }
        ExecutorService owned = configuredExecutor != null ? null : defaultExecutor();
        InFlightCalls inFlight = new InFlightCalls(INFRASTRUCTURE);
        HealthStatusManager healthManager = health ? new HealthStatusManager() : null;
        NettyServerBuilder builder = NettyServerBuilder.forAddress(requestedAddress)
                .executor(configuredExecutor != null ? configuredExecutor : owned)
                .maxInboundMessageSize(maxMessageBytes)
                .maxConcurrentCallsPerConnection(maxConcurrentCallsPerConnection)
                .addStreamTracerFactory(inFlight);
        for (GrpcService service : services) {
            builder.addService(service.definition(before, errorStatuses));
        }
        definitions.forEach(builder::addService);
        if (healthManager != null) {
            builder.addService(healthManager.getHealthService());
        }
        if (reflection) {
            addReflection(builder);
        }
        Server started = builder.build();
        try {
            started.start();
        } catch (IOException e) {
            if (owned != null) {
                owned.shutdown();
            }
            throw bindFailure(e);
        }
        server = started;
        keepJvmAlive(started);
        healthStatus = healthManager;
        ownedExecutor = owned;
        calls = inFlight;
        List<String> names = serviceNames();
        if (healthManager != null) {
            healthManager.setStatus(HealthStatusManager.SERVICE_NAME_ALL_SERVICES, ServingStatus.SERVING);
            names.forEach(name -> healthManager.setStatus(name, ServingStatus.SERVING));
        }
        log.atInfo()
                .addKeyValue("transport", "gRPC")
                .addKeyValue("addr", HttpServer.hostPort(address()))
                .addKeyValue("protocols", "h2c")
                .addKeyValue("services", String.join(",", names))
                .addKeyValue("health", health)
                .addKeyValue("reflection", reflection)
                .log("listening");
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

    /**
     * Keeps the JVM alive while {@code running} serves, as {@link HttpServer} does: grpc-java's
     * Netty threads are daemons, so a {@code main} that starts a server and returns would otherwise
     * exit at once (grpc-java leaves it to {@code main} to call {@code awaitTermination}).
     */
    private static void keepJvmAlive(Server running) {
        Thread keeper = new Thread(() -> {
            try {
                running.awaitTermination();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "kit-grpc-server");
        keeper.setDaemon(false);
        keeper.start();
    }

    /** v1alpha is deprecated for v1, but grpcurl before 1.9, Postman and others ask for it alone. */
    @SuppressWarnings("deprecation")
    private static void addReflection(NettyServerBuilder builder) {
        builder.addService(ProtoReflectionServiceV1.newInstance());
        builder.addService(ProtoReflectionService.newInstance());
    }

    private static ExecutorService defaultExecutor() {
        ExecutorService virtual = Threads.virtualPerTask("kit-grpc-");
        // Before JDK 21, grows as grpc-java's own default pool does: calls are bounded per
        // connection (maxConcurrentCallsPerConnection), and a bounded queue would stall them all.
        return virtual != null ? virtual : Executors.newCachedThreadPool(Threads.daemons("kit-grpc-"));
    }

    private BindException bindFailure(IOException failure) {
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        String reason = cause.getMessage() == null ? "bind failed" : cause.getMessage();
        if (reason.contains("Address already in use")) {
            reason = "address already in use";
        }
        BindException bind = new BindException("cannot listen on " + HttpServer.hostPort(requestedAddress) + ": " + reason);
        bind.initCause(failure);
        return bind;
    }

    /** Returns the names of the services served, the server's own (health, reflection) excepted. */
    public List<String> serviceNames() {
        Set<String> names = new LinkedHashSet<>();
        services.forEach(service -> names.add(service.name()));
        definitions.forEach(definition -> names.add(definition.getServiceDescriptor().getName()));
        return List.copyOf(names);
    }

    /** Returns the bound address (with the actual port when 0 was asked for). */
    public synchronized InetSocketAddress address() {
        if (server == null) {
            throw new IllegalStateException("server not started");
        }
        return (InetSocketAddress) server.getListenSockets().get(0);
    }

    /** Returns the bound port. */
    public int port() {
        return address().getPort();
    }

    /**
     * Stops gracefully: tells the lifecycle listeners, turns health to {@code NOT_SERVING}, refuses
     * new calls ({@code GOAWAY}), waits up to {@code grace} for the calls in flight, then cancels
     * whatever is left. Does nothing when the server is not running.
     */
    public void stop(Duration grace) {
        Server running;
        HealthStatusManager healthManager;
        ExecutorService owned;
        InFlightCalls inFlight;
        synchronized (this) {
            running = server;
            healthManager = healthStatus;
            owned = ownedExecutor;
            inFlight = calls;
            server = null;
            healthStatus = null;
            ownedExecutor = null;
            calls = null;
        }
        if (running == null) {
            return;
        }
        for (ServerLifecycleListener lifecycle : lifecycleListeners) {
            try {
                lifecycle.serverStopping();
            } catch (Exception e) {
                log.atWarn().setCause(e).log("a lifecycle listener failed as the server began to stop");
            }
        }
        if (healthManager != null) {
            healthManager.enterTerminalState();
        }
        running.shutdown();
        int cancelled = inFlight.awaitNone(grace.toNanos());
        running.shutdownNow();
        try {
            running.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (owned != null) {
            owned.shutdown();
        }
        log.atInfo().addKeyValue("transport", "gRPC").addKeyValue("cancelled_calls", cancelled).log("stopped");
    }

    /** Stops the server with the builder's grace period. */
    @Override
    public void close() {
        stop(gracePeriod);
    }

    /**
     * Stops this server gracefully when the JVM shuts down (SIGTERM, Ctrl-C, {@code System.exit}),
     * then closes {@code afterwards} in order, as {@link HttpServer#registerShutdownHook} does.
     */
    public GrpcServer registerShutdownHook(AutoCloseable... afterwards) {
        ShutdownHook.register("kit-grpc-shutdown", this, afterwards);
        return this;
    }

    /** Configures a {@link GrpcServer}. */
    public static final class Builder {

        private InetSocketAddress address = new InetSocketAddress(8081);
        private final List<GrpcService> services = new ArrayList<>();
        private final List<ServerServiceDefinition> definitions = new ArrayList<>();
        private final List<GrpcServerBefore> before = new ArrayList<>();
        private final Map<Class<? extends Throwable>, Integer> errorStatuses = new LinkedHashMap<>();
        private final List<ServerLifecycleListener> lifecycleListeners = new ArrayList<>();
        private Executor executor;
        private boolean health = true;
        private boolean reflection = true;
        private int maxMessageBytes = 4 << 20;
        private int maxConcurrentCallsPerConnection = 100;
        private Duration gracePeriod = Duration.ofSeconds(10);

        private Builder() {
        }

        /** Listens on {@code address}. */
        public Builder address(InetSocketAddress address) {
            this.address = Objects.requireNonNull(address, "address");
            return this;
        }

        /** Listens on an address in Go's notation: {@code ":8081"}, {@code "127.0.0.1:0"} (a free port), {@code "[::1]:8081"}. */
        public Builder address(String address) {
            return address(HttpServer.parseAddress(address));
        }

        /** Serves a service, such as a generated {@code ProfileServiceGrpc.of(endpoints)}. */
        public Builder service(GrpcService service) {
            services.add(Objects.requireNonNull(service, "service"));
            return this;
        }

        /**
         * Serves a service of grpc-java's own (protoc's stubs, an interceptor chain); the server's
         * hooks and error statuses do not apply to it.
         */
        public Builder service(ServerServiceDefinition definition) {
            definitions.add(Objects.requireNonNull(definition, "definition"));
            return this;
        }

        /** Adds a hook run before each request of the {@link GrpcService}s is decoded. */
        public Builder before(GrpcServerBefore hook) {
            before.add(Objects.requireNonNull(hook, "hook"));
            return this;
        }

        /** Answers exceptions of {@code type} (and subclasses) with the code of {@code httpStatus}, overriding the services' tables. */
        public Builder errorStatus(Class<? extends Throwable> type, int httpStatus) {
            errorStatuses.put(Objects.requireNonNull(type, "type"), ErrorStatuses.requireErrorStatus(httpStatus));
            return this;
        }

        /** Tells {@code listener} when the server starts and begins to stop, such as an {@code EtcdRegistrar}. */
        public Builder lifecycleListener(ServerLifecycleListener listener) {
            lifecycleListeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /** Runs calls on {@code executor}, which the caller owns and shuts down; it must not be the event loop. */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /** Whether the standard health service ({@code grpc.health.v1.Health}) is served; on by default. */
        public Builder health(boolean enabled) {
            this.health = enabled;
            return this;
        }

        /** Whether server reflection (v1 and v1alpha) is served; on by default. */
        public Builder reflection(boolean enabled) {
            this.reflection = enabled;
            return this;
        }

        /** Refuses request messages larger than {@code bytes} with {@code RESOURCE_EXHAUSTED}; 4 MiB by default, as grpc-java's. */
        public Builder maxMessageBytes(int bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxMessageBytes must be positive: " + bytes);
            }
            this.maxMessageBytes = bytes;
            return this;
        }

        /** Lets a client run at most {@code count} calls at once per connection (HTTP/2 streams); 100 by default. */
        public Builder maxConcurrentCallsPerConnection(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("maxConcurrentCallsPerConnection must be positive: " + count);
            }
            this.maxConcurrentCallsPerConnection = count;
            return this;
        }

        /** How long {@link #close} and the shutdown hook wait for calls in flight; 10 s by default. */
        public Builder gracePeriod(Duration grace) {
            Objects.requireNonNull(grace, "grace");
            if (grace.isNegative()) {
                throw new IllegalArgumentException("gracePeriod must not be negative: " + grace);
            }
            this.gracePeriod = grace;
            return this;
        }

        /** Returns the server, not yet started. */
        public GrpcServer build() {
            return new GrpcServer(this);
        }
    }
}
