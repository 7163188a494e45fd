package dev.javakit.transport.http;

import java.util.List;

/**
 * What every connection of one running server shares: its limits, the exchange that answers
 * requests, the dispatcher that runs handlers, the listeners, and whether it is shutting down.
 */
final class ServerContext {

    /**
     * Fired down every connection's pipeline when the server starts shutting down: answer what has
     * been read, then close, within {@code graceMillis}.
     */
    record Drain(long graceMillis) {
    }

    final ServerLimits limits;
    final Exchange exchange;
    final Dispatcher dispatcher;
    private final List<HttpServerListener> listeners;

    ServerContext(ServerLimits limits, Exchange exchange, Dispatcher dispatcher, List<HttpServerListener> listeners) {
        this.limits = limits;
        this.exchange = exchange;
        this.dispatcher = dispatcher;
        this.listeners = List.copyOf(listeners);
    }

    boolean hasListeners() {
        return !listeners.isEmpty();
    }

    /** Tells the listeners about a request whose answer has been written. */
    void completed(String method, Answer answer, long arrivedNanos) {
        long duration = System.nanoTime() - arrivedNanos;
        for (HttpServerListener listener : listeners) {
            listener.requestCompleted(method, answer.route(), answer.status(), duration);
        }
    }
}
