package dev.javakit.opentelemetry;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.TracerProvider;
import io.opentelemetry.context.propagation.ContextPropagators;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An {@link OpenTelemetry} that counts the {@code end()} calls on each span it starts, which the
 * SDK would otherwise ignore after the first.
 */
final class EndCountingOpenTelemetry implements OpenTelemetry {

    private final OpenTelemetry delegate;
    private final List<AtomicInteger> ends = new CopyOnWriteArrayList<>();

    EndCountingOpenTelemetry(OpenTelemetry delegate) {
        this.delegate = delegate;
    }

    /** Returns, per span started so far and in start order, how many times it was ended. */
    List<Integer> endsPerSpan() {
        return ends.stream().map(AtomicInteger::get).toList();
    }

    @Override
    public TracerProvider getTracerProvider() {
        TracerProvider provider = delegate.getTracerProvider();
        return new TracerProvider() {
            @Override
            public Tracer get(String name) {
                return counting(provider.get(name));
            }

            @Override
            public Tracer get(String name, String version) {
                return counting(provider.get(name, version));
            }
        };
    }

    @Override
    public ContextPropagators getPropagators() {
        return delegate.getPropagators();
    }

    private Tracer counting(Tracer tracer) {
        return name -> counting(tracer.spanBuilder(name));
    }

    private SpanBuilder counting(SpanBuilder builder) {
        return (SpanBuilder) Proxy.newProxyInstance(SpanBuilder.class.getClassLoader(),
                new Class<?>[] {SpanBuilder.class}, (proxy, method, args) -> {
                    Object result = invoke(builder, method, args);
                    if (result == builder) {
                        return proxy;
                    }
                    return result instanceof Span span ? counting(span) : result;
                });
    }

    private Span counting(Span span) {
        AtomicInteger count = new AtomicInteger();
        ends.add(count);
        return (Span) Proxy.newProxyInstance(Span.class.getClassLoader(),
                new Class<?>[] {Span.class}, (proxy, method, args) -> {
                    if (method.getName().equals("end")) {
                        count.incrementAndGet();
                    }
                    Object result = invoke(span, method, args);
                    return result == span ? proxy : result;
                });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
