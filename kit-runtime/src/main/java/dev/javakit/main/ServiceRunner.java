package dev.javakit.main;

import dev.javakit.health.Health;
import dev.javakit.health.HealthCheck;
import dev.javakit.metrics.HttpServerMetrics;
import dev.javakit.transport.http.HttpRoutes;
import dev.javakit.transport.http.HttpServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a service from its {@code main} in one call: reads the command line ({@code --http.addr}
 * and the service's own flags), serves the service's routes beside {@code GET /metrics} and
 * {@code /health/live} and {@code /health/ready}, counts every request in the metrics, and on
 * SIGTERM answers what it has read, stops, then closes what the service asked to close.
 *
 * <pre>{@code
 * public static void main(String[] args) {
 *     ServiceRunner.named("addsvc")
 *             .routes(setup -> List.of(AddServiceHttpRoutes.of(AddServiceEndpoints.of(new BasicAddService()))))
 *             .onStop(KitLogback::stop)
 *             .main(args);
 * }
 * }</pre>
 *
 * <p>{@code GET /metrics} is served when Micrometer's Prometheus registry
 * ({@code io.micrometer:micrometer-registry-prometheus}) is on the class path; without it the
 * meters stay in memory and start-up says so once.
 */
public final class ServiceRunner {

    /** The flag every service has: where it listens, in Go's notation. */
    public static final String HTTP_ADDR = "http.addr";

    private static final Logger log = LoggerFactory.getLogger(ServiceRunner.class);

    private final String name;
    private final List<Flag> flags = new ArrayList<>();
    private final List<AutoCloseable> onStop = new ArrayList<>();
    private final List<NamedCheck> readiness = new ArrayList<>();
    private ServiceWiring wiring;
    private BiConsumer<HttpServer.Builder, ServiceSetup> server = (builder, setup) -> { };

    private record NamedCheck(String name, HealthCheck check) {
    }

    private ServiceRunner(String name, String defaultAddress) {
        this.name = name;
        flags.add(new Flag(HTTP_ADDR, defaultAddress, "HTTP listen address, [host]:port", false));
    }

    /** Returns a runner for the service called {@code name} in its messages, listening on {@code :8080} by default. */
    public static ServiceRunner named(String name) {
        return new ServiceRunner(Objects.requireNonNull(name, "name"), ":8080");
    }

    /** Listens on {@code address} unless {@code --http.addr} says otherwise. */
    public ServiceRunner defaultAddress(String address) {
        flags.set(0, new Flag(HTTP_ADDR, address, flags.get(0).usage(), false));
        return this;
    }

    /** Declares a flag that takes a value, such as {@code flag("ratelimit", "100", "calls per second")}. */
    public ServiceRunner flag(String name, String defaultValue, String usage) {
        return declare(new Flag(name, defaultValue, usage, false));
    }

    /** Declares a switch, off unless given, such as {@code --tracing}. */
    public ServiceRunner booleanFlag(String name, String usage) {
        return declare(new Flag(name, "false", usage, true));
    }

    private ServiceRunner declare(Flag flag) {
        if (flag.name().equals("h") || flag.name().equals("help")
                || flags.stream().anyMatch(declared -> declared.name().equals(flag.name()))) {
            throw new IllegalArgumentException("flag --" + flag.name() + " is already declared");
        }
        flags.add(flag);
        return this;
    }

    /** Wires the service: called once per start, with the flags and the meter registry. */
    public ServiceRunner routes(ServiceWiring wiring) {
        this.wiring = Objects.requireNonNull(wiring, "wiring");
        return this;
    }

    /** Adds a readiness check to {@code /health/ready}, beside the server's own. */
    public ServiceRunner readiness(String name, HealthCheck check) {
        readiness.add(new NamedCheck(name, check));
        return this;
    }

    /** Configures the server further (hooks, limits, TLS) once the runner has set it up. */
    public ServiceRunner server(BiConsumer<HttpServer.Builder, ServiceSetup> configure) {
        this.server = Objects.requireNonNull(configure, "configure");
        return this;
    }

    /**
     * Closes {@code closeables} in order when a server started by {@link #main} has stopped, such as
     * a tracer provider and then the logging backend ({@code KitLogback::stop}), so that they still
     * see the last request.
     */
    public ServiceRunner onStop(AutoCloseable... closeables) {
        onStop.addAll(List.of(closeables));
        return this;
    }

    /** Returns the usage text {@code --help} prints. */
    public String usage() {
        return Flags.usage(name, flags);
    }

    /**
     * Parses a command line against the declared flags.
     *
     * @throws IllegalArgumentException naming what it cannot read, including an address that is
     *     not {@code [host]:port}
     */
    public Flags parse(String... args) {
        Flags parsed = Flags.parse(flags, args);
        HttpServer.builder().address(parsed.get(HTTP_ADDR));
        return parsed;
    }

    /** Starts the service as {@link #main} does, without the shutdown hook: for tests, on {@code --http.addr=127.0.0.1:0}. */
    public HttpServer start(String... args) throws IOException {
        return start(parse(args));
    }

    /**
     * Wires the service and starts serving it on the parsed flags.
     *
     * @throws BindException naming the address, if it cannot be bound
     * @throws IllegalStateException if no {@link #routes} were given
     */
    public HttpServer start(Flags parsed) throws IOException {
        if (wiring == null) {
            throw new IllegalStateException("no routes: call routes(setup -> ...) before starting " + name);
        }
        MeterRegistry registry;
        HttpRoutes metrics = null;
        if (PrometheusMetrics.available()) {
            PrometheusMetrics prometheus = PrometheusMetrics.create();
            registry = prometheus.registry();
            metrics = prometheus.routes();
        } else {
            registry = new SimpleMeterRegistry();
            log.atWarn().addKeyValue("service", name)
                    .log("no GET /metrics: add io.micrometer:micrometer-registry-prometheus to serve the metrics");
        }
        ServiceSetup setup = new ServiceSetup(name, parsed, registry);
        Health.Builder health = Health.builder();
        readiness.forEach(check -> health.readiness(check.name(), check.check()));

        HttpServer.Builder builder = HttpServer.builder()
                .address(parsed.get(HTTP_ADDR))
                .listener(new HttpServerMetrics(registry));
        wiring.routes(setup).forEach(builder::routes);
        if (metrics != null) {
            builder.routes(metrics);
        }
        builder.routes(health.build().routes());
        server.accept(builder, setup);
        return builder.build().start();
    }

    /**
     * Runs the service as a program: {@code --help} prints the usage; a command line it cannot read
     * is one line and the usage on standard error, and exit status 2; an address it cannot bind is
     * one line and exit status 1; otherwise it serves until SIGTERM or Ctrl-C, then stops gracefully
     * and closes what {@link #onStop} named.
     */
    public void main(String... args) {
        int status = launch(System.out, System.err, args);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Does what {@link #main} does and returns the exit status, 0 once serving. */
    int launch(PrintStream out, PrintStream err, String... args) {
        Flags parsed;
        try {
            parsed = parse(args);
        } catch (IllegalArgumentException e) {
            err.println(name + ": " + e.getMessage());
            err.println(usage());
            return 2;
        }
        if (parsed.help()) {
            out.println(usage());
            return 0;
        }
        HttpServer started;
        try {
            started = start(parsed);
        } catch (IOException e) {
            err.println(name + ": " + e.getMessage());
            closeAll();
            return 1;
        }
        started.registerShutdownHook(onStop.toArray(AutoCloseable[]::new));
        return 0;
    }

    private void closeAll() {
        for (AutoCloseable closeable : onStop) {
            try {
                closeable.close();
            } catch (Exception e) {
                log.atWarn().setCause(e).log("closing after a failed start failed");
            }
        }
    }
}
