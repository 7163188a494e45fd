package dev.javakit.health;

import dev.javakit.json.JsonCodec;
import dev.javakit.json.JsonWriter;
import dev.javakit.transport.http.HttpResponse;
import dev.javakit.transport.http.HttpRoutes;
import dev.javakit.transport.http.ServerLifecycleListener;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A service's liveness and readiness, served as {@code GET /health/live} and
 * {@code GET /health/ready} for Kubernetes probes and load balancers: 200 with a JSON
 * {@link HealthReport} when up, 503 when down.
 *
 * <p>Liveness says whether the process should be restarted: up while it answers, and down when a
 * liveness check says so. Readiness says whether it should get traffic: down while the server
 * starts, down from the moment it begins to stop (so that balancers take it out while it finishes
 * what it has), and down while any readiness check is. Mounting {@link #routes()} on a server is
 * all it takes: the table carries what tells this health the server's start and stop.
 */
public final class Health {

    /** Where the server stands, as readiness reports it. */
    private enum Lifecycle { STARTING, SERVING, STOPPING }

    private static final JsonWriter<HealthReport> REPORT = JsonCodec.standard().writer(HealthReport.class);

    private final Map<String, HealthCheck> liveness;
    private final Map<String, HealthCheck> readiness;
    private volatile Lifecycle lifecycle = Lifecycle.STARTING;

    private Health(Builder builder) {
        this.liveness = new LinkedHashMap<>(builder.liveness);
        this.readiness = new LinkedHashMap<>(builder.readiness);
    }

    /** Returns a builder; with no checks, liveness is up and readiness follows the server. */
    public static Builder builder() {
        return new Builder();
    }

    /** Marks the service as serving: readiness now follows its checks. The server calls it once it listens. */
    public void serving() {
        if (lifecycle == Lifecycle.STARTING) {
            lifecycle = Lifecycle.SERVING;
        }
    }

    /** Marks the service as stopping: readiness is down from now on. The server calls it as it begins to stop. */
    public void stopping() {
        lifecycle = Lifecycle.STOPPING;
    }

    /** Runs the liveness checks. */
    public HealthReport liveness() {
        return report(null, liveness);
    }

    /** Reports the server's state and runs the readiness checks. */
    public HealthReport readiness() {
        HealthReport.Check server = lifecycle == Lifecycle.SERVING
                ? new HealthReport.Check("server", "UP", Map.of())
                : new HealthReport.Check("server", "DOWN", Map.of("reason", lifecycle.name().toLowerCase()));
        return report(server, readiness);
    }

    /**
     * Returns the routes {@code GET /health/live} and {@code GET /health/ready}, with what tells
     * this health when the server they are mounted on starts and begins to stop.
     */
    public HttpRoutes routes() {
        return HttpRoutes.builder()
                .route("GET", "/health/live", (ctx, request) -> answer(liveness()))
                .route("GET", "/health/ready", (ctx, request) -> answer(readiness()))
                .lifecycleListener(new ServerLifecycleListener() {
                    @Override
                    public void serverStarted(InetSocketAddress address) {
                        serving();
                    }

                    @Override
                    public void serverStopping() {
                        stopping();
                    }
                })
                .build();
    }

    private static HttpResponse answer(HealthReport report) {
        return new HttpResponse(report.up() ? 200 : 503, HttpResponse.JSON, REPORT.write(report));
    }

    private static HealthReport report(HealthReport.Check first, Map<String, HealthCheck> checks) {
        List<HealthReport.Check> results = new ArrayList<>(checks.size() + 1);
        if (first != null) {
            results.add(first);
        }
        checks.forEach((name, check) -> results.add(run(name, check)));
        boolean up = results.stream().allMatch(result -> result.status().equals("UP"));
        return new HealthReport(up ? "UP" : "DOWN", List.copyOf(results));
    }

    private static HealthReport.Check run(String name, HealthCheck check) {
        HealthStatus status;
        try {
            status = Objects.requireNonNull(check.check(), "a health check returned null");
        } catch (Exception e) {
            String message = e.getMessage();
            status = HealthStatus.down(e.getClass().getSimpleName() + (message == null ? "" : ": " + message));
        }
        return status.healthy()
                ? new HealthReport.Check(name, "UP", Map.of())
                : new HealthReport.Check(name, "DOWN", Map.of("reason", status.reason()));
    }

    /** Builds {@link Health}: named checks, each name once. */
    public static final class Builder {

        private final Map<String, HealthCheck> liveness = new LinkedHashMap<>();
        private final Map<String, HealthCheck> readiness = new LinkedHashMap<>();

        private Builder() {
        }

        /** Adds a check whose failure means the process should be restarted (a deadlock, a corrupted state). */
        public Builder liveness(String name, HealthCheck check) {
            add(liveness, name, check);
            return this;
        }

        /** Adds a check whose failure means the service should get no traffic for now (a database out of reach). */
        public Builder readiness(String name, HealthCheck check) {
            if ("server".equals(name)) {
                throw new IllegalArgumentException("the readiness check 'server' is the server's own");
            }
            add(readiness, name, check);
            return this;
        }

        private static void add(Map<String, HealthCheck> checks, String name, HealthCheck check) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(check, "check");
            if (checks.putIfAbsent(name, check) != null) {
                throw new IllegalArgumentException("two health checks named " + name);
            }
        }

        /** Returns the health. */
        public Health build() {
            return new Health(this);
        }
    }
}
