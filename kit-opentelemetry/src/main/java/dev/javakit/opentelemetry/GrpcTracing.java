package dev.javakit.opentelemetry;

import dev.javakit.grpc.client.GrpcClientBefore;
import dev.javakit.grpc.server.GrpcServerBefore;
import dev.javakit.grpc.server.GrpcServerContext;
import io.grpc.Metadata;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.context.propagation.TextMapSetter;
import java.util.Collections;
import java.util.Iterator;

/**
 * Continues traces across gRPC, as {@link HttpTracing} does across HTTP: the server reads the
 * caller's trace context ({@code traceparent} and {@code tracestate} with the W3C propagator) from
 * each call's metadata, so that the {@link ServerTracingMiddleware}'s span is a child of the
 * caller's; the client writes its own into each call's metadata.
 *
 * <pre>{@code
 * GrpcServer.builder().before(GrpcTracing.extract(openTelemetry))...
 * GrpcClientTransport.builder(target).before(GrpcTracing.inject(openTelemetry))...
 * }</pre>
 *
 * <p>The server span's {@code http.request.method} and {@code http.route} are those of the HTTP/2
 * request gRPC makes: {@code POST} and {@code /<service>/<method>}.
 */
public final class GrpcTracing {

    private static final TextMapGetter<Metadata> METADATA = new TextMapGetter<>() {
        @Override
        public String get(Metadata headers, String key) {
            // A key sent several times is one comma-separated list, as W3C tracestate expects.
            Iterable<String> values = values(headers, key);
            return values == null ? null : String.join(",", values);
        }

        @Override
        public Iterator<String> getAll(Metadata headers, String key) {
            Iterable<String> values = values(headers, key);
            return values == null ? Collections.emptyIterator() : values.iterator();
        }

        private Iterable<String> values(Metadata headers, String key) {
            if (headers == null || key.endsWith(Metadata.BINARY_HEADER_SUFFIX)) {
                return null;
            }
            return headers.getAll(Metadata.Key.of(key, Metadata.ASCII_STRING_MARSHALLER));
        }
    };

    private static final TextMapSetter<Metadata> SETTER = (headers, key, value) -> {
        Metadata.Key<String> name = Metadata.Key.of(key, Metadata.ASCII_STRING_MARSHALLER);
        headers.removeAll(name);
        headers.put(name, value);
    };

    private GrpcTracing() {
    }

    /**
     * Returns a client hook that writes the trace context of the call (its endpoint span when a
     * {@link ClientTracingMiddleware} wraps the client's endpoints) into each call's metadata.
     */
    public static GrpcClientBefore inject(OpenTelemetry openTelemetry) {
        TextMapPropagator propagator = openTelemetry.getPropagators().getTextMapPropagator();
        return (ctx, headers) -> propagator.inject(Tracing.otelContext(ctx), headers, SETTER);
    }

    /**
     * Returns a server hook that extracts the trace context with {@code openTelemetry}'s
     * propagators (configure them with {@code W3CTraceContextPropagator}), keeping the method's path
     * for the server span.
     */
    public static GrpcServerBefore extract(OpenTelemetry openTelemetry) {
        TextMapPropagator propagator = openTelemetry.getPropagators().getTextMapPropagator();
        return (ctx, headers) -> ctx.with(Tracing.INCOMING, new Tracing.Incoming(
                propagator.extract(io.opentelemetry.context.Context.root(), headers, METADATA),
                "POST",
                "/" + ctx.getOrDefault(GrpcServerContext.METHOD, "")));
    }
}
