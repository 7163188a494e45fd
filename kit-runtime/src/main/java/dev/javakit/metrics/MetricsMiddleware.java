package dev.javakit.metrics;

import dev.javakit.endpoint.Endpoint;
import dev.javakit.endpoint.EndpointInfo;
import dev.javakit.endpoint.Middleware;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Objects;

/**
 * Times every endpoint call with a {@value ServiceMetrics#ENDPOINT_CALLS} timer tagged like the
 * generated metrics decorator's, like Go kit's {@code instrumentingMiddleware}; for teams that
 * instrument the endpoint layer.
 */
public final class MetricsMiddleware implements Middleware {

    private final MeterRegistry registry;

    /** Creates the middleware recording into {@code registry}. */
    public MetricsMiddleware(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public <Req, Resp> Endpoint<Req, Resp> wrap(EndpointInfo endpoint, Endpoint<Req, Resp> next) {
        ServiceMetrics.MethodTimer timer =
                new ServiceMetrics(registry, ServiceMetrics.ENDPOINT_CALLS, endpoint.service()).method(endpoint.method());
        return (ctx, request) -> {
            long start = timer.start();
            Resp response;
            try {
                response = next.call(ctx, request);
            } catch (Throwable e) {
                timer.failed(start, e);
                throw e;
            }
            timer.succeeded(start);
            return response;
        };
    }
}
