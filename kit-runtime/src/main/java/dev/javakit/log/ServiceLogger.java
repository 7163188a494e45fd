package dev.javakit.log;

import dev.javakit.errors.Outcome;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.MDC;
import org.slf4j.event.Level;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * Writes one structured log line per service call: {@code service}, {@code method}, the
 * arguments by name, {@code took}, and on failure {@code err}; what generated logging decorators
 * and {@link LoggingMiddleware} call.
 *
 * <p>Successes log at INFO, client errors (4xx exceptions) at WARN, everything else at ERROR with
 * its stack trace. Callers ask {@link #isSucceededEnabled()} or {@link #isFailedEnabled} first and
 * pass arguments only when it answers yes, so a disabled level costs no formatting, boxing or
 * varargs array. When a tracing middleware has put {@code trace_id} in the MDC, lines carry it.
 *
 * <p>Each logged value (an argument, a result, an error's message) is cut after
 * {@link #DEFAULT_MAX_VALUE_LENGTH} characters and ends {@code …(+N chars)}, so that a large
 * request body cannot make a log line as large as itself. Numbers, booleans and enums are passed
 * to the logging backend as they are; every other value as its (possibly cut) {@code toString()}.
 */
public final class ServiceLogger {

    /** What a parameter marked {@code @Redacted} is logged as. */
    public static final String REDACTED = "***";

    /**
     * The length after which a logged value is cut, unless the constructor is given another: the
     * system property {@code javakit.log.maxValueLength} when it is a positive integer, else 1,024.
     */
    public static final int DEFAULT_MAX_VALUE_LENGTH = positiveOr(Integer.getInteger("javakit.log.maxValueLength"), 1024);

    /**
     * The failure this thread last logged with its stack trace, so that the server answering it
     * with a 500 does not log the same stack trace again. One reference per thread, replaced by the
     * next failure and cleared when the server asks.
     */
    private static final ThreadLocal<Throwable> LOGGED_WITH_STACK_TRACE = new ThreadLocal<>();

    private final Logger log;
    private final String service;
    private final int maxValueLength;

    /** Creates a logger of calls to {@code service}'s methods, cutting values after {@link #DEFAULT_MAX_VALUE_LENGTH}. */
    public ServiceLogger(Logger log, String service) {
        this(log, service, DEFAULT_MAX_VALUE_LENGTH);
    }

    /** Creates a logger of calls to {@code service}'s methods, cutting values after {@code maxValueLength} characters. */
    public ServiceLogger(Logger log, String service, int maxValueLength) {
        this.log = Objects.requireNonNull(log, "log");
        this.service = Objects.requireNonNull(service, "service");
        if (maxValueLength < 1) {
            throw new IllegalArgumentException("maxValueLength must be positive: " + maxValueLength);
        }
        this.maxValueLength = maxValueLength;
    }

    /**
     * Returns the start of a call for {@code took}: {@link System#nanoTime()}, or 0 without reading
     * the clock when nothing at all is logged (a clock read costs about as much as the rest of a
     * disabled decorator).
     */
    public long start() {
        return log.isErrorEnabled() ? System.nanoTime() : 0L;
    }

    /** Returns whether successful calls are logged. */
    public boolean isSucceededEnabled() {
        return log.isInfoEnabled();
    }

    /** Returns whether a call that threw {@code error} is logged. */
    public boolean isFailedEnabled(Throwable error) {
        return log.isEnabledForLevel(levelOf(error));
    }

    /**
     * Logs a successful call, if {@linkplain #isSucceededEnabled() enabled}.
     *
     * <p>The check comes first and the method stays small, so that the JIT inlines it into the
     * generated decorator: when the line is off, the arguments' array and boxes are never built.
     *
     * @param startNanos {@link #start()} when the call began
     * @param keyValues the arguments (and the result, when logged) as name, value, name, value...
     */
    public void succeeded(String method, long startNanos, Object... keyValues) {
        if (isSucceededEnabled()) {
            logSucceeded(method, startNanos, keyValues);
        }
    }

    private void logSucceeded(String method, long startNanos, Object[] keyValues) {
        event(log.atInfo(), method, keyValues)
                .addKeyValue("took", took(startNanos))
                .log("call succeeded");
    }

    /**
     * Logs a failed call, if {@linkplain #isFailedEnabled(Throwable) enabled}.
     *
     * @param startNanos {@link #start()} when the call began
     * @param keyValues the arguments as name, value, name, value...
     */
    public void failed(String method, long startNanos, Throwable error, Object... keyValues) {
        if (isFailedEnabled(error)) {
            logFailed(method, startNanos, error, keyValues);
        }
    }

    private void logFailed(String method, long startNanos, Throwable error, Object[] keyValues) {
        Level level = levelOf(error);
        LoggingEventBuilder event = event(log.atLevel(level), method, keyValues)
                .addKeyValue("took", took(startNanos))
                .addKeyValue("err", capped(String.valueOf(error.getMessage())));
        if (level == Level.ERROR) {
            event = event.setCause(error);
            LOGGED_WITH_STACK_TRACE.set(error);
        } else {
            event = event.addKeyValue("exception", error.getClass().getSimpleName());
        }
        event.log("call failed");
    }

    /**
     * Returns whether {@code error} is the failure a service logger last logged on this thread with
     * its stack trace, and forgets it: a transport answering it as a 500 then logs no second stack
     * trace of the same failure.
     */
    public static boolean loggedWithStackTrace(Throwable error) {
        Throwable logged = LOGGED_WITH_STACK_TRACE.get();
        if (logged == null) {
            return false;
        }
        LOGGED_WITH_STACK_TRACE.remove();
        return logged == error;
    }

    private LoggingEventBuilder event(LoggingEventBuilder event, String method, Object[] keyValues) {
        event = event.addKeyValue("service", service).addKeyValue("method", method);
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            event = event.addKeyValue(String.valueOf(keyValues[i]), capped(keyValues[i + 1]));
        }
        String traceId = MDC.get("trace_id");
        if (traceId != null) {
            event = event.addKeyValue("trace_id", traceId);
        }
        return event;
    }

    /** Returns {@code value} as the backend should get it: short kinds as they are, anything else as text cut to the limit. */
    Object capped(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean || value instanceof Enum<?>) {
            return value;
        }
        String text = value.toString();
        if (text.length() <= maxValueLength) {
            return text;
        }
        int cut = maxValueLength;
        // Never half a character: a lone surrogate would be written as '?' or break a JSON encoder.
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut) + "…(+" + (text.length() - cut) + " chars)";
    }

    private static int positiveOr(Integer value, int fallback) {
        return value != null && value > 0 ? value : fallback;
    }

    private static Level levelOf(Throwable error) {
        return Outcome.of(error) == Outcome.CLIENT_ERROR ? Level.WARN : Level.ERROR;
    }

    /**
     * Formats the time since {@code startNanos} as milliseconds, such as {@code 0.183ms}: the
     * {@code took} of every log line the kit writes.
     */
    public static String took(long startNanos) {
        // By hand: String.format costs more than the rest of a log line's fields together.
        long micros = Math.max(0, (System.nanoTime() - startNanos) / 1_000);
        long fraction = micros % 1_000;
        return new StringBuilder(16)
                .append(micros / 1_000)
                .append(fraction < 10 ? ".00" : fraction < 100 ? ".0" : ".")
                .append(fraction)
                .append("ms")
                .toString();
    }
}
