package dev.javakit.main;

import dev.javakit.transport.http.HttpResponse;
import dev.javakit.transport.http.HttpRoutes;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.charset.StandardCharsets;

/**
 * A Prometheus registry and its {@code GET /metrics} route, when the service has Micrometer's
 * Prometheus registry on its class path (an optional dependency of this module). Apart from
 * {@link ServiceRunner}, so that no signature it loads names a Prometheus type when the registry is
 * absent.
 *
 * @param registry the registry the service's meters go to
 * @param routes the route serving them, in Prometheus's text format
 */
record PrometheusMetrics(MeterRegistry registry, HttpRoutes routes) {

    private static final String REGISTRY_CLASS = "io.micrometer.prometheusmetrics.PrometheusMeterRegistry";
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    /** Returns whether Micrometer's Prometheus registry is on the class path. */
    static boolean available() {
        try {
            Class.forName(REGISTRY_CLASS, false, PrometheusMetrics.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** Returns a new registry and the route that scrapes it. */
    static PrometheusMetrics create() {
        PrometheusMeterRegistry prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        HttpRoutes routes = HttpRoutes.builder()
                .route("GET", "/metrics", (ctx, request) ->
                        new HttpResponse(200, PROMETHEUS_TEXT, prometheus.scrape().getBytes(StandardCharsets.UTF_8)))
                .build();
        return new PrometheusMetrics(prometheus, routes);
    }
}
