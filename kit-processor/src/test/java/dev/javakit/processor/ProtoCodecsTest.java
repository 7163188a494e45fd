package dev.javakit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import com.google.protobuf.TextFormat;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pins what a service with {@code Transport.GRPC} gets: its codecs, .proto and descriptor to golden
 * files, and its descriptor to what protoc 3.21 makes of its .proto.
 */
class ProtoCodecsTest {

    private static final String DESCRIPTOR = "META-INF/javakit/rich.RichService.desc";

    private static Compilation compilation;

    @BeforeAll
    static void compileRich() {
        compilation = GrpcSources.compile();
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void writesTheCodecs() {
        JavaFileObject golden = JavaFileObjects.forResource("golden/grpc/RichServiceProtoCodecs.java");
        assertThat(compilation).generatedSourceFile("rich.RichServiceProtoCodecs").hasSourceEquivalentTo(golden);
        assertThat(Javadocs.of(compilation.generatedSourceFile("rich.RichServiceProtoCodecs").orElseThrow()))
                .containsExactlyEntriesOf(Javadocs.of(golden));
    }

    @Test
    void writesTheProto() throws IOException {
        assertThat(ApiDocumentsTest.generated(compilation, GrpcSources.PROTO)).isEqualTo(golden("rich.RichService.proto"));
    }

    @Test
    void writesTheDescriptor() throws IOException {
        assertThat(TextFormat.printer().printToString(descriptor())).isEqualTo(golden("rich.RichService.desc.txt"));
    }

    @Test
    void descriptorIsWhatProtocMakesOfTheProto() throws IOException {
        Path dir = Files.createTempDirectory("protoc");
        try {
            Protoc.generate(Map.of(GrpcSources.PROTO, ApiDocumentsTest.generated(compilation, GrpcSources.PROTO)), dir);
            FileDescriptorSet protoc = FileDescriptorSet.parseFrom(Files.readAllBytes(dir.resolve("all.pb")));
            assertThat(protoc.getFileCount()).isOne();
            assertThat(withoutJsonNames(descriptor().getFile(0))).isEqualTo(withoutJsonNames(protoc.getFile(0)));
        } finally {
            Protoc.delete(dir);
        }
    }

    @Test
    void servicesWithoutGrpcGetNoCodecsNorDescriptor() {
        Compilation greeter = Sources.compile(Sources.greeter());
        assertThat(greeter).succeededWithoutWarnings();
        assertThat(greeter.generatedSourceFile("test.GreeterServiceProtoCodecs")).isEmpty();
        assertThat(greeter.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/javakit/test.GreeterService.desc"))
                .isEmpty();
    }

    private static FileDescriptorSet descriptor() {
        JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, DESCRIPTOR).orElseThrow();
        try (InputStream in = file.openInputStream()) {
            return FileDescriptorSet.parseFrom(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Protoc 3.21 writes each field's JSON name; which the runtime derives anyway when it is missing. */
    private static FileDescriptorProto withoutJsonNames(FileDescriptorProto file) {
        FileDescriptorProto.Builder builder = file.toBuilder();
        for (DescriptorProto.Builder message : builder.getMessageTypeBuilderList()) {
            clearJsonNames(message);
        }
        return builder.build();
    }

    private static void clearJsonNames(DescriptorProto.Builder message) {
        for (FieldDescriptorProto.Builder field : message.getFieldBuilderList()) {
            field.clearJsonName();
        }
        for (DescriptorProto.Builder nested : message.getNestedTypeBuilderList()) {
            clearJsonNames(nested);
        }
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = ProtoCodecsTest.class.getResourceAsStream("/golden/grpc/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
