package dev.javakit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pins the gRPC binding and client of the greeter test service, opted into gRPC beside its
 * defaults, to golden files: one rpc per method, its declared exceptions' statuses, and the
 * service's Javadoc on the members that mirror its methods.
 */
class GrpcGreeterTest {

    private static Compilation compilation;

    @BeforeAll
    static void compileGreeterWithGrpc() {
        JavaFileObject[] sources = Sources.greeter();
        sources[0] = withGrpc(sources[0]);
        compilation = Sources.compile(sources);
        assertThat(compilation).succeededWithoutWarnings();
    }

    /** Returns the greeter's source with {@code Transport.GRPC} beside its default transports. */
    private static JavaFileObject withGrpc(JavaFileObject greeter) {
        try {
            String source = greeter.getCharContent(true).toString();
            String opted = source.replace("@KitService(name = \"greeter\")",
                    "@KitService(name = \"greeter\", transports = {dev.javakit.annotations.Transport.HTTP, "
                            + "dev.javakit.annotations.Transport.JSON_RPC, dev.javakit.annotations.Transport.GRPC})");
            if (opted.equals(source)) {
                throw new IllegalStateException("the greeter's @KitService changed: " + Arrays.toString(
                        source.lines().filter(line -> line.contains("@KitService")).toArray()));
            }
            return JavaFileObjects.forSourceString("test.GreeterService", opted);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertMatchesGolden(String name) {
        JavaFileObject golden = JavaFileObjects.forResource("golden/grpc/" + name + ".java");
        assertThat(compilation).generatedSourceFile("test." + name).hasSourceEquivalentTo(golden);
        org.assertj.core.api.Assertions.assertThat(Javadocs.of(compilation.generatedSourceFile("test." + name)
                        .orElseThrow()))
                .as("Javadoc of %s", name)
                .containsExactlyEntriesOf(Javadocs.of(golden));
    }

    @Test
    void writesTheBinding() {
        assertMatchesGolden("GreeterServiceGrpc");
    }

    @Test
    void writesTheClient() {
        assertMatchesGolden("GreeterServiceGrpcClient");
    }
}
