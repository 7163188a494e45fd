package dev.javakit.logback;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Writes log lines to standard error in batches: lines collect in a buffer that is written when
 * it fills, every {@link #FLUSH_INTERVAL_MILLIS} ms, at once for a warning or an error, and when
 * the appender stops.
 *
 * <p>Writing every line with its own system call cost the sample 10 to 20% of its throughput under
 * load (see BENCHMARKS.md). The price of batching is that a process killed with {@code SIGKILL}
 * loses the successful calls of its last {@value #FLUSH_INTERVAL_MILLIS} ms; a clean stop loses
 * nothing when the service stops Logback after its server has answered its last request
 * ({@link KitLogback#stop}, from the server's shutdown hook).
 */
public final class BufferedStderrAppender extends OutputStreamAppender<ILoggingEvent> {

    /** How long a line may wait in the buffer. */
    static final long FLUSH_INTERVAL_MILLIS = 100;
    private static final int BUFFER_BYTES = 64 << 10;

    private final OutputStream target;
    private ScheduledExecutorService flusher;

    /** Writes to the process's standard error. */
    public BufferedStderrAppender() {
        this(new FileOutputStream(FileDescriptor.err));
    }

    /** Writes to {@code target}, for tests. */
    BufferedStderrAppender(OutputStream target) {
        this.target = target;
    }

    @Override
    public void start() {
        setImmediateFlush(false);
        setOutputStream(new BufferedOutputStream(target, BUFFER_BYTES));
        flusher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "log-flusher");
            thread.setDaemon(true);
            return thread;
        });
        flusher.scheduleWithFixedDelay(this::flush, FLUSH_INTERVAL_MILLIS, FLUSH_INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
        super.start();
    }

    @Override
    protected void subAppend(ILoggingEvent event) {
        super.subAppend(event);
        if (event.getLevel().isGreaterOrEqual(Level.WARN)) {
            flush();
        }
    }

    @Override
    public void stop() {
        if (flusher != null) {
            flusher.shutdownNow();
        }
        super.stop();
    }

    /** Flushes instead: standard error belongs to the process, which may still write to it. */
    @Override
    protected void closeOutputStream() {
        flush();
    }

    /** Writes what the buffer holds. */
    void flush() {
        streamWriteLock.lock();
        try {
            OutputStream out = getOutputStream();
            if (out != null) {
                out.flush();
            }
        } catch (IOException e) {
            addError("flushing the log to standard error failed", e);
        } finally {
            streamWriteLock.unlock();
        }
    }
}
