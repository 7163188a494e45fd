package dev.javakit.opentelemetry;

import dev.javakit.transport.http.HttpServerRequest;
import dev.javakit.transport.http.ServerBefore;
import dev.javakit.transport.http.client.ClientBefore;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import java.net.http.HttpRequest;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * Continues traces across HTTP: the server reads the caller's trace context ({@code traceparent}
 * and {@code tracestate} with the W3C propagator) from each request, so that the
 * {@link ServerTracingMiddleware}'s span is a child of the caller's; the client writes its own into each
 * request it sends.
 *
 * <pre>{@code
 * HttpServer.builder().before(HttpTracing.extract(openTelemetry))...
 * HttpClientTransport.builder(uri).before(HttpTracing.inject(openTelemetry))...
 * }</pre>
 */
public final class HttpTracing {

    private static final TextMapGetter<HttpServerRequest> HEADERS = new TextMapGetter<>() {
        @Override
        public String get(HttpServerRequest request, String key) {
            if (request == null) {
                return null;
            }
            // A header sent on several lines is one comma-separated list (RFC 9110), as W3C
            // tracestate expects; the W3C propagator reads it with get() alone.
            List<String> lines = request.headers(key);
            return lines.isEmpty() ? null : String.join(",", lines);
        }

        @Override
        public Iterator<String> getAll(HttpServerRequest request, String key) {
            return request == null ? Collections.emptyIterator() : request.headers(key).iterator();
        }
    };

    private HttpTracing() {
    }

    /**
     * Returns a client hook that writes the trace context of the call (its endpoint span when a
     * {@link ClientTracingMiddleware} wraps the client's endpoints) into each request's headers.
     */
    public static ClientBefore inject(OpenTelemetry openTelemetry) {
        TextMapPropagator propagator = openTelemetry.getPropagators().getTextMapPropagator();
        return (ctx, request) -> propagator.inject(Tracing.otelContext(ctx), request, HttpRequest.Builder::setHeader);
    }

    /**
     * Returns a server hook that extracts the trace context with {@code openTelemetry}'s
     * propagators (configure them with {@code W3CTraceContextPropagator}), keeping the method and
     * route template for the server span.
     */
    public static ServerBefore extract(OpenTelemetry openTelemetry) {
        TextMapPropagator propagator = openTelemetry.getPropagators().getTextMapPropagator();
        return (ctx, request) -> ctx.with(Tracing.INCOMING, new Tracing.Incoming(
                propagator.extract(io.opentelemetry.context.Context.root(), request, HEADERS),
                request.method(),
                request.routeTemplate()));
    }
}
