package dev.javakit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Annotations named {@code Nullable} are repeated where generated code declares the service's
 * parameters and results: overrides, the request and response records, the HTTP body records.
 */
class NullableSignaturesTest {

    /** A type-use {@code Nullable}, as JSpecify's. */
    private static final JavaFileObject TYPE_USE = JavaFileObjects.forSourceLines("test.Nullable",
            "package test;",
            "import java.lang.annotation.*;",
            "@Retention(RetentionPolicy.RUNTIME)",
            "@Target(ElementType.TYPE_USE)",
            "public @interface Nullable {}");

    /** A declaration {@code Nullable}, as JSR 305's or Jakarta's. */
    private static final JavaFileObject DECLARATION = JavaFileObjects.forSourceLines("legacy.Nullable",
            "package legacy;",
            "import java.lang.annotation.*;",
            "@Retention(RetentionPolicy.RUNTIME)",
            "@Target({ElementType.METHOD, ElementType.PARAMETER, ElementType.FIELD})",
            "public @interface Nullable {}");

    private static final JavaFileObject SERVICE = JavaFileObjects.forSourceLines("test.Svc",
            "package test;",
            "import dev.javakit.annotations.KitService;",
            "import dev.javakit.annotations.http.*;",
            "import java.util.*;",
            "@KitService",
            "public interface Svc {",
            "  record Item(String id) {}",
            "  @Nullable Item find(String id, @Nullable String owner);",
            "  List<@Nullable String> tags(Map<String, @Nullable Item> items, String @Nullable [] names);",
            "  Map. @Nullable Entry<String, Integer> entry(@legacy.Nullable Item item, int count);",
            "  @POST(\"/legacy\") @legacy.Nullable String legacy(@Query(\"id\") @legacy.Nullable String id,",
            "      @legacy.Nullable Item item, String text);",
            "}");

    @Test
    void repeatsTypeUseNullableAtEveryDepthInOverridesAndRecords() {
        Compilation compilation = Sources.compile(TYPE_USE, DECLARATION, SERVICE);
        assertThat(compilation).succeededWithoutWarnings();

        assertThat(generated(compilation, "test.SvcEndpoints"))
                .contains("public Svc. @Nullable Item find(String id, @Nullable String owner)")
                .contains("public List<@Nullable String> tags(Map<String, Svc. @Nullable Item> items, "
                        + "String @Nullable [] names)")
                .contains("public Map. @Nullable Entry<String, Integer> entry(")
                .contains("public record FindRequest(String id, @Nullable String owner)")
                .contains("public record FindResponse(Svc. @Nullable Item result)")
                .contains("public record TagsResponse(List<@Nullable String> result)")
                .contains("public record EntryResponse(Map. @Nullable Entry<String, Integer> result)");
        assertThat(generated(compilation, "test.ForwardingSvc"))
                .contains("public Svc. @Nullable Item find(String id, @Nullable String owner)");
        assertThat(generated(compilation, "test.SvcLogging"))
                .contains("public Svc. @Nullable Item find(String id, @Nullable String owner)");
    }

    @Test
    void repeatsDeclarationNullableOnOverridesAndRecordComponents() {
        Compilation compilation = Sources.compile(TYPE_USE, DECLARATION, SERVICE);
        assertThat(compilation).succeededWithoutWarnings();

        assertThat(generated(compilation, "test.SvcEndpoints"))
                .contains("public record EntryRequest(@legacy.Nullable Svc.Item item, int count)")
                .contains("@legacy.Nullable public String legacy(@legacy.Nullable String id, "
                        + "@legacy.Nullable Svc.Item item, String text)")
                .contains("public record LegacyRequest(@legacy.Nullable String id, @legacy.Nullable Svc.Item item, "
                        + "String text)")
                .contains("public record LegacyResponse(@legacy.Nullable String result)");
        assertThat(generated(compilation, "test.SvcHttpRoutes"))
                .contains("import legacy.Nullable;")
                .contains("public record LegacyBody(@Nullable Svc.Item item, String text)");
    }

    @Test
    void aNullableBodyFieldOfAnyTypeIsAnOptionalJsonRpcParam() {
        Compilation compilation = Sources.compile(TYPE_USE, DECLARATION, SERVICE);
        assertThat(compilation).succeededWithoutWarnings();

        assertThat(generated(compilation, "test.SvcJsonRpc"))
                .contains("List.<String>of(\"item\", \"count\"), Set.<String>of(\"count\"))")
                .contains("List.<String>of(\"id\", \"item\", \"text\"), Set.<String>of(\"text\"))");
    }

    private static String generated(Compilation compilation, String name) {
        try {
            // One space for any run of white space, so that line breaks do not matter.
            return compilation.generatedSourceFile(name).orElseThrow().getCharContent(true).toString()
                    .replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
