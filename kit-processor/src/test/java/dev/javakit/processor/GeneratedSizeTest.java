package dev.javakit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pins the size of everything generated for a service to its method count: linear, so that twice
 * the methods cost at most {@value #MAX_GROWTH_PER_DOUBLING} times the lines, and at most
 * {@value #MAX_LINES_PER_METHOD} non-blank lines per method from 20 methods on (below that, the fixed
 * part of nine files, their imports, headers and factories, still weighs on each method) and for the
 * profile sample's nine. The services cycle through the shapes of Go kit's profilesvc: a read by id,
 * a create with a body, a replace by id, a filtered list and a delete, most declaring business
 * exceptions that the clients map back.
 *
 * <p>Only code lines count: Javadoc, which every generated type and every member mirroring a method
 * carries, documents the code rather than grows it, and is left out so the budget measures code.
 */
class GeneratedSizeTest {

    private static final int MAX_LINES_PER_METHOD = 80;
    private static final double MAX_GROWTH_PER_DOUBLING = 2.1;

    /** The methods of the profile sample's {@code ProfileService}. */
    private static final int PROFILE_SAMPLE_METHODS = 9;

    private static final String[] SHAPES = {
        "@GET(\"/items%1$d/{id}\") Item get%1$d(String id) throws Missing;",
        "@POST(\"/items%1$d/\") void create%1$d(Item item) throws Conflict, Invalid;",
        "@PUT(\"/items%1$d/{id}\") void replace%1$d(String id, Item item) throws Missing, Invalid;",
        "@GET(\"/items%1$d/\") List<Item> list%1$d(@Query Optional<Integer> limit, @Query String tag);",
        "@DELETE(\"/items%1$d/{id}\") void delete%1$d(String id) throws Missing;",
    };

    /** A Javadoc comment, with the line break after it. */
    private static final Pattern JAVADOC = Pattern.compile("(?s)[ \\t]*/\\*\\*.*?\\*/\\R?");

    /** Non-blank generated code lines, Javadoc left out, by method count. */
    private static final Map<Integer, Integer> LINES = new TreeMap<>();

    @BeforeAll
    static void generateServicesOf10To40Methods() {
        for (int methods : new int[] {10, 20, 40}) {
            LINES.put(methods, generatedLines(methods));
        }
    }

    @ParameterizedTest(name = "{0} to {1} methods")
    @CsvSource({"10, 20", "20, 40"})
    void twiceTheMethodsCostAboutTwiceTheLines(int fewer, int twice) {
        assertThat((double) LINES.get(twice) / LINES.get(fewer))
                .as("generated lines for %d methods over those for %d, %s", twice, fewer, LINES)
                .isLessThanOrEqualTo(MAX_GROWTH_PER_DOUBLING);
    }

    @ParameterizedTest(name = "{0} methods")
    @ValueSource(ints = {20, 40})
    void eachMethodCostsAtMostEightyLines(int methods) {
        assertThat(LINES.get(methods) / (double) methods)
                .as("non-blank generated code lines per method, %s", LINES)
                .isLessThanOrEqualTo(MAX_LINES_PER_METHOD);
    }

    /**
     * The profile sample, Go kit's profilesvc, compiled from its module's sources: its nine files of
     * the default transports. It also opts into gRPC, whose artifacts are left out here: an opt-in
     * with a cost of its own, mostly the protobuf codecs (870 lines for the sample, against 45 for
     * its gRPC binding and 48 for its client).
     */
    @Test
    void theProfileSampleCostsAtMostEightyLinesPerMethod() throws IOException {
        Path sample = Path.of("../sample-profile-service/src/main/java/dev/javakit/sample/profilesvc");
        List<JavaFileObject> sources = new ArrayList<>();
        for (String type : List.of("ProfileService", "Profile", "Address", "AlreadyExistsException",
                "InconsistentIdsException", "InvalidProfileException", "NotFoundException")) {
            sources.add(JavaFileObjects.forSourceString("dev.javakit.sample.profilesvc." + type,
                    Files.readString(sample.resolve(type + ".java"))));
        }
        int lines = generatedLines(name -> !name.endsWith("ProtoCodecs.java") && !name.endsWith("Grpc.java")
                && !name.endsWith("GrpcClient.java"), sources.toArray(JavaFileObject[]::new));
        assertThat(lines / (double) PROFILE_SAMPLE_METHODS)
                .as("non-blank generated code lines per method of the profile sample, %d in all", lines)
                .isLessThanOrEqualTo(MAX_LINES_PER_METHOD);
    }

    private static int generatedLines(int methods) {
        return generatedLines(sources(methods));
    }

    private static int generatedLines(JavaFileObject... sources) {
        return generatedLines(name -> true, sources);
    }

    /** Returns the non-blank code lines of the generated files whose names {@code counted} accepts. */
    private static int generatedLines(Predicate<String> counted, JavaFileObject... sources) {
        Compilation compilation = Sources.compile(sources);
        assertThat(compilation).succeededWithoutWarnings();
        int lines = 0;
        for (JavaFileObject file : compilation.generatedSourceFiles()) {
            if (!counted.test(file.getName())) {
                continue;
            }
            try {
                String code = JAVADOC.matcher(file.getCharContent(true)).replaceAll("");
                lines += (int) code.lines().filter(line -> !line.isBlank()).count();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return lines;
    }

    private static JavaFileObject[] sources(int methods) {
        List<String> service = new ArrayList<>(List.of(
                "package size;",
                "import dev.javakit.annotations.KitService;",
                "import dev.javakit.annotations.http.*;",
                "import java.util.List;",
                "import java.util.Optional;",
                "@KitService",
                "public interface Catalog {"));
        for (int i = 0; i < methods; i++) {
            service.add("  " + SHAPES[i % SHAPES.length].formatted(i));
        }
        service.add("}");
        return new JavaFileObject[] {
            JavaFileObjects.forSourceLines("size.Catalog", service),
            JavaFileObjects.forSourceLines("size.Item", "package size;", "public record Item(String id, String name) {}"),
            JavaFileObjects.forSourceLines("size.Missing",
                    "package size;",
                    "@dev.javakit.annotations.ErrorStatus(404)",
                    "public class Missing extends Exception {",
                    "  private static final long serialVersionUID = 1L;",
                    "  public Missing() { super(\"not found\"); }",
                    "}"),
            JavaFileObjects.forSourceLines("size.Conflict",
                    "package size;",
                    "@dev.javakit.annotations.ErrorStatus(409)",
                    "public class Conflict extends Exception {",
                    "  private static final long serialVersionUID = 1L;",
                    "  public Conflict() { super(\"already exists\"); }",
                    "}"),
            JavaFileObjects.forSourceLines("size.Invalid",
                    "package size;",
                    "@dev.javakit.annotations.ErrorStatus(400)",
                    "public class Invalid extends Exception {",
                    "  private static final long serialVersionUID = 1L;",
                    "  public Invalid(String message) { super(message); }",
                    "}"),
        };
    }
}
