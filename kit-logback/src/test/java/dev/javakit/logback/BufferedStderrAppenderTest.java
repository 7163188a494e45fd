package dev.javakit.logback;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BufferedStderrAppenderTest {

    /** Counts writes: batching is about how many there are. */
    private static final class Sink extends ByteArrayOutputStream {
        int writes;
        boolean closed;

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) {
            writes++;
            super.write(bytes, offset, length);
        }

        @Override
        public void close() {
            closed = true;
        }

        synchronized String text() {
            return toString(StandardCharsets.UTF_8);
        }
    }

    private final LoggerContext context = new LoggerContext();
    private final Sink sink = new Sink();
    private BufferedStderrAppender appender;
    private Logger logger;

    @BeforeEach
    void setUp() {
        context.setMDCAdapter(new LogbackMDCAdapter());
        KeyValueEncoder encoder = new KeyValueEncoder();
        encoder.setContext(context);
        encoder.start();
        appender = new BufferedStderrAppender(sink);
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.start();
        logger = context.getLogger("test");
        logger.setLevel(Level.INFO);
        logger.addAppender(appender);
    }

    @AfterEach
    void tearDown() {
        appender.stop();
    }

    @Test
    void infoLinesAreWrittenTogetherLater() throws Exception {
        for (int i = 0; i < 100; i++) {
            logger.info("call {}", i);
        }
        assertThat(sink.text()).as("nothing is written per line").isEmpty();

        Thread.sleep(BufferedStderrAppender.FLUSH_INTERVAL_MILLIS * 4);

        assertThat(sink.text()).contains("msg=\"call 0\"").contains("msg=\"call 99\"");
        assertThat(sink.writes).as("one write for the batch").isEqualTo(1);
    }

    @Test
    void aWarningIsWrittenAtOnceWithWhatCameBefore() {
        logger.info("first");
        logger.warn("trouble");

        assertThat(sink.text()).contains("msg=\"first\"").contains("level=WARN").contains("msg=\"trouble\"");
    }

    @Test
    void stoppingWritesEverythingAndLeavesTheStreamOpen() {
        logger.info("last words");

        appender.stop();

        assertThat(sink.text()).contains("msg=\"last words\"");
        assertThat(sink.closed).as("standard error stays open").isFalse();
    }
}
