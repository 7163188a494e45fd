package dev.javakit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compiles 200 random services of supported shapes, 25 per compilation (every other one with
 * gRPC), and requires every one to generate code that compiles without a single warning, and an OpenAPI document that
 * swagger-parser reads without a single message. Seeds are fixed, so a failure is
 * reproducible; the compilation's report names the service and shows its generated sources.
 */
class RandomShapesTest {

    private static final int SERVICES_PER_SEED = 25;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void randomSupportedShapesCompileWithoutWarnings(long seed) {
        RandomServices services = new RandomServices(seed);
        List<JavaFileObject> sources = new ArrayList<>(RandomServices.supportTypes());
        for (int i = 0; i < SERVICES_PER_SEED; i++) {
            sources.add(services.service(i));
        }
        Compilation compilation = Sources.compile(sources.toArray(JavaFileObject[]::new));
        assertThat(compilation).succeededWithoutWarnings();
        for (int i = 0; i < SERVICES_PER_SEED; i++) {
            assertThat(compilation).generatedSourceFile("shape.p" + i + ".Service" + i + "HttpRoutes");
            if (RandomServices.isGrpc(i)) {
                assertThat(compilation).generatedSourceFile("shape.p" + i + ".Service" + i + "ProtoCodecs");
            }
            ApiDocumentsTest.assertValidOpenApi(ApiDocumentsTest.generated(compilation,
                    "META-INF/javakit/shape.p" + i + ".Service" + i + ".openapi.json"));
        }
    }
}
