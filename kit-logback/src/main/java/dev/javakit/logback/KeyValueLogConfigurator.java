package dev.javakit.logback;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.slf4j.Logger;

/**
 * Configures Logback in code: one line per event on standard error, every field
 * {@code key="value"} so a person can grep ({@code level=WARN}, {@code method="getProfile"}),
 * at the level the {@code LOG_LEVEL} environment variable names ({@code INFO} by default:
 * {@code WARN} keeps only failed calls).
 *
 * <p>In code rather than in {@code logback.xml} because Logback's XML configuration takes about
 * 50 ms of start-up; the line is written by {@link KeyValueEncoder}, in batches by
 * {@link BufferedStderrAppender}. A {@code logback.xml} or
 * {@code logback-test.xml} on the class path, or
 * {@code -Dlogback.configurationFile=...}, takes precedence over it.
 */
public final class KeyValueLogConfigurator extends ContextAwareBase implements Configurator {

    /** The environment variable naming the root level. */
    static final String LOG_LEVEL = "LOG_LEVEL";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || getClass().getClassLoader().getResource("logback-test.xml") != null
                || getClass().getClassLoader().getResource("logback.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        KeyValueEncoder encoder = new KeyValueEncoder();
        encoder.setContext(context);
        encoder.start();
        BufferedStderrAppender console = new BufferedStderrAppender();
        console.setContext(context);
        console.setName("STDERR");
        console.setEncoder(encoder);
        console.start();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.toLevel(System.getenv(LOG_LEVEL), Level.INFO));
        root.addAppender(console);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
