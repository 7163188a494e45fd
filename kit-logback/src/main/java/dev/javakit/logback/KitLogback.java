package dev.javakit.logback;

import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;

/**
 * What a service calls of this module itself; the rest (one {@code key="value"} line per event on
 * standard error, at the level {@code LOG_LEVEL} names) happens by having the module on the class
 * path, through {@link KeyValueLogConfigurator}.
 */
public final class KitLogback {

    private KitLogback() {
    }

    /**
     * Writes the log lines still buffered and stops Logback: the last thing a service does, after
     * its server has answered its last request, such as
     * {@code server.registerShutdownHook(KitLogback::stop)}. Does nothing when SLF4J logs elsewhere.
     */
    public static void stop() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            logback.stop();
        }
    }
}
