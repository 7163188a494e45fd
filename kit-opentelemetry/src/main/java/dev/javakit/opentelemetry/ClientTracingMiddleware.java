package dev.javakit.opentelemetry;

import dev.javakit.endpoint.Endpoint;
import dev.javakit.endpoint.EndpointInfo;
import dev.javakit.endpoint.Middleware;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import java.util.Objects;

/**
 * Opens a {@code CLIENT} span per call of a client's endpoints, child of the caller's context, which
 * {@link HttpTracing#inject} then writes into the request so that the server's span is its child:
 * Go kit's {@code TraceClient}. Spans are named, recorded and ended as {@link ServerTracingMiddleware}'s are.
 */
public final class ClientTracingMiddleware implements Middleware {

    private final Tracer tracer;

    /** Creates the middleware on {@code openTelemetry}'s tracer provider. */
    public ClientTracingMiddleware(OpenTelemetry openTelemetry) {
        this.tracer = Objects.requireNonNull(openTelemetry, "openTelemetry").getTracer(Tracing.INSTRUMENTATION);
    }

    @Override
    public <Req, Resp> Endpoint<Req, Resp> wrap(EndpointInfo endpoint, Endpoint<Req, Resp> next) {
        return (ctx, request) -> {
            io.opentelemetry.context.Context parent = Tracing.otelContext(ctx);
            return EndpointSpans.call(EndpointSpans.builder(tracer, endpoint)
                    .setSpanKind(SpanKind.CLIENT).setParent(parent).startSpan(), parent, ctx, request, next);
        };
    }
}
