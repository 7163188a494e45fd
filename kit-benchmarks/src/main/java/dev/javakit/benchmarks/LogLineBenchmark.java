package dev.javakit.benchmarks;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import dev.javakit.logback.KeyValueEncoder;
import dev.javakit.sample.profilesvc.Profile;
import dev.javakit.sample.profilesvc.ProfileService;
import dev.javakit.sample.profilesvc.ProfileServiceLogging;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.slf4j.LoggerFactory;

/**
 * What the sample's log line per call costs: the generated logging decorator at INFO, through
 * Logback, formatted by the sample's {@link KeyValueEncoder} or by the equivalent Logback pattern
 * ({@code encoder}), into a sink that discards the bytes ({@code null}: the event and its
 * formatting alone) or into {@code /dev/null} ({@code devnull}: plus the write system call the
 * sample makes per line on standard error).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class LogLineBenchmark {

    /** The line format of the sample before {@link KeyValueEncoder}, as a Logback pattern. */
    private static final String PATTERN =
            "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} level=%level logger=%logger{0} %kvp msg=\"%msg\"%n";

    @Param({"keyvalue", "pattern"})
    public String encoder;

    @Param({"null", "devnull"})
    public String sink;

    private ProfileService logged;
    private OutputStreamAppender<ILoggingEvent> appender;
    private String id;

    @Setup
    public void setUp() throws IOException {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setEncoder(startedEncoder(context));
        appender.setOutputStream(sink.equals("null") ? OutputStream.nullOutputStream() : new FileOutputStream("/dev/null"));
        appender.start();
        // Only this logger writes, and only to the sink: the console stays quiet.
        Logger logger = (Logger) LoggerFactory.getLogger(ProfileService.class);
        logger.setLevel(Level.INFO);
        logger.setAdditive(false);
        logger.addAppender(appender);
        logged = new ProfileServiceLogging(Fixtures.serviceWithAlice());
        id = "alice";
    }

    private Encoder<ILoggingEvent> startedEncoder(LoggerContext context) {
        if (encoder.equals("keyvalue")) {
            KeyValueEncoder keyValue = new KeyValueEncoder();
            keyValue.setContext(context);
            keyValue.start();
            return keyValue;
        }
        PatternLayoutEncoder pattern = new PatternLayoutEncoder();
        pattern.setContext(context);
        pattern.setPattern(PATTERN);
        pattern.start();
        return pattern;
    }

    @TearDown
    public void tearDown() {
        Logger logger = (Logger) LoggerFactory.getLogger(ProfileService.class);
        logger.detachAppender(appender);
        logger.setAdditive(true);
        logger.setLevel(null);
        appender.stop();
    }

    /** One call through the generated logging decorator, which writes one line. */
    @Benchmark
    public Profile logLine() throws Exception {
        return logged.getProfile(id);
    }
}
