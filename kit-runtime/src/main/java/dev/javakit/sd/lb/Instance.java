package dev.javakit.sd.lb;

import java.net.URI;
import java.util.Objects;
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
