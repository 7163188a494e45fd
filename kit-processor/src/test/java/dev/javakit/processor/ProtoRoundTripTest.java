package dev.javakit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.UnknownFieldSet;
import com.google.testing.compile.Compilation;
import dev.javakit.grpc.codec.ProtoCodec;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Round-trip properties of the generated protobuf codecs against protoc's own Java classes for the
 * generated .proto (protoc 3.21 from tools/protoc.sh, compiled here with javac): for random records,
 * the codec's bytes parse with protoc's classes into the message the README's mapping gives, and
 * protoc's bytes of that message decode into an equal record; unknown fields are skipped, absent
 * fields read as proto3 defaults, and a missing message field is an error naming it, as is a
 * {@code null} element on encoding.
 */
class ProtoRoundTripTest {

    private static Path dir;
    private static ClassLoader generated;
    private static ClassLoader protoc;

    @BeforeAll
    static void compileBoth() throws IOException {
        Compilation compilation = GrpcSources.compile();
        assertThat(compilation).succeededWithoutWarnings();
        generated = new CompiledClasses(compilation, ProtoRoundTripTest.class.getClassLoader());
        dir = Files.createTempDirectory("protoc-java");
        Protoc.generate(Map.of(GrpcSources.PROTO, ApiDocumentsTest.generated(compilation, GrpcSources.PROTO)), dir);
        List<String> sources;
        try (Stream<Path> files = Files.walk(dir.resolve("java"))) {
            sources = files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).toList();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> arguments = new ArrayList<>(List.of("-nowarn", "-proc:none", "-d", dir.resolve("classes").toString(),
                "-classpath", System.getProperty("java.class.path")));
        arguments.addAll(sources);
        java.io.ByteArrayOutputStream said = new java.io.ByteArrayOutputStream();
        assertThat(javac.run(null, null, said, arguments.toArray(String[]::new))).as("javac of protoc's classes: %s", said)
                .isZero();
        protoc = new URLClassLoader(new URL[] {dir.resolve("classes").toUri().toURL()},
                ProtoRoundTripTest.class.getClassLoader());
    }

    @AfterAll
    static void deleteProtocOutput() {
        Protoc.delete(dir);
    }

    @Test
    void everythingRoundTripsBothWays() throws Exception {
        roundTrips("rich.Everything", new Type[0], "EVERYTHING", "Everything", 1, 300);
    }

    @Test
    void nestedRecordsAndGenericsRoundTripBothWays() throws Exception {
        roundTrips("rich.Profile", new Type[0], "PROFILE", "Profile", 2, 200);
        roundTrips("rich.Page", new Type[] {generated.loadClass("rich.Node")}, "PAGE_NODE", "Page_Node", 3, 200);
        roundTrips("rich.RichServiceEndpoints$ListRequest", new Type[0], "LIST_REQUEST", "ListRequest", 4, 100);
    }

    @Test
    void unknownFieldsAreSkipped() throws Exception {
        ProtoCodec<Object> codec = codec("EVERYTHING");
        for (Object value : new RandomRecords(5).records(generated.loadClass("rich.Everything"), new Type[0], 50, 3)) {
            Message known = ProtoMessages.message(value, newBuilder("Everything"));
            UnknownFieldSet unknown = UnknownFieldSet.newBuilder()
                    .addField(1000, UnknownFieldSet.Field.newBuilder().addVarint(7).build())
                    .addField(1001, UnknownFieldSet.Field.newBuilder().addLengthDelimited(ByteString.copyFromUtf8("later")).build())
                    .addField(1002, UnknownFieldSet.Field.newBuilder().addFixed32(1).addFixed64(2).build())
                    .addField(1003, UnknownFieldSet.Field.newBuilder()
                            .addGroup(UnknownFieldSet.newBuilder().addField(1, UnknownFieldSet.Field.newBuilder().addVarint(1).build()).build())
                            .build())
                    .build();
            byte[] newer = known.toBuilder().setUnknownFields(unknown).build().toByteArray();
            assertEqual(codec.decode(CodedInputStream.newInstance(newer)), value);
        }
    }

    @Test
    void absentFieldsReadAsProto3DefaultsOrEmpty() throws Exception {
        Object item = codec("ITEM").decode(CodedInputStream.newInstance(new byte[0]));
        assertThat(item).hasToString("Item[name=, count=0, kind=null, weight=0]");
        Object page = codec("PAGE_NODE").decode(CodedInputStream.newInstance(new byte[0]));
        assertThat(page).hasToString("Page[items=[], nextCursor=Optional.empty]");
    }

    @Test
    void aMissingMessageFieldIsAnErrorNamingIt() throws Exception {
        ProtoCodec<Object> codec = codec("ECHO_REQUEST");
        assertThatThrownBy(() -> codec.decode(CodedInputStream.newInstance(new byte[0])))
                .isInstanceOf(InvalidProtocolBufferException.class)
                .hasMessage("missing field everything of EchoRequest");
        // A Kind the sender knows and this side does not is no constant either.
        byte[] unknownKind = {16, 9};
        assertThatThrownBy(() -> codec("LIST_REQUEST").decode(CodedInputStream.newInstance(unknownKind)))
                .isInstanceOf(InvalidProtocolBufferException.class)
                .hasMessage("missing field kind of ListRequest");
    }

