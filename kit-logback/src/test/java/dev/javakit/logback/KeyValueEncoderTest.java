package dev.javakit.logback;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.slf4j.event.KeyValuePair;

class KeyValueEncoderTest {

    private static final long NOW = Instant.parse("2026-11-28T03:01:21.408Z").toEpochMilli();

    private final LoggerContext context = new LoggerContext();
    private final KeyValueEncoder encoder = new KeyValueEncoder();

    KeyValueEncoderTest() {
        encoder.setContext(context);
        encoder.start();
    }

    @Test
    void writesTimeLevelShortLoggerNamePairsAndMessageOnOneLine() {
        LoggingEvent event = event(Level.INFO, "listening", null);
        event.addKeyValuePair(new KeyValuePair("addr", "127.0.0.1:8080"));
        event.addKeyValuePair(new KeyValuePair("routes", 11));

        assertThat(encode(event)).isEqualTo(time()
                + " level=INFO logger=HttpServer addr=\"127.0.0.1:8080\" routes=\"11\" msg=\"listening\""
                + System.lineSeparator());
    }

    @Test
    void writesNoPairsAsNone() {
        assertThat(encode(event(Level.WARN, "stopped", null)))
                .isEqualTo(time() + " level=WARN logger=HttpServer msg=\"stopped\"" + System.lineSeparator());
    }

    @Test
    void escapesQuotesBackslashesAndLineBreaksSoAValueCannotForgeAFieldOrALine() {
        LoggingEvent event = event(Level.INFO, "call \"succeeded\"", null);
        event.addKeyValuePair(new KeyValuePair("name", "Eve\" level=ERROR\nforged=\"yes\\\t\u0001"));

        assertThat(encode(event)).isEqualTo(time()
                + " level=INFO logger=HttpServer name=\"Eve\\\" level=ERROR\\nforged=\\\"yes\\\\\\t\\u0001\""
                + " msg=\"call \\\"succeeded\\\"\"" + System.lineSeparator());
    }

    @Test
    void followsTheLineWithTheStackTraceOfAnException() {
        String text = encode(event(Level.ERROR, "unexpected error; answered 500", new IllegalStateException("boom")));

        String[] lines = text.split(System.lineSeparator());
        assertThat(lines[0]).endsWith(" level=ERROR logger=HttpServer msg=\"unexpected error; answered 500\"");
        assertThat(lines[1]).isEqualTo("java.lang.IllegalStateException: boom");
        assertThat(lines[2]).startsWith("\tat dev.javakit.logback.KeyValueEncoderTest.");
    }

    @Test
    void formatsEachMillisecondOnItsOwn() {
        LoggingEvent first = event(Level.INFO, "a", null);
        LoggingEvent second = event(Level.INFO, "b", null);
        second.setTimeStamp(NOW + 1);

        assertThat(encode(first)).startsWith(time(NOW) + " ");
        assertThat(encode(second)).startsWith(time(NOW + 1) + " ");
    }

    private LoggingEvent event(Level level, String message, Throwable throwable) {
        Logger logger = context.getLogger("dev.javakit.transport.http.HttpServer");
        LoggingEvent event = new LoggingEvent(Logger.class.getName(), logger, level, message, throwable, null);
        event.setTimeStamp(NOW);
        return event;
    }

    private String encode(LoggingEvent event) {
        return new String(encoder.encode(event), StandardCharsets.UTF_8);
    }

    private static String time() {
        return time(NOW);
    }

    private static String time(long millis) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX").withZone(ZoneId.systemDefault())
                .format(Instant.ofEpochMilli(millis));
    }
}
