package dev.javakit.test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service running in a process of its own, as a user starts it (a packaged jar, say), with every
 * line it prints kept for assertions and failure messages: what tests of packaged services, of
 * several instances and of stops by signal share.
 *
 * <pre>{@code
 * try (ServiceProcess service = ServiceProcess.startJar(Path.of("target", "my-service.jar"), "--http.addr=127.0.0.1:0")) {
 *     int port = service.awaitPort(Duration.ofSeconds(20));
 *     // ... call it ...
 *     assertThat(service.terminate(Duration.ofSeconds(15))).isEqualTo(143);
 * }
 * }</pre>
 */
public final class ServiceProcess implements AutoCloseable {

    /** The kit's {@code listening} log line on the loopback address, whose group 1 is the port. */
    public static final Pattern LISTENING = Pattern.compile("addr=\"?127\\.0\\.0\\.1:(\\d+).*listening");

    private final Process process;
    private final Pattern listening;
    private final Thread reader;
    private final List<String> output = new CopyOnWriteArrayList<>();
    /** The same lines, consumed while waiting for the port. */
    private final BlockingQueue<String> unread = new LinkedBlockingQueue<>();

    private ServiceProcess(Process process, Pattern listening, String name) {
        this.process = process;
        this.listening = listening;
        this.reader = new Thread(this::readOutput, "output of " + name);
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts {@code command}, its standard error merged into its output; {@code listening} finds
     * the line that says it serves, with the port as group 1.
     */
    public static ServiceProcess start(Pattern listening, List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        return new ServiceProcess(process, listening, command.get(command.size() - 1));
    }

    /** Starts {@code java -jar jar args...} with this JVM's {@code java}, serving with the kit's log line. */
    public static ServiceProcess startJar(Path jar, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        return start(LISTENING, command);
    }

    /** Returns the {@code java} launcher of the JVM running the tests. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Waits for the line that says it serves and returns the port it names; fails if the process dies first. */
    public int awaitPort(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String line = unread.poll(50, TimeUnit.MILLISECONDS);
            if (line != null) {
                Matcher matcher = listening.matcher(line);
                if (matcher.find()) {
                    return Integer.parseInt(matcher.group(1));
                }
            }
            if (!process.isAlive()) {
                throw new AssertionError("the process exited before it listened; its output: " + output);
            }
        }
        throw new AssertionError("no 'listening' line within " + timeout + "; output: " + output);
    }

    /**
     * Sends SIGTERM, waits up to {@code timeout} for the process to exit and then for the rest of its
     * output, and returns its exit status; fails if it does not exit.
     */
    public int terminate(Duration timeout) throws InterruptedException {
        // Through the handle: Process.destroy() would also close the output being read.
        process.toHandle().destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("still running " + timeout + " after SIGTERM; output: " + output);
        }
        reader.join(TimeUnit.SECONDS.toMillis(5));
        return process.exitValue();
    }

    /** Sends SIGKILL: the process dies at once, without a word to anyone; fails if it is not gone within 10 s. */
    public void kill() throws InterruptedException {
        process.toHandle().destroyForcibly();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            throw new AssertionError("still running 10 s after SIGKILL");
        }
    }

    /** Returns every line the process printed so far. */
    public List<String> output() {
        return output;
    }

    /** Kills the process and any it started, if still running, and waits for it to be gone. */
    @Override
    public void close() {
        process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        if (process.isAlive()) {
            process.toHandle().destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void readOutput() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.add(line);
                unread.add(line);
            }
        } catch (IOException e) {
            output.add("reading the output failed: " + e);
        }
    }
}
