package dev.javakit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Interface shapes the processor must accept, each compiled with its generated code and no warning. */
class SupportedShapesTest {

    @Test
    void namesGeneratedTypesOfNestedInterfacesAfterTheirEnclosingTypes() {
        JavaFileObject source = JavaFileObjects.forSourceLines("test.Outer",
                "package test;",
                "import dev.javakit.annotations.KitService;",
                "import dev.javakit.annotations.http.GET;",
                "public class Outer {",
                "  @KitService public interface Api { @GET(\"/a\") String a(); }",
                "}");
        Compilation compilation = Sources.compile(source);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.Outer_ApiEndpoints");
        assertThat(compilation).generatedSourceFile("test.ForwardingOuter_Api");
        assertThat(compilation).generatedSourceFile("test.Outer_ApiHttpRoutes");
    }

    @Test
    void keepsGeneratedTypesOfPackagePrivateInterfacesPackagePrivate() {
        JavaFileObject source = JavaFileObjects.forSourceLines("test.Api",
                "package test;",
                "import dev.javakit.annotations.KitService;",
                "import dev.javakit.annotations.http.GET;",
                "@KitService interface Api { @GET(\"/a\") String a(); }");
        Compilation compilation = Sources.compile(source);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.ApiEndpoints").contentsAsUtf8String()
                .contains("final class ApiEndpoints implements Api");
        assertThat(compilation).generatedSourceFile("test.ApiEndpoints").contentsAsUtf8String()
                .doesNotContain("public final class ApiEndpoints");
    }

    @Test
    void servesMethodsInheritedFromGenericSuperInterfaces() {
        JavaFileObject source = JavaFileObjects.forSourceLines("test.Api",
                "package test;",
                "import dev.javakit.annotations.KitService;",
                "import dev.javakit.annotations.http.GET;",
                "import dev.javakit.annotations.http.POST;",
                "@KitService public interface Api extends Repository<Item> {",
                "  @GET(\"/count\") int count();",
                "}");
        JavaFileObject repository = JavaFileObjects.forSourceLines("test.Repository",
                "package test;",
                "import dev.javakit.annotations.http.GET;",
                "import dev.javakit.annotations.http.POST;",
                "public interface Repository<T> {",
                "  @GET(\"/items/{id}\") T get(String id);",
                "  @POST(\"/items/\") void put(T item);",
                "}");
        JavaFileObject item = JavaFileObjects.forSourceLines("test.Item", "package test;", "public record Item(String id) {}");
        Compilation compilation = Sources.compile(source, repository, item);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.ApiEndpoints").contentsAsUtf8String()
                .contains("public record GetResponse(Item result)");
        assertThat(compilation).generatedSourceFile("test.ApiEndpoints").contentsAsUtf8String()
                .contains("public record PutRequest(Item item)");
    }

    @Test
    void skipsDefaultStaticAndObjectMethods() {
        JavaFileObject source = JavaFileObjects.forSourceLines("test.Api",
                "package test;",
                "import dev.javakit.annotations.KitService;",
                "import dev.javakit.annotations.http.GET;",
                "@KitService public interface Api {",
                "  @GET(\"/a\") String a();",
                "  default String twice() { return a() + a(); }",
                "  static Api constant() { return () -> \"x\"; }",
                "  String toString();",
                "  boolean equals(Object other);",
                "  int hashCode();",
                "}");
        Compilation compilation = Sources.compile(source);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.ApiEndpoints").contentsAsUtf8String()
                .doesNotContain("TWICE");
        assertThat(compilation).generatedSourceFile("test.ApiEndpoints").contentsAsUtf8String()
                .doesNotContain("TO_STRING");
    }

    @Test
    void acceptsParameterNamesTheGeneratedCodeUsesInternally() {
        JavaFileObject source = JavaFileObjects.forSourceLines("test.Api",
                "package test;",
                "import dev.javakit.annotations.KitService;",
                "import dev.javakit.annotations.http.POST;",
                "import dev.javakit.annotations.http.Query;",
                "@KitService public interface Api {",
                "  @POST(\"/a\") String a(@Query String request, @Query String ctx, @Query String e,",
                "      @Query String delegate, @Query String service, @Query String json) throws Exception;",
                "}");
        assertThat(Sources.compile(source)).succeededWithoutWarnings();
    }

    @Test
    void defersServicesWhoseTypesAnotherProcessorGeneratesLater() {
        JavaFileObject source = JavaFileObjects.forSourceLines("test.Api",
                "package test;",
                "import dev.javakit.annotations.KitService;",
                "import dev.javakit.annotations.http.GET;",
                "@KitService public interface Api { @GET(\"/a\") Later a(); }");
        Compilation compilation = com.google.testing.compile.Compiler.javac()
                .withProcessors(new KitProcessor(), new GeneratesLaterInFirstRound())
                .withOptions("-Xlint:all,-processing", "-Werror")
                .compile(source);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.ApiEndpoints").contentsAsUtf8String()
                .contains("public record AResponse(Later result)");
    }

    /**
     * Writes {@code test.Later} in the first round, after the kit processor has run in it (it is
     * registered second), so the kit processor sees {@code Later} only in the next round.
     */
    static final class GeneratesLaterInFirstRound extends AbstractProcessor {
        private boolean written;

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment environment) {
            if (!written) {
                written = true;
                try (Writer writer = processingEnv.getFiler().createSourceFile("test.Later").openWriter()) {
                    writer.write("package test; public record Later(String value) {}");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            return false;
        }
    }
}
