package dev.javakit.concurrent;

import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes a server when the JVM shuts down (SIGTERM, Ctrl-C, {@code System.exit}), then what must
 * outlive its last request, in order: one hook, since the JVM runs separate hooks all at once and
 * a tracer provider or a logging context closed beside the server would lose its last calls.
 */
public final class ShutdownHook {

    private static final Logger log = LoggerFactory.getLogger(ShutdownHook.class);

    private ShutdownHook() {
    }

    /**
     * Registers a hook on a thread named {@code threadName} that closes {@code server}, then each of
     * {@code afterwards} in order; a failure to close one is logged and does not stop the others.
     */
    public static void register(String threadName, AutoCloseable server, AutoCloseable... afterwards) {
        Objects.requireNonNull(server, "server");
        List<AutoCloseable> then = List.of(afterwards);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            closeQuietly(server);
            then.forEach(ShutdownHook::closeQuietly);
        }, threadName));
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            log.atWarn().setCause(e).log("closing at shutdown failed");
        }
    }
}
