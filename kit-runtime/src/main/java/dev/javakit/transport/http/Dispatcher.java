package dev.javakit.transport.http;

import dev.javakit.concurrent.Threads;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs handlers off the event loop, because service methods may block: on a virtual thread per
 * request on JDK 21+, on a bounded pool of platform threads before. Never queues without bound:
 * past {@code maxConcurrent} requests admitted at once, {@link #dispatch} refuses, and the server
 * answers 503 with {@code Retry-After}.
 */
final class Dispatcher {

    private final Executor executor;
    private final ExecutorService owned;
    private final int maxConcurrent;
    private final AtomicInteger admitted = new AtomicInteger();

    private Dispatcher(Executor executor, ExecutorService owned, int maxConcurrent) {
        this.executor = executor;
        this.owned = owned;
        this.maxConcurrent = maxConcurrent;
    }

    /**
     * Returns the default dispatcher: virtual threads where the JDK has them; else {@code threads}
     * platform threads, the requests beyond them waiting in a queue of the remaining capacity.
     */
    static Dispatcher create(int maxConcurrent, int threads) {
        ExecutorService virtual = Threads.virtualPerTask("kit-http-");
        if (virtual != null) {
            return new Dispatcher(virtual, virtual, maxConcurrent);
        }
        int poolSize = Math.min(threads, maxConcurrent);
        // A linked queue: its producers and consumers take separate locks. An array queue's single
        // lock, contended by the event loops handing requests over and the workers taking them,
        // cost some 10% of the sample's CPU time under load on JDK 17.
        ThreadPoolExecutor pool = new ThreadPoolExecutor(poolSize, poolSize, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(Math.max(1, maxConcurrent - poolSize)), Threads.daemons("kit-http-"));
        return new Dispatcher(pool, pool, maxConcurrent);
    }

    /** Returns a dispatcher on the caller's executor, which the caller shuts down. */
    static Dispatcher on(Executor executor, int maxConcurrent) {
        return new Dispatcher(executor, null, maxConcurrent);
    }

    /**
     * Returns whether {@code work} was admitted. It runs later on a handler thread, which then
     * hands its result to {@code then}; the request stops counting against the limit in between, so
     * that a client that has its answer finds the capacity free again.
     */
    <T> boolean dispatch(Supplier<T> work, Consumer<T> then) {
        if (admitted.incrementAndGet() > maxConcurrent) {
            admitted.decrementAndGet();
            return false;
        }
        try {
            executor.execute(() -> {
                T result;
                try {
                    result = work.get();
                } finally {
                    admitted.decrementAndGet();
                }
                then.accept(result);
            });
            return true;
        } catch (RejectedExecutionException e) {
            admitted.decrementAndGet();
            return false;
        }
    }

    /** Stops the threads this dispatcher created; tasks already admitted still run. */
    void shutdown() {
        if (owned != null) {
            owned.shutdown();
        }
    }
}
