package dev.javakit.metrics;

import dev.javakit.errors.Outcome;
import dev.javakit.transport.http.HttpServerListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Times every HTTP request with Spring's and Micrometer's {@code http.server.requests} timer,
 * tagged {@code method}, {@code uri}, {@code status} and {@code outcome}.
 *
 * <p>{@code uri} is the route <em>template</em> ({@code /profiles/{id}}), never the raw path, so
 * the number of series stays bounded whatever clients send; requests no route matches are tagged
 * {@code NOT_FOUND} (404) or {@code UNKNOWN} (405, undecodable paths), and methods outside the
 * standard ones {@code UNKNOWN}.
 */
public final class HttpServerMetrics implements HttpServerListener {

    /** The timer name; Prometheus shows {@code http_server_requests_seconds}. */
    public static final String REQUESTS = "http.server.requests";

    private record Key(String method, String uri, int status) {
    }

    /** Methods tagged as they are; any other a client invents is tagged {@code UNKNOWN}, bounding the series. */
    private static final Set<String> KNOWN_METHODS =
            Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT");

    private final MeterRegistry registry;
    private final Map<Key, Timer> timers = new ConcurrentHashMap<>();

    /** Creates the listener recording into {@code registry}; mount it with {@code HttpServer.Builder.listener}. */
    public HttpServerMetrics(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public void requestCompleted(String method, String route, int status, long durationNanos) {
        String uri = route != null ? route : status == 404 ? "NOT_FOUND" : "UNKNOWN";
        String knownMethod = KNOWN_METHODS.contains(method) ? method : "UNKNOWN";
        timers.computeIfAbsent(new Key(knownMethod, uri, status), this::timer).record(durationNanos, TimeUnit.NANOSECONDS);
    }

    private Timer timer(Key key) {
        return Timer.builder(REQUESTS)
                .description("HTTP requests served")
                .tag("method", key.method())
                .tag("uri", key.uri())
                .tag("status", Integer.toString(key.status()))
                .tag("outcome", Outcome.forStatus(key.status()).name())
                .register(registry);
    }
}
