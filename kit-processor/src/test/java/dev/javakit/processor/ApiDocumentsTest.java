package dev.javakit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pins the greeter's OpenAPI and OpenRPC documents to golden files, byte for byte (the processor
 * writes them in a stable order), and checks the OpenAPI one with swagger-parser, OpenAPI's
 * reference parser.
 */
class ApiDocumentsTest {

    private static Compilation compilation;

    @BeforeAll
    static void compileGreeter() {
        compilation = Sources.compile(Sources.greeter());
        assertThat(compilation).succeededWithoutWarnings();
    }

    /** Returns the text of a resource the processor wrote into the class output. */
    static String generated(Compilation compilation, String name) {
        JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, name).orElseThrow(
                () -> new AssertionError("not generated: " + name));
        try (InputStream in = file.openInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = ApiDocumentsTest.class.getResourceAsStream("/golden/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void writesTheOpenApiDocument() throws IOException {
        String document = generated(compilation, "META-INF/javakit/test.GreeterService.openapi.json");
        assertThat(document).isEqualTo(golden("test.GreeterService.openapi.json"));
    }

    @Test
    void writesTheOpenRpcDocument() throws IOException {
        String document = generated(compilation, "META-INF/javakit/test.GreeterService.openrpc.json");
        assertThat(document).isEqualTo(golden("test.GreeterService.openrpc.json"));
    }

    @Test
    void theOpenApiDocumentIsValid() {
        assertValidOpenApi(generated(compilation, "META-INF/javakit/test.GreeterService.openapi.json"));
    }

    /** Asserts that swagger-parser reads {@code document} as OpenAPI 3.1 with no error and no warning. */
    static void assertValidOpenApi(String document) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, options);
        assertThat(result.getMessages()).as("swagger-parser's messages").isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
        assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
    }
}
