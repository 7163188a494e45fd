package dev.javakit.opentelemetry;

import dev.javakit.endpoint.Endpoint;
import dev.javakit.endpoint.EndpointInfo;
import dev.javakit.endpoint.Middleware;
import dev.javakit.errors.Outcome;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.util.Objects;
import org.slf4j.MDC;

/**
 * Opens a span per endpoint call, named {@code Service/method} after OpenTelemetry's RPC
 * conventions, like Go kit's tracing middlewares.
 *
 * <p>The span is a {@code SERVER} span, child of the caller's, when {@link HttpTracing} extracted
 * one from the request; a child of the enclosing endpoint span when endpoints call endpoints; and
 * an {@code INTERNAL} child of the thread's current context otherwise. While the call runs the span
 * is current, and the MDC holds {@code trace_id} and {@code span_id} so that log lines (the
 * generated logging decorator's among them) carry them. A failure is recorded on the span; server
 * errors (5xx, undeclared exceptions) also set its status to {@code ERROR}, client errors do not.
 *
 * <p>On a client's endpoints ({@link #forClient}) every span is a {@code CLIENT} span, which
 * {@link HttpTracing#inject} makes the parent of the server's.
 */
public final class TracingMiddleware implements Middleware {

    /** The instrumentation scope name spans are created under. */
    public static final String INSTRUMENTATION = "dev.javakit";

    private final Tracer tracer;
    private final boolean client;

    /** Creates the middleware for a server's endpoints, on {@code openTelemetry}'s tracer provider. */
    public TracingMiddleware(OpenTelemetry openTelemetry) {
        this(openTelemetry, false);
    }

    private TracingMiddleware(OpenTelemetry openTelemetry, boolean client) {
        this.tracer = Objects.requireNonNull(openTelemetry, "openTelemetry").getTracer(INSTRUMENTATION);
        this.client = client;
    }

    /** Returns the middleware for a client's endpoints: {@code CLIENT} spans, children of the caller's context. */
    public static TracingMiddleware forClient(OpenTelemetry openTelemetry) {
        return new TracingMiddleware(openTelemetry, true);
    }

    @Override
    public <Req, Resp> Endpoint<Req, Resp> wrap(EndpointInfo endpoint, Endpoint<Req, Resp> next) {
        String spanName = endpoint.service() + "/" + endpoint.method();
        return (ctx, request) -> {
            io.opentelemetry.context.Context parent;
            SpanBuilder builder = tracer.spanBuilder(spanName)
                    .setAttribute("rpc.system", "javakit")
                    .setAttribute("rpc.service", endpoint.service())
                    .setAttribute("rpc.method", endpoint.method());
            io.opentelemetry.context.Context enclosing = ctx.get(Tracing.CURRENT);
            Tracing.Incoming incoming = ctx.get(Tracing.INCOMING);
            if (client) {
                parent = enclosing != null ? enclosing : Tracing.otelContext(ctx);
                builder.setSpanKind(SpanKind.CLIENT);
            } else if (enclosing == null && incoming != null) {
                parent = incoming.parent();
                builder.setSpanKind(SpanKind.SERVER)
                        .setAttribute("http.request.method", incoming.method())
                        .setAttribute("http.route", incoming.route());
            } else {
                parent = enclosing != null ? enclosing : io.opentelemetry.context.Context.current();
                builder.setSpanKind(SpanKind.INTERNAL);
            }
            Span span = builder.setParent(parent).startSpan();
            io.opentelemetry.context.Context withSpan = parent.with(span);
            String previousTraceId = MDC.get("trace_id");
            String previousSpanId = MDC.get("span_id");
            Scope scope = withSpan.makeCurrent();
            try {
                // A no-op tracer's spans are invalid (all zeros): no id is better than a shared bogus one.
                if (span.getSpanContext().isValid()) {
                    MDC.put("trace_id", span.getSpanContext().getTraceId());
                    MDC.put("span_id", span.getSpanContext().getSpanId());
                }
                return next.call(ctx.with(Tracing.CURRENT, withSpan), request);
            } catch (Throwable e) {
                span.recordException(e);
                span.setAttribute("error.type", e.getClass().getName());
                if (Outcome.of(e) == Outcome.SERVER_ERROR) {
                    span.setStatus(StatusCode.ERROR);
                }
                throw e;
            } finally {
                scope.close();
                span.end();
                restore("trace_id", previousTraceId);
                restore("span_id", previousSpanId);
            }
        };
    }

    private static void restore(String key, String previous) {
        if (previous == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, previous);
        }
    }
}
