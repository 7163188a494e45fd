package dev.javakit.sd.lb;

import dev.javakit.endpoint.Endpoint;
import dev.javakit.endpoint.EndpointInfo;
import dev.javakit.endpoint.Middleware;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One instance in a {@link LoadBalancer}: its endpoints, its calls in flight (what
 * {@link Balancer#powerOfTwoChoices()} compares), and whether it is ejected for failing.
 *
 * @param <T> the instance's endpoints
 */
public final class Instance<T> implements AutoCloseable {

    private final URI uri;
    private final T endpoints;
    private final AtomicInteger outstanding = new AtomicInteger();
    private final AtomicInteger consecutiveFailures = new AtomicInteger();
    /** On the {@link System#nanoTime()} clock; starts in the past, as nanoTime may be negative. */
    private volatile long ejectedUntil = System.nanoTime();
    /** The endpoints by method, read once from {@link #endpoints} through its {@code with(Middleware)}. */
    private volatile Map<EndpointInfo, Endpoint<?, ?>> byMethod;

    Instance(URI uri, T endpoints) {
        this.uri = Objects.requireNonNull(uri, "uri");
        this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
    }

    /** Returns the instance's address, as its instancer lists it. */
    public URI uri() {
        return uri;
    }

    /** Returns the endpoints the factory made for this instance. */
    public T endpoints() {
        return endpoints;
    }

    /**
     * Returns this instance's endpoint of the method {@code info} names, found by letting
     * {@code with} (an endpoint set's {@code with(Middleware)}) show each of its endpoints with its
     * name once.
     *
     * @throws IllegalStateException when the endpoints have none of that name
     */
    Endpoint<?, ?> endpoint(EndpointInfo info, BiFunction<? super T, Middleware, ?> with) {
        Map<EndpointInfo, Endpoint<?, ?>> methods = byMethod;
        if (methods == null) {
            Map<EndpointInfo, Endpoint<?, ?>> found = new HashMap<>();
            with.apply(endpoints, new Middleware() {
                @Override
                public <Req, Resp> Endpoint<Req, Resp> wrap(EndpointInfo endpoint, Endpoint<Req, Resp> next) {
                    found.put(endpoint, next);
                    return next;
                }
            });
            // Two threads may both read the map on first use; both find the same endpoints.
            methods = Map.copyOf(found);
            byMethod = methods;
        }
        Endpoint<?, ?> endpoint = methods.get(info);
        if (endpoint == null) {
            throw new IllegalStateException("the endpoints of " + uri + " have no " + info);
        }
        return endpoint;
    }

    /** Returns the number of calls this balancer has in flight on the instance, all methods together. */
    public int outstanding() {
        return outstanding.get();
    }

    /** Returns whether the instance is left out of the balance at {@code now} ({@link System#nanoTime()}). */
    boolean isEjected(long now) {
        return ejectedUntil - now > 0;
    }

    void started() {
        outstanding.incrementAndGet();
    }

    void finished() {
        outstanding.decrementAndGet();
    }

    /** Records an answer: the instance works, whatever the answer said. */
    void answered() {
        // Read first: a write on every call would make all callers contend for one cache line.
        if (consecutiveFailures.get() != 0) {
            consecutiveFailures.set(0);
        }
    }

    /**
     * Records a call that got no answer, and ejects the instance for {@code cooldownNanos} once
     * {@code threshold} failed in a row; an instance back from a cooldown that fails again is
     * ejected at once, as its count was not reset by an answer.
     */
    void failed(long now, int threshold, long cooldownNanos) {
        if (consecutiveFailures.incrementAndGet() >= threshold) {
            ejectedUntil = now + cooldownNanos;
        }
    }

    /**
     * Closes the endpoints when they are {@link AutoCloseable}.
     *
     * @throws IllegalStateException when closing them failed
     */
    @Override
    public void close() {
        if (endpoints instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while closing the endpoints of " + uri, e);
            } catch (Exception e) {
                throw new IllegalStateException("closing the endpoints of " + uri + " failed", e);
            }
        }
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