    @Test
    void malformedBytesAreRefusedNotCrashedOn() throws Exception {
        ProtoCodec<Object> codec = codec("EVERYTHING");
        byte[] truncated = codec.encode(new RandomRecords(6).record(generated.loadClass("rich.Everything"), new Type[0], 3));
        byte[] cut = java.util.Arrays.copyOf(truncated, truncated.length / 2);
        assertThatThrownBy(() -> codec.decode(CodedInputStream.newInstance(cut))).isInstanceOf(IOException.class);
        byte[] badUuid = {(byte) 0x8a, 1, 3, 'n', 'o', 't'};
        assertThatThrownBy(() -> codec.decode(CodedInputStream.newInstance(badUuid)))
                .isInstanceOf(InvalidProtocolBufferException.class)
                .hasMessage("invalid value of field id of Everything: not");
    }

    @Test
    void aListWithoutRandomAccessEncodesAsAnyOther() throws Exception {
        ProtoCodec<Object> codec = codec("PROFILE");
        for (Object profile : new RandomRecords(7).records(generated.loadClass("rich.Profile"), new Type[0], 50, 3)) {
            Object linked = with(profile, "addresses", new LinkedList<>((List<?>) component(profile, "addresses")));
            assertThat(codec.encode(linked)).isEqualTo(codec.encode(profile));
        }
    }

    @Test
    void aNullElementIsAnErrorNamingItsField() throws Exception {
        Class<?> address = generated.loadClass("rich.Address");
        Object home = address.getConstructors()[0].newInstance("home", "1 Rabbit Hole");
        Object profile = generated.loadClass("rich.Profile").getConstructors()[0]
                .newInstance("alice", "Alice", Arrays.asList(home, null), null);
        assertThatThrownBy(() -> codec("PROFILE").encode(profile))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("null element in repeated field addresses of Profile: protobuf cannot carry null");
        assertThatThrownBy(() -> codec("PROFILE").encode(with(profile, "addresses", new LinkedList<>(Arrays.asList(null, home)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("null element in repeated field addresses of Profile: protobuf cannot carry null");

        ProtoCodec<Object> codec = codec("EVERYTHING");
        Object everything = new RandomRecords(8).record(generated.loadClass("rich.Everything"), new Type[0], 3);
        // Packed numbers of a fixed width are sized by their count, so writing is where a null one is met.
        assertThatThrownBy(() -> codec.encode(with(everything, "doubles", Arrays.asList(1.5, null))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("null element in repeated field doubles of Everything: protobuf cannot carry null");
        assertThatThrownBy(() -> codec.encode(with(everything, "numbers", Arrays.asList(1, null))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("null element in repeated field numbers of Everything: protobuf cannot carry null");
        Map<String, Integer> counts = new HashMap<>();
        counts.put("none", null);
        assertThatThrownBy(() -> codec.encode(with(everything, "counts", counts)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("null key or value in map field counts of Everything: protobuf cannot carry null");
    }

    /**
     * For {@code count} random records: ours decode ours; ours parse with protoc's classes into the
     * oracle's message; protoc's bytes of that message decode into the record.
     */
    private void roundTrips(String type, Type[] arguments, String constant, String message, long seed, int count)
            throws Exception {
        ProtoCodec<Object> codec = codec(constant);
        for (Object value : new RandomRecords(seed).records(generated.loadClass(type), arguments, count, 3)) {
            byte[] ours = codec.encode(value);
            Message expected = ProtoMessages.message(value, newBuilder(message));
            assertThat(protocMessage(message, ours)).as("protoc's parse of our bytes of %s", value).isEqualTo(expected);
            assertEqual(codec.decode(CodedInputStream.newInstance(expected.toByteArray())), value);
            assertEqual(codec.decode(CodedInputStream.newInstance(ours)), value);
        }
    }

    /**
     * Asserts that two records hold equal values, arrays by content, floating-point numbers exactly
     * (-0.0 is not 0.0), and sets whatever their class.
     */
    private static void assertEqual(Object actual, Object expected) {
        assertThat(actual).usingRecursiveComparison()
                .withComparatorForType(Float::compare, Float.class)
                .withComparatorForType(Double::compare, Double.class)
                .ignoringCollectionOrderInFieldsMatchingRegexes("kinds")
                .isEqualTo(expected);
    }

    private static Object component(Object record, String name) throws ReflectiveOperationException {
        return record.getClass().getMethod(name).invoke(record);
    }

    /** Returns a copy of {@code record} with its component {@code name} replaced by {@code value}. */
    private static Object with(Object record, String name, Object value) throws ReflectiveOperationException {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = components[i].getName().equals(name) ? value : components[i].getAccessor().invoke(record);
        }
        return record.getClass().getDeclaredConstructor(types).newInstance(values);
    }

    @SuppressWarnings("unchecked")
    private static ProtoCodec<Object> codec(String constant) throws ReflectiveOperationException {
        return (ProtoCodec<Object>) generated.loadClass("rich.RichServiceProtoCodecs").getField(constant).get(null);
    }

    private static Message.Builder newBuilder(String message) throws ReflectiveOperationException {
        return (Message.Builder) protoc.loadClass("rich.proto." + message).getMethod("newBuilder").invoke(null);
    }

    private static Message protocMessage(String message, byte[] bytes) throws ReflectiveOperationException {
        return (Message) protoc.loadClass("rich.proto." + message).getMethod("parseFrom", byte[].class).invoke(null, bytes);
    }
}
