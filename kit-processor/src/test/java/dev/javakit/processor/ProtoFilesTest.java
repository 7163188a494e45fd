package dev.javakit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Pins the proto3 files the processor writes: the greeter's to a golden file, byte for byte, the
 * mapping of each shape, and that the real protoc (3.21, Debian 12's) compiles the greeter's, the
 * samples', a service of every shape and 50 random services without a word.
 */
class ProtoFilesTest {

    private static final String GREETER = "META-INF/javakit/test.GreeterService.proto";

    @Test
    void writesTheGreeterProto() throws IOException {
        Compilation compilation = Sources.compile(Sources.greeter());
        assertThat(compilation).succeededWithoutWarnings();
        try (InputStream in = ProtoFilesTest.class.getResourceAsStream("/golden/test.GreeterService.proto")) {
            assertThat(ApiDocumentsTest.generated(compilation, GREETER))
                    .isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void protocCompilesTheGreeterProto() {
        Compilation compilation = Sources.compile(Sources.greeter());
        assertThat(compilation).succeededWithoutWarnings();
        Protoc.assertCompiles(Map.of(GREETER, ApiDocumentsTest.generated(compilation, GREETER)));
    }

    @Test
    void mapsEveryShape() {
        JavaFileObject types = JavaFileObjects.forSourceLines("shapes.Types",
                "package shapes;",
                "import java.util.*;",
                "public final class Types {",
                "  private Types() {}",
                "  public enum Kind { SMALL, bigOne, UNSPECIFIED }",
                "  public record Node(String name, List<Node> children) {}",
                "  public record Page<T>(List<T> items, Optional<String> nextCursor) {}",
                "  public record Everything(java.time.Instant at, java.time.Duration took, java.time.OffsetDateTime offset,",
                "      java.math.BigDecimal price, java.math.BigInteger huge, byte[] data, short small, long big, double ratio,",
                "      float f, char c, UUID id, Map<Kind, Node> byKind, Map<Integer, Long> byNumber, Map<String, List<String>> lists,",
                "      List<List<Integer>> grid, Set<Kind> kinds, Optional<java.time.Instant> maybeAt, Kind kind, boolean yes,",
                "      Map.Entry<String, Integer> pair, OptionalLong maybeLong) {}",
                "}");
        JavaFileObject service = JavaFileObjects.forSourceLines("shapes.Svc",
                "package shapes;",
                "import dev.javakit.annotations.KitService;",
                "import java.util.*;",
                "@KitService",
                "public interface Svc {",
                "  Types.Everything echo(Types.Everything everything, @Nullable String note);",
                "  Types.Page<Types.Node> nodes(Optional<String> cursor, List<Types.Kind> kinds);",
                "  void clear();",
                "}");
        JavaFileObject nullable = JavaFileObjects.forSourceLines("shapes.Nullable",
                "package shapes;",
                "@java.lang.annotation.Target({java.lang.annotation.ElementType.PARAMETER, java.lang.annotation.ElementType.TYPE_USE})",
                "public @interface Nullable {}");
        Compilation compilation = Sources.compile(types, service, nullable);
        assertThat(compilation).succeededWithoutWarnings();
        String proto = ApiDocumentsTest.generated(compilation, "META-INF/javakit/shapes.Svc.proto");

        assertThat(proto).contains(
                "package shapes;",
                "import \"google/protobuf/duration.proto\";\nimport \"google/protobuf/timestamp.proto\";\n",
                "  rpc Echo(EchoRequest) returns (EchoResponse);",
                "  rpc Clear(ClearRequest) returns (ClearResponse);",
                "message EchoRequest {\n  Types_Everything everything = 1;\n  optional string note = 2;\n}",
                "message NodesRequest {\n  optional string cursor = 1;\n  repeated Types_Kind kinds = 2;\n}",
                "message ClearResponse {\n}",
                "message NodesResponse {\n  Types_Page_Node result = 1;\n}",
                "message Types_Page_Node {\n  repeated Types_Node items = 1;\n  optional string next_cursor = 2;\n}",
                "enum Types_Kind {\n  TYPES_KIND_UNSPECIFIED = 0;\n  TYPES_KIND_SMALL = 1;\n  TYPES_KIND_BIG_ONE = 2;\n"
                        + "  TYPES_KIND_UNSPECIFIED_2 = 3;\n}",
                "  google.protobuf.Timestamp at = 1;\n  google.protobuf.Duration took = 2;\n  string offset = 3;\n"
                        + "  string price = 4;\n  string huge = 5;\n  bytes data = 6;\n  int32 small = 7;\n  int64 big = 8;\n"
                        + "  double ratio = 9;\n  float f = 10;\n  string c = 11;\n  string id = 12;\n"
                        + "  map<string, Types_Node> by_kind = 13;\n  map<int32, int64> by_number = 14;\n",
                "  map<string, StringList> lists = 15;\n  repeated Int32List grid = 16;\n"
                        + "  repeated Types_Kind kinds = 17;\n  optional google.protobuf.Timestamp maybe_at = 18;\n"
                        + "  Types_Kind kind = 19;\n  bool yes = 20;\n"
                        + "  // pair: a Map.Entry has no protobuf type; use a Map or a record of the key and value\n"
                        + "  reserved 21;\n  optional int64 maybe_long = 22;\n}",
                "option java_package = \"shapes.proto\";\noption java_multiple_files = true;\n"
                        + "option java_outer_classname = \"SvcProto\";\n",
                "message StringList {\n  repeated string items = 1;\n}",
                "message Int32List {\n  repeated int32 items = 1;\n}");
        Protoc.assertCompiles(Map.of("META-INF/javakit/shapes.Svc.proto", proto));
    }

    /** The samples' services are compiled from their modules' sources, which this module's build cannot depend on. */
    @Test
    void protocCompilesTheSamplesProtos() throws IOException {
        Path profiles = Path.of("../sample-profile-service/src/main/java/dev/javakit/sample/profilesvc");
        Path adds = Path.of("../sample-add-service/src/main/java/dev/javakit/sample/addsvc");
        Compilation compilation = Sources.compile(
                source(profiles, "ProfileService"), source(profiles, "Profile"), source(profiles, "Address"),
                source(profiles, "AlreadyExistsException"), source(profiles, "InconsistentIdsException"),
                source(profiles, "InvalidProfileException"), source(profiles, "NotFoundException"),
                source(adds, "AddService"), source(adds, "IntOverflowException"),
                source(adds, "MaxSizeExceededException"), source(adds, "TwoZeroesException"));
        assertThat(compilation).succeededWithoutWarnings();
        Map<String, String> protos = new TreeMap<>();
        for (String service : List.of("dev.javakit.sample.profilesvc.ProfileService", "dev.javakit.sample.addsvc.AddService")) {
            String name = "META-INF/javakit/" + service + ".proto";
            protos.put(name, ApiDocumentsTest.generated(compilation, name));
        }
        assertThat(protos.get("META-INF/javakit/dev.javakit.sample.profilesvc.ProfileService.proto"))
                .contains("package dev.javakit.sample.profilesvc;", "rpc PostProfile(PostProfileRequest) returns (PostProfileResponse);");
        Protoc.assertCompiles(protos);
    }

    private static JavaFileObject source(Path folder, String type) throws IOException {
        Path file = folder.resolve(type + ".java");
        return JavaFileObjects.forSourceString(folder.toString().replaceAll(".*src/main/java/", "").replace('/', '.') + "." + type,
                Files.readString(file));
    }

    @Test
    void protocCompilesRandomServices() {
        for (long seed : new long[] {1, 2}) {
            RandomServices services = new RandomServices(seed);
            List<JavaFileObject> sources = new ArrayList<>(RandomServices.supportTypes());
            int count = 25;
            for (int i = 0; i < count; i++) {
                sources.add(services.service(i));
            }
            Compilation compilation = Sources.compile(sources.toArray(JavaFileObject[]::new));
            assertThat(compilation).succeededWithoutWarnings();
            Map<String, String> protos = new TreeMap<>();
            for (int i = 0; i < count; i++) {
                String name = "META-INF/javakit/shape.p" + i + ".Service" + i + ".proto";
                protos.put(name, ApiDocumentsTest.generated(compilation, name));
            }
            Protoc.assertCompiles(protos);
        }
    }
}
