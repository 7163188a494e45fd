package dev.javakit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
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

    @Test
    void compilesWithoutAnyWarningUnderXlintAll() {
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void generatesTheEndpointSet() {
        assertThat(compilation)
                .generatedSourceFile("test.GreeterServiceEndpoints")
                .hasSourceEquivalentTo(JavaFileObjects.forResource("golden/GreeterServiceEndpoints.java"));
    }

    @Test
    void generatesTheForwardingService() {
        assertThat(compilation)
                .generatedSourceFile("test.ForwardingGreeterService")
                .hasSourceEquivalentTo(JavaFileObjects.forResource("golden/ForwardingGreeterService.java"));
    }

    @Test
    void generatesTheHttpRoutes() {
        assertThat(compilation)
                .generatedSourceFile("test.GreeterServiceHttpRoutes")
                .hasSourceEquivalentTo(JavaFileObjects.forResource("golden/GreeterServiceHttpRoutes.java"));
    }

    @Test
    void generatesTheLoggingDecorator() {
        assertThat(compilation)
                .generatedSourceFile("test.GreeterServiceLogging")
                .hasSourceEquivalentTo(JavaFileObjects.forResource("golden/GreeterServiceLogging.java"));
    }

    @Test
    void generatesTheMetricsDecorator() {
        assertThat(compilation)
                .generatedSourceFile("test.GreeterServiceMetrics")
                .hasSourceEquivalentTo(JavaFileObjects.forResource("golden/GreeterServiceMetrics.java"));
    }

    @Test
    void generatesTheClientErrorsOnce() {
        assertThat(compilation)
                .generatedSourceFile("test.GreeterServiceClientErrors")
                .hasSourceEquivalentTo(JavaFileObjects.forResource("golden/GreeterServiceClientErrors.java"));
    }

    @Test
    void generatesTheHttpClient() {
        assertThat(compilation)
                .generatedSourceFile("test.GreeterServiceHttpClient")
                .hasSourceEquivalentTo(JavaFileObjects.forResource("golden/GreeterServiceHttpClient.java"));
    }

    @Test
    void generatesTheJsonRpcBinding() {
        assertThat(compilation)
                .generatedSourceFile("test.GreeterServiceJsonRpc")
                .hasSourceEquivalentTo(JavaFileObjects.forResource("golden/GreeterServiceJsonRpc.java"));
    }

    @Test
    void generatesTheJsonRpcClient() {
        assertThat(compilation)
                .generatedSourceFile("test.GreeterServiceJsonRpcClient")
                .hasSourceEquivalentTo(JavaFileObjects.forResource("golden/GreeterServiceJsonRpcClient.java"));
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
