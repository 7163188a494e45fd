package dev.javakit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pins each generated artifact of the greeter test service to a golden file, compared as syntax
 * trees so that formatting changes alone do not break the test. The greeter covers path, query,
 * header, body and context parameters; void, primitive and generic results; checked exceptions
 * with and without {@code throws Exception}.
 */
class GeneratedSourcesTest {

    private static Compilation compilation;

    @BeforeAll
    static void compileGreeter() {
        compilation = Sources.compile(Sources.greeter());
    }

    /**
     * Asserts that the generated {@code name} is the golden file's code, compared as syntax trees,
     * with the golden file's Javadoc on every declaration, which syntax trees leave out.
     */
    private static void assertMatchesGolden(String name) {
        JavaFileObject golden = JavaFileObjects.forResource("golden/" + name + ".java");
        assertThat(compilation).generatedSourceFile("test." + name).hasSourceEquivalentTo(golden);
        JavaFileObject generated = compilation.generatedSourceFile("test." + name).orElseThrow();
        org.assertj.core.api.Assertions.assertThat(Javadocs.of(generated))
                .as("Javadoc of %s", name)
                .containsExactlyEntriesOf(Javadocs.of(golden));
    }

    @Test
    void compilesWithoutAnyWarningUnderXlintAll() {
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void generatesTheEndpointSet() {
        assertMatchesGolden("GreeterServiceEndpoints");
    }

    @Test
    void generatesTheForwardingService() {
        assertMatchesGolden("ForwardingGreeterService");
    }

    @Test
    void generatesTheHttpRoutes() {
        assertMatchesGolden("GreeterServiceHttpRoutes");
    }

    @Test
    void generatesTheLoggingDecorator() {
        assertMatchesGolden("GreeterServiceLogging");
    }

    @Test
    void generatesTheMetricsDecorator() {
        assertMatchesGolden("GreeterServiceMetrics");
    }

    @Test
    void generatesTheClientErrorsOnce() {
        assertMatchesGolden("GreeterServiceClientErrors");
    }

    @Test
    void generatesTheHttpClient() {
        assertMatchesGolden("GreeterServiceHttpClient");
    }

    @Test
    void generatesTheJsonRpcBinding() {
        assertMatchesGolden("GreeterServiceJsonRpc");
    }

    @Test
    void generatesTheJsonRpcClient() {
        assertMatchesGolden("GreeterServiceJsonRpcClient");
    }

    @Test
    void generatedJavadocPassesDoclint() {
        Compilation withDoclint = javac()
                .withProcessors(new KitProcessor())
                .withOptions("-Xlint:all,-processing", "-Xdoclint:all,-missing", "-Werror")
                .compile(Sources.greeter());
        assertThat(withDoclint).succeededWithoutWarnings();
    }

    @Test
    void stampsEveryGeneratedFileWithGenerated() {
        for (String name : new String[] {"GreeterServiceEndpoints", "ForwardingGreeterService", "GreeterServiceLogging",
                "GreeterServiceMetrics", "GreeterServiceHttpRoutes", "GreeterServiceClientErrors",
                "GreeterServiceHttpClient", "GreeterServiceJsonRpc", "GreeterServiceJsonRpcClient"}) {
            assertThat(compilation)
                    .generatedSourceFile("test." + name)
                    .contentsAsUtf8String()
                    .contains("@Generated(\"dev.javakit.processor.KitProcessor\")");
        }
    }
}
