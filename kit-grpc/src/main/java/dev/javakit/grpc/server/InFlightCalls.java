package dev.javakit.grpc.server;

import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerStreamTracer;
import io.grpc.Status;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Counts the calls a server has accepted and not yet answered, so that stopping waits for them
 * rather than for the long-lived streams of health watches and server reflection, which end only
 * when their client hangs up. A stream tracer, because grpc-java creates it on the event loop as the
 * stream arrives, before the call reaches the executor: a call accepted just before the server
 * stops is counted even if no thread has started it yet.
 */
final class InFlightCalls extends ServerStreamTracer.Factory {

    private static final ServerStreamTracer UNCOUNTED = new ServerStreamTracer() {
    };

    private final Set<String> uncountedServices;
    private int running;

    /** Counts the calls of every service but {@code uncountedServices}. */
    InFlightCalls(Set<String> uncountedServices) {
        this.uncountedServices = Set.copyOf(uncountedServices);
    }

    @Override
    public ServerStreamTracer newServerStreamTracer(String fullMethodName, Metadata headers) {
        String service = MethodDescriptor.extractFullServiceName(fullMethodName);
        if (service != null && uncountedServices.contains(service)) {
            return UNCOUNTED;
        }
        started();
        AtomicBoolean closed = new AtomicBoolean();
        return new ServerStreamTracer() {
            @Override
            public void streamClosed(Status status) {
                if (closed.compareAndSet(false, true)) {
                    finished();
                }
            }
        };
    }

    private synchronized void started() {
        running++;
    }

    private synchronized void finished() {
        if (--running == 0) {
            notifyAll();
        }
    }

    /** Waits until no call runs, {@code nanos} pass or the thread is interrupted; returns how many still run. */
    synchronized int awaitNone(long nanos) {
        long deadline = System.nanoTime() + nanos;
        while (running > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return running;
    }
}
