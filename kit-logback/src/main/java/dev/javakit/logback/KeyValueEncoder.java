package dev.javakit.logback;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.encoder.EncoderBase;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.slf4j.event.KeyValuePair;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * Encodes a logging event as one {@code key="value"} line:
 * {@code 2026-11-28T03:01:21.408Z level=INFO logger=HttpServer addr="127.0.0.1:8080" msg="listening"},
 * followed by the stack trace of an exception if the event has one.
 *
 * <p>Written rather than configured as a Logback pattern because the pattern layout registers
 * some 70 converters when it starts (about 150 classes, a tenth of the sample's start-up) and
 * formats each line through a chain of them. Values are escaped like JSON strings, so that a
 * quote or a line break in a logged argument cannot forge a field or a line.
 */
public final class KeyValueEncoder extends EncoderBase<ILoggingEvent> {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX").withZone(ZoneId.systemDefault());

    /** A line's builder per thread, reused: a service logs a line per call. */
    private static final ThreadLocal<StringBuilder> LINES = ThreadLocal.withInitial(() -> new StringBuilder(256));

    /** The last timestamp formatted: a service logs many lines per millisecond under load. */
    private volatile FormattedTime lastTime = new FormattedTime(Long.MIN_VALUE, "");

    @Override
    public byte[] headerBytes() {
        return null;
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        StringBuilder line = LINES.get();
        line.setLength(0);
        line.append(time(event.getTimeStamp()))
                .append(" level=").append(event.getLevel())
                .append(" logger=");
        String logger = event.getLoggerName();
        line.append(logger, logger.lastIndexOf('.') + 1, logger.length());
        List<KeyValuePair> pairs = event.getKeyValuePairs();
        if (pairs != null) {
            for (KeyValuePair pair : pairs) {
                line.append(' ').append(pair.key).append('=');
                quoted(line, String.valueOf(pair.value));
            }
        }
        line.append(" msg=");
        quoted(line, event.getFormattedMessage());
        line.append(System.lineSeparator());
        IThrowableProxy throwable = event.getThrowableProxy();
        if (throwable != null) {
            line.append(ThrowableProxyUtil.asString(throwable));
        }
        byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
        if (line.capacity() > 8192) {
            // A huge line (a large argument, a deep stack trace) should not stay in memory for good.
            LINES.remove();
        }
        return bytes;
    }

    @Override
    public byte[] footerBytes() {
        return null;
    }

    private String time(long millis) {
        FormattedTime last = lastTime;
        if (last.millis() != millis) {
            last = new FormattedTime(millis, TIME.format(Instant.ofEpochMilli(millis)));
            lastTime = last;
        }
        return last.text();
    }

    /** Appends {@code value} in double quotes, escaped as a JSON string is. */
    private static void quoted(StringBuilder line, String value) {
        line.append('"');
        if (needsEscaping(value)) {
            JsonStringEncoder.getInstance().quoteAsString(value, line);
        } else {
            // Most values (ids, names, timings) need none: copied as they are, without the encoder's buffers.
            line.append(value);
        }
        line.append('"');
    }

    private static boolean needsEscaping(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || c >= 0x7f) {
                return true;
            }
        }
        return false;
    }

    /** A timestamp and its text. */
    private record FormattedTime(long millis, String text) {
    }
}
