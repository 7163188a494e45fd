package dev.javakit.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What annotation processing adds to a build: javac on a generated corpus of 100 service
 * interfaces of 10 methods each, with the processor (which also compiles what it writes) and
 * without ({@code -proc:none}), in one warm JVM as a build daemon or IDE runs javac.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(1)
@State(Scope.Benchmark)
public class ProcessorBenchmark {

    private static final int INTERFACES = 100;
    private static final int METHODS = 10;

    private Path corpus;
    private List<File> sources;
    private String classPath;

    @Setup
    public void writeCorpus() throws IOException {
        corpus = Files.createTempDirectory("kit-corpus");
        sources = new ArrayList<>();
        for (int i = 0; i < INTERFACES; i++) {
            sources.add(write("Item" + i, "public record Item" + i + "(String id, int count, java.util.List<String> tags) {}"));
            sources.add(write("Missing" + i, "@dev.javakit.annotations.ErrorStatus(404)\n"
                    + "public class Missing" + i + " extends Exception { private static final long serialVersionUID = 1L; }"));
            sources.add(write("Service" + i, service(i)));
        }
        classPath = System.getProperty("java.class.path");
    }

    @TearDown
    public void deleteCorpus() throws IOException {
        try (Stream<Path> files = Files.walk(corpus)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /** javac alone. */
    @Benchmark
    public boolean javacWithoutProcessor() throws IOException {
        return compile("-proc:none");
    }

    /** javac with the kit's processor, which writes five classes per interface that javac then compiles too. */
    @Benchmark
    public boolean javacWithProcessor() throws IOException {
        return compile("-processor", "dev.javakit.processor.KitProcessor");
    }

    /** The processor alone: {@code -proc:only} runs it and writes its sources, but compiles nothing. */
    @Benchmark
    public boolean processorOnly() throws IOException {
        return compile("-proc:only", "-processor", "dev.javakit.processor.KitProcessor");
    }

    private boolean compile(String... processing) throws IOException {
        Path out = Files.createTempDirectory(corpus, "out");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
            List<String> options = new ArrayList<>(List.of("-d", out.toString(), "-s", out.toString(),
                    "-cp", classPath, "-processorpath", classPath, "--release", "17", "-nowarn"));
            options.addAll(List.of(processing));
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromFiles(sources);
            boolean compiled = javac.getTask(null, files, null, options, null, units).call();
            if (!compiled) {
                throw new IllegalStateException("the corpus did not compile");
            }
            return compiled;
        }
    }

    private File write(String name, String source) {
        try {
            Path file = corpus.resolve("corpus").resolve(name + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, "package corpus;\n\n" + source + "\n");
            return file.toFile();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String service(int i) {
        StringBuilder source = new StringBuilder()
                .append("import dev.javakit.annotations.*;\nimport dev.javakit.annotations.http.*;\n")
                .append("import java.util.*;\n\n@KitService\npublic interface Service").append(i).append(" {\n");
        for (int m = 0; m < METHODS; m++) {
            String item = "Item" + i;
            switch (m % 5) {
                case 0 -> source.append("  @GET(\"/items/{id}/m").append(m).append("\") @ResultName(\"item\")\n  ")
                        .append(item).append(" get").append(m).append("(String id) throws Missing").append(i).append(";\n");
                case 1 -> source.append("  @POST(\"/items/m").append(m).append("\")\n  void create").append(m)
                        .append("(").append(item).append(" item) throws Missing").append(i).append(";\n");
                case 2 -> source.append("  @GET(\"/items/m").append(m).append("\") @ResultName(\"items\")\n  List<")
                        .append(item).append("> list").append(m)
                        .append("(@Query(\"tag\") List<String> tags, Optional<Integer> limit, @Header(\"X-User\") String user);\n");
                case 3 -> source.append("  @PUT(\"/items/{id}/m").append(m).append("\")\n  void replace").append(m)
                        .append("(String id, ").append(item).append(" item);\n");
                default -> source.append("  @DELETE(\"/items/{id}/m").append(m).append("\")\n  boolean delete").append(m)
                        .append("(long id) throws Missing").append(i).append(";\n");
            }
        }
        return source.append("}\n").toString();
    }
}
