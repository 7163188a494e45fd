package dev.javakit.metrics;

import dev.javakit.endpoint.Endpoint;
import dev.javakit.endpoint.EndpointInfo;
import dev.javakit.endpoint.Middleware;
import dev.javakit.transport.Transport;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Objects;

/**
 * Times every endpoint call with a {@value ServiceMetrics#ENDPOINT_CALLS} timer tagged like the
 * generated metrics decorator's, plus the {@code transport} the call arrived by ({@code http},
 * {@code jsonrpc}, {@code grpc}, or {@code none} in process), like Go kit's {@code instrumentingMiddleware}.
 */
public final class MetricsMiddleware implements Middleware {

    private final MeterRegistry registry;

    /** Creates the middleware recording into {@code registry}. */
    public MetricsMiddleware(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public <Req, Resp> Endpoint<Req, Resp> wrap(EndpointInfo endpoint, Endpoint<Req, Resp> next) {
        // One set of timers per transport; there are few, so the map stays small.
        Map<String, ServiceMetrics.MethodTimer> byTransport = new ConcurrentHashMap<>();
        return (ctx, request) -> {
            ServiceMetrics.MethodTimer timer = byTransport.computeIfAbsent(Transport.of(ctx), transport ->
                    new ServiceMetrics(registry, ServiceMetrics.ENDPOINT_CALLS, endpoint.service(),
                            Tags.of("transport", transport)).method(endpoint.method()));
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
