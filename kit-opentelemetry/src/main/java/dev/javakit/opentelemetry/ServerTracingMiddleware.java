package dev.javakit.opentelemetry;

import dev.javakit.endpoint.Endpoint;
import dev.javakit.endpoint.EndpointInfo;
import dev.javakit.endpoint.Middleware;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import java.util.Objects;

/**
 * Opens a span per call of a server's endpoints, named {@code Service/method} after OpenTelemetry's
 * RPC conventions: Go kit's {@code TraceServer}.
 *
 * <p>The span is a {@code SERVER} span, child of the caller's, when {@link HttpTracing} or
 * {@link GrpcTracing} extracted one from the request; a child of the enclosing endpoint span when endpoints call endpoints; and
 * an {@code INTERNAL} child of the thread's current context otherwise. While the call runs the span
 * is current, and the MDC holds {@code trace_id} and {@code span_id} so that log lines (the
 * generated logging decorator's among them) carry them. A failure is recorded on the span; server
 * errors (5xx, undeclared exceptions) also set its status to {@code ERROR}, client errors do not.
 * A client's endpoints take {@link ClientTracingMiddleware} instead.
 */
public final class ServerTracingMiddleware implements Middleware {

    private final Tracer tracer;

    /** Creates the middleware on {@code openTelemetry}'s tracer provider. */
    public ServerTracingMiddleware(OpenTelemetry openTelemetry) {
        this.tracer = Objects.requireNonNull(openTelemetry, "openTelemetry").getTracer(Tracing.INSTRUMENTATION);
    }

    @Override
    public <Req, Resp> Endpoint<Req, Resp> wrap(EndpointInfo endpoint, Endpoint<Req, Resp> next) {
        return (ctx, request) -> {
            SpanBuilder builder = EndpointSpans.builder(tracer, endpoint);
            io.opentelemetry.context.Context enclosing = ctx.get(Tracing.CURRENT);
            Tracing.Incoming incoming = ctx.get(Tracing.INCOMING);
            io.opentelemetry.context.Context parent;
            if (enclosing == null && incoming != null) {
                parent = incoming.parent();
                builder.setSpanKind(SpanKind.SERVER)
                        .setAttribute("http.request.method", incoming.method())
                        .setAttribute("http.route", incoming.route());
            } else {
                parent = enclosing != null ? enclosing : io.opentelemetry.context.Context.current();
                builder.setSpanKind(SpanKind.INTERNAL);
            }
            return EndpointSpans.call(builder.setParent(parent).startSpan(), parent, ctx, request, next);
        };
    }
}
