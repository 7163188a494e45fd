package dev.javakit.main;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * What {@link ServiceRunner} hands a service to wire its layers on: the flags it was started with
 * and the meter registry that {@code GET /metrics} serves.
 *
 * @param name the service's name, as given to {@link ServiceRunner#named(String)}
 * @param flags the parsed command line
 * @param registry the registry for the service's metrics (the generated {@code Metrics}
 *     decorator, {@code MetricsMiddleware}); the HTTP server's own metrics are already on it
 */
public record ServiceSetup(String name, Flags flags, MeterRegistry registry) {
}
