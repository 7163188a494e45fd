package dev.javakit.sample.profilesvc;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The packaged sample running in a process of its own, as a user starts it, with its output kept. */
final class SampleProcess implements AutoCloseable {

    private static final Path JAR = Path.of("target", "sample-profile-service.jar");
    private static final Pattern LISTENING = Pattern.compile("addr=\"?127\\.0\\.0\\.1:(\\d+).*listening");

    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private final BlockingQueue<String> unread = new LinkedBlockingQueue<>();

    private SampleProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(this::readOutput, "sample-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code java -jar sample-profile-service.jar} with {@code flags}. */
    static SampleProcess start(String... flags) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(flags));
        return new SampleProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    /** Waits for the "listening" line and returns the port it names. */
    int awaitPort() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            String line = unread.poll(50, TimeUnit.MILLISECONDS);
            if (line != null) {
                Matcher matcher = LISTENING.matcher(line);
                if (matcher.find()) {
                    return Integer.parseInt(matcher.group(1));
                }
            }
            assertThat(process.isAlive()).as("the sample is still running; its output: %s", output).isTrue();
        }
        throw new AssertionError("no 'listening' line within 20 s; output: " + output);
    }

    /** Sends SIGKILL: the process dies at once, without a word to anyone. */
    void kill() throws InterruptedException {
        process.toHandle().destroyForcibly();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }

    /** Sends SIGTERM and waits for the process to exit; returns its exit status. */
    int terminate(Duration timeout) throws InterruptedException {
        // Through the handle: Process.destroy() would also close the output being read.
        process.toHandle().destroy();
        assertThat(process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)).as("exits after SIGTERM; output: %s", output)
                .isTrue();
        return process.exitValue();
    }

    /** Returns every line the process printed so far. */
    List<String> output() {
        return output;
    }

    /** Kills the process if it still runs, and waits for it to be gone. */
    @Override
    public void close() {
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
