package dev.javakit.log;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Marker;
import org.slf4j.event.DefaultLoggingEvent;
import org.slf4j.event.KeyValuePair;
import org.slf4j.event.Level;
import org.slf4j.event.LoggingEvent;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.spi.LoggingEventAware;

/**
 * An SLF4J logger that keeps every event it is given, key-value pairs included, and is enabled
 * from a chosen level up; the fluent API hands whole events to loggers that are
 * {@link LoggingEventAware}, which is what lets tests see the pairs and their order.
 */
final class CapturingLogger extends LegacyAbstractLogger implements LoggingEventAware {

    private static final long serialVersionUID = 1L;

    /** The lowest enabled level; {@code null} when every level is off. */
    private final transient Level threshold;
    private final transient List<LoggingEvent> events = new CopyOnWriteArrayList<>();

    private CapturingLogger(Level threshold) {
        this.name = "capturing";
        this.threshold = threshold;
    }

    /** Returns a logger enabled at {@code threshold} and above. */
    static CapturingLogger from(Level threshold) {
        return new CapturingLogger(threshold);
    }

    /** Returns a logger with every level off. */
    static CapturingLogger off() {
        return new CapturingLogger(null);
    }

    /** Returns the events logged so far, in order. */
    List<LoggingEvent> events() {
        return events;
    }

    /** Returns the keys of an event's key-value pairs, in the order they were added. */
    static List<String> keys(LoggingEvent event) {
        return event.getKeyValuePairs().stream().map(pair -> pair.key).toList();
    }

    /** Returns the value of an event's key-value pair {@code key}. */
    static Object value(LoggingEvent event, String key) {
        return event.getKeyValuePairs().stream()
                .filter(pair -> pair.key.equals(key))
                .map(pair -> pair.value)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no key " + key + " in " + pairs(event)));
    }

    private static String pairs(LoggingEvent event) {
        return event.getKeyValuePairs().stream().map(KeyValuePair::toString).toList().toString();
    }

    private boolean enabled(Level level) {
        return threshold != null && level.toInt() >= threshold.toInt();
    }

    @Override
    public boolean isTraceEnabled() {
        return enabled(Level.TRACE);
    }

    @Override
    public boolean isDebugEnabled() {
        return enabled(Level.DEBUG);
    }

    @Override
    public boolean isInfoEnabled() {
        return enabled(Level.INFO);
    }

    @Override
    public boolean isWarnEnabled() {
        return enabled(Level.WARN);
    }

    @Override
    public boolean isErrorEnabled() {
        return enabled(Level.ERROR);
    }

    @Override
    public void log(LoggingEvent event) {
        events.add(event);
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String message, Object[] arguments,
            Throwable throwable) {
        DefaultLoggingEvent event = new DefaultLoggingEvent(level, this);
        event.setMessage(message);
        event.setThrowable(throwable);
        if (arguments != null) {
            event.addArguments(arguments);
        }
        events.add(event);
    }
}
