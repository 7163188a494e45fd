package dev.javakit.transport.http;

import java.net.InetSocketAddress;

/**
 * Told when a server starts serving and when it begins to stop, for what must follow the server's
 * life rather than a request's: readiness, a registration in a service registry.
 */
public interface ServerLifecycleListener {

    /**
     * The server listens on {@code address} and answers requests. A listener that throws stops the
     * server, and {@link HttpServer#start()} throws what it threw.
     */
    default void serverStarted(InetSocketAddress address) throws Exception {
    }

    /**
     * The server begins to stop: from now on it accepts no connection and only finishes the
     * requests it has read. Called before the listener closes; a failure is logged, and the server
     * stops all the same.
     */
    default void serverStopping() throws Exception {
    }
}
