package dev.javakit.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.javakit.context.Context;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Scope;
import org.junit.jupiter.api.Test;

class TracingTest {

    private static final io.opentelemetry.context.Context ENDPOINT = otel("11111111111111111111111111111111", "1111111111111111");
    private static final io.opentelemetry.context.Context REMOTE = otel("22222222222222222222222222222222", "2222222222222222");
    private static final io.opentelemetry.context.Context THREAD = otel("33333333333333333333333333333333", "3333333333333333");

    @Test
    void prefersEndpointSpanOverIncomingAndThreadsCurrent() {
        Context ctx = Context.background()
                .with(Tracing.INCOMING, new Tracing.Incoming(REMOTE, "GET", "/items/{id}"))
                .with(Tracing.CURRENT, ENDPOINT);

        assertThat(otelContextWhileCurrent(THREAD, ctx)).isSameAs(ENDPOINT);
    }

    @Test
    void endpointSpanWinsEvenWhenIncomingWasAddedLater() {
        Context ctx = Context.background()
                .with(Tracing.CURRENT, ENDPOINT)
                .with(Tracing.INCOMING, new Tracing.Incoming(REMOTE, "GET", "/items/{id}"));

        assertThat(Tracing.otelContext(ctx)).isSameAs(ENDPOINT);
    }

    @Test
    void usesIncomingParentOverThreadsCurrentWithoutEndpointSpan() {
        Context ctx = Context.background().with(Tracing.INCOMING, new Tracing.Incoming(REMOTE, "GET", "/items/{id}"));

        assertThat(otelContextWhileCurrent(THREAD, ctx)).isSameAs(REMOTE);
    }

    @Test
    void fallsBackToThreadsCurrentContext() {
        assertThat(otelContextWhileCurrent(THREAD, Context.background())).isSameAs(THREAD);
    }

    @Test
    void fallsBackToRootWhenNothingIsCurrent() {
        io.opentelemetry.context.Context found = Tracing.otelContext(Context.background());

        assertThat(found).isSameAs(io.opentelemetry.context.Context.root());
        assertThat(Span.fromContext(found).getSpanContext().isValid()).isFalse();
    }

    private static io.opentelemetry.context.Context otelContextWhileCurrent(
            io.opentelemetry.context.Context current, Context ctx) {
        Scope scope = current.makeCurrent();
        try {
            return Tracing.otelContext(ctx);
        } finally {
            scope.close();
        }
    }

    private static io.opentelemetry.context.Context otel(String traceId, String spanId) {
        SpanContext span = SpanContext.create(traceId, spanId, TraceFlags.getSampled(), TraceState.getDefault());
        return io.opentelemetry.context.Context.root().with(Span.wrap(span));
    }
}
