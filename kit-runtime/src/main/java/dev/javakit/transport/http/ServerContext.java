package dev.javakit.transport.http;

import io.netty.util.concurrent.EventExecutor;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every connection of one running server shares: its limits, the exchange that answers
 * requests, the dispatcher that runs handlers, the listeners, and whether it is shutting down.
 */
final class ServerContext {

    private static final Logger log = LoggerFactory.getLogger(HttpServer.class);

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

    /**
     * Routes a complete request and answers it: at once, on the event loop, when it missed or its
     * route never blocks; otherwise on a handler thread, the answer then handed back to the event
     * loop; or 503 when no handler thread is to be had.
     */
    void serve(NettyHttpServerRequest request, EventExecutor eventLoop, Consumer<Answer> answer) {
        Router.Result routed = exchange.route(request);
        if (Exchange.onEventLoop(routed)) {
            answer.accept(exchange.serve(request, routed));
            return;
        }
        boolean admitted = dispatcher.dispatch(() -> exchange.serve(request, routed), answered -> {
            try {
                eventLoop.execute(() -> answer.accept(answered));
            } catch (RejectedExecutionException e) {
                // The event loop has stopped: the server was stopped without waiting for this request.
                log.atDebug().log("answer dropped: the event loop has stopped");
            }
        });
        if (!admitted) {
            answer.accept(exchange.overloaded(request));
        }
    }

    /** Tells the listeners about a request whose answer has been written. */
    void completed(String method, Answer answer, long arrivedNanos) {
        long duration = System.nanoTime() - arrivedNanos;
        for (HttpServerListener listener : listeners) {
            listener.requestCompleted(method, answer.route(), answer.status(), duration);
        }
    }
}
