package dev.javakit.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the real protoc (Debian's, from tools/protoc.sh) over generated .proto files; fails, never
 * skips, when protoc cannot be had.
 */
final class Protoc {

    private Protoc() {
    }

    /**
     * Compiles {@code files} (their resource names and texts) in one protoc run, into a descriptor
     * set and Java classes, and asserts that protoc succeeds and says nothing, not even a warning.
     */
    static void assertCompiles(Map<String, String> files) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("protoc");
            generate(files, dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    /**
     * Compiles {@code files} in one protoc run into {@code dir}: their descriptor set {@code all.pb}
     * (without the files they import) and Java classes under {@code java}; asserts that protoc
     * succeeds and says nothing, not even a warning.
     */
    static void generate(Map<String, String> files, Path dir) {
        try {
            List<String> command = new ArrayList<>(List.of(protoc(), "--proto_path=" + dir.resolve("src"),
                    "--descriptor_set_out=" + dir.resolve("all.pb"),
                    "--java_out=" + Files.createDirectories(dir.resolve("java"))));
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = dir.resolve("src").resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue());
                command.add(file.getKey());
            }
            Process run = new ProcessBuilder(command).redirectErrorStream(true).start();
            String said = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(run.waitFor(60, TimeUnit.SECONDS)).as("protoc finishes").isTrue();
            assertThat(said).as("what protoc said of %s", files.keySet()).isEmpty();
            assertThat(run.exitValue()).isZero();
            assertThat(dir.resolve("all.pb")).isNotEmptyFile();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Returns protoc's path, installing it the first time; fails when it cannot. */
    private static String protoc() throws IOException, InterruptedException {
        Path script = Path.of("..", "tools", "protoc.sh");
        Process fetch = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true).start();
        String printed = new String(fetch.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(fetch.waitFor(300, TimeUnit.SECONDS)).as("tools/protoc.sh finishes").isTrue();
        assertThat(fetch.exitValue()).as("tools/protoc.sh: %s", printed).isZero();
        String path = printed.lines().reduce((first, last) -> last).orElse("");
        assertThat(Files.isExecutable(Path.of(path))).as("protoc at %s", path).isTrue();
        return path;
    }

    /** Deletes {@code dir} and everything under it; nothing when {@code null}. */
    static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
