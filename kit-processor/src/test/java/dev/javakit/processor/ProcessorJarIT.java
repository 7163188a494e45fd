package dev.javakit.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import javax.annotation.processing.Processor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the packaged jar, as javac and Gradle find processors in it: a unit test that creates the
 * processor directly would pass even if AutoService had not run on this module.
 */
class ProcessorJarIT {

    private static Path jar;

    @BeforeAll
    static void findPackagedJar() throws IOException {
        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> candidates = Files.newDirectoryStream(Path.of("target"), "kit-processor-*.jar")) {
            candidates.forEach(jars::add);
        }
        jars.removeIf(path -> path.getFileName().toString().endsWith("-sources.jar"));
        assertThat(jars).as("the packaged processor jar in target/").hasSize(1);
        jar = jars.get(0);
    }

    @Test
    void registersTheProcessorAsAService() throws IOException {
        assertThat(entry("META-INF/services/javax.annotation.processing.Processor").trim())
                .isEqualTo(KitProcessor.class.getName());
    }

    @Test
    void declaresTheProcessorIsolatingForGradle() throws IOException {
        assertThat(entry("META-INF/gradle/incremental.annotation.processors").trim())
                .isEqualTo(KitProcessor.class.getName() + ",isolating");
    }

    @Test
    void isFoundByServiceLoaderFromTheJarAlone() throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, Processor.class.getClassLoader())) {
            List<String> found = new ArrayList<>();
            for (ServiceLoader.Provider<Processor> provider : ServiceLoader.load(Processor.class, loader).stream().toList()) {
                found.add(provider.type().getName());
            }
            assertThat(found).contains(KitProcessor.class.getName());
        }
    }

    private static String entry(String name) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            ZipEntry entry = file.getEntry(name);
            assertThat(entry).as(name + " in " + jar).isNotNull();
            return new String(file.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
