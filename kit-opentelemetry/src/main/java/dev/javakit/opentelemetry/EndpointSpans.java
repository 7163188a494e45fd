package dev.javakit.opentelemetry;

import dev.javakit.context.Context;
import dev.javakit.endpoint.Endpoint;
import dev.javakit.endpoint.EndpointInfo;
import dev.javakit.errors.Outcome;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import org.slf4j.MDC;

/**
 * What an endpoint span is and does around its call, the same for {@link ServerTracingMiddleware}
 * and {@link ClientTracingMiddleware}, which differ only in the span's kind and parent.
 */
final class EndpointSpans {

    private EndpointSpans() {
    }

    /** Starts a builder for {@code endpoint}'s span: named {@code Service/method}, with OpenTelemetry's RPC attributes. */
    static SpanBuilder builder(Tracer tracer, EndpointInfo endpoint) {
        return tracer.spanBuilder(endpoint.service() + "/" + endpoint.method())
                .setAttribute("rpc.system", "javakit")
                .setAttribute("rpc.service", endpoint.service())
                .setAttribute("rpc.method", endpoint.method());
    }

    /**
     * Calls {@code next} with {@code span} current, in the thread's OpenTelemetry context, the MDC
     * and the kit's context, records a failure on it, and ends it.
     */
    static <Req, Resp> Resp call(Span span, io.opentelemetry.context.Context parent, Context ctx, Req request,
            Endpoint<Req, Resp> next) throws Exception {
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
            // A client error is the caller's mistake, not this span's failure.
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
    }

    private static void restore(String key, String previous) {
        if (previous == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, previous);
        }
    }
}
