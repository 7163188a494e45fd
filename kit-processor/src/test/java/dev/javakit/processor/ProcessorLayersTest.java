package dev.javakit.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pins the processor's seams, read from its own sources: the parser alone reports, {@code model/}
 * only holds what the writers print, writers never call one another, and each annotation and
 * runtime type name is written once.
 */
class ProcessorLayersTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/javakit/processor");

    /** A static member of a writer class called from outside it, such as {@code EndpointsWriter.signature(...)}. */
    private static final Pattern WRITER_CALL = Pattern.compile("\\b(\\w+Writer)\\.[a-z]\\w*\\(");

    @Test
    void modelDoesNotReport() {
        for (Map.Entry<String, String> file : sources("model").entrySet()) {
            assertThat(file.getValue())
                    .as(file.getKey())
                    .doesNotContain("import dev.javakit.processor.Reporter;")
                    .doesNotContain("import dev.javakit.processor.Message;")
                    .doesNotContain("import dev.javakit.processor.parse.")
                    .doesNotContain("import dev.javakit.processor.writer.")
                    .doesNotContain("Messager");
        }
    }

    @Test
    void writersDoNotCallOtherWriters() {
        List<String> calls = new ArrayList<>();
        for (Map.Entry<String, String> file : sources("writer").entrySet()) {
            String self = file.getKey().replace(".java", "");
            Matcher matcher = WRITER_CALL.matcher(file.getValue());
            while (matcher.find()) {
                if (!matcher.group(1).equals(self)) {
                    calls.add(self + " calls " + matcher.group());
                }
            }
        }
        assertThat(calls).isEmpty();
    }

    @Test
    void writersDoNotReport() {
        for (Map.Entry<String, String> file : sources("writer").entrySet()) {
            assertThat(file.getValue()).as(file.getKey())
                    .doesNotContain("Reporter")
                    .doesNotContain("import dev.javakit.processor.parse.");
        }
    }

    @Test
    void annotationNamesAreWrittenOnceInKitAnnotations() {
        List<String> elsewhere = new ArrayList<>();
        all().forEach((name, text) -> {
            if (!name.equals("parse/KitAnnotations.java") && text.contains("\"dev.javakit.annotations")) {
                elsewhere.add(name);
            }
        });
        assertThat(elsewhere).isEmpty();
    }

    @Test
    void runtimeTypeNamesAreWrittenOnceInRuntimeTypes() {
        List<String> elsewhere = new ArrayList<>();
        all().forEach((name, text) -> {
            if (!name.equals("writer/RuntimeTypes.java") && text.contains("ClassName.get(\"")) {
                elsewhere.add(name);
            }
        });
        assertThat(elsewhere).isEmpty();
    }

    private static Map<String, String> sources(String folder) {
        Map<String, String> found = new TreeMap<>();
        all().forEach((name, text) -> {
            if (name.startsWith(folder + "/")) {
                found.put(name.substring(folder.length() + 1), text);
            }
        });
        assertThat(found).as("sources in %s", folder).isNotEmpty();
        return found;
    }

    private static Map<String, String> all() {
        Map<String, String> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                found.put(SOURCES.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
