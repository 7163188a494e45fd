package dev.javakit.opentelemetry;

import dev.javakit.context.Context;

/**
 * Where the OpenTelemetry side of a request lives in the kit's {@link Context}: the span context
 * calls continue from, and the parent extracted from an incoming request.
 */
public final class Tracing {

    /** The instrumentation scope name the kit's spans are created under. */
    public static final String INSTRUMENTATION = "dev.javakit";

    /** An incoming request's remote parent (from {@code traceparent}) and what the server span says of it. */
    record Incoming(io.opentelemetry.context.Context parent, String method, String route) {
    }

    /** The OpenTelemetry context of the innermost endpoint span of this call. */
    static final Context.Key<io.opentelemetry.context.Context> CURRENT =
            Context.Key.of("otel.current", io.opentelemetry.context.Context.class);

    /** Set by {@link HttpTracing} or {@link GrpcTracing} before the first endpoint span is opened. */
    static final Context.Key<Incoming> INCOMING = Context.Key.of("otel.incoming", Incoming.class);

    private Tracing() {
    }

    /**
     * Returns the OpenTelemetry context a call with {@code ctx} continues: its endpoint span's, an
     * incoming request's remote parent, or else the thread's current one.
     */
    public static io.opentelemetry.context.Context otelContext(Context ctx) {
        io.opentelemetry.context.Context current = ctx.get(CURRENT);
        if (current != null) {
            return current;
        }
        Incoming incoming = ctx.get(INCOMING);
        return incoming != null ? incoming.parent() : io.opentelemetry.context.Context.current();
    }
}
