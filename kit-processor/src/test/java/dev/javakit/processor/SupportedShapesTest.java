package dev.javakit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
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
    void keepsNestedInterfacesWithTheSameSimpleNameApart() {
        JavaFileObject first = JavaFileObjects.forSourceLines("test.Billing",
                "package test;",
                "import dev.javakit.annotations.KitService;",
                "import dev.javakit.annotations.http.*;",
                "public interface Billing {",
                "  record Invoice(String id) {}",
                "  @KitService interface Api { @POST(\"/invoices/\") Invoice create(Invoice invoice); }",
                "}");
        JavaFileObject second = JavaFileObjects.forSourceLines("test.Shipping",
                "package test;",
                "import dev.javakit.annotations.KitService;",
                "import dev.javakit.annotations.http.*;",
                "public class Shipping {",
                "  public record Parcel(String id) {}",
                "  @KitService public interface Api { @GET(\"/parcels/{id}\") Parcel get(String id); }",
                "}");
        Compilation compilation = Sources.compile(first, second);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.Billing_ApiEndpoints").contentsAsUtf8String()
                .contains("new EndpointInfo(\"Api\", \"create\", false)");
        assertThat(compilation).generatedSourceFile("test.Shipping_ApiEndpoints").contentsAsUtf8String()
                .contains("public record GetResponse(Shipping.Parcel result)");
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
                .contains("record ApiEndpoints(");
        assertThat(compilation).generatedSourceFile("test.ApiEndpoints").contentsAsUtf8String()
                .doesNotContain("public record ApiEndpoints");
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
    void acceptsArraysVarargsCollectionsAndMapsEitherWay() {
        JavaFileObject source = JavaFileObjects.forSourceLines("test.Api",
                "package test;",
                "import dev.javakit.annotations.KitService;",
                "import dev.javakit.annotations.http.*;",
                "import java.util.*;",
                "@KitService public interface Api {",
                "  @POST(\"/a\") int[] ints(int[] values);",
                "  @POST(\"/b\") Map<String, List<Integer>> map(Map<String, Set<String>> byName);",
                "  @POST(\"/c\") Optional<String> optional(Optional<String> maybe);",
                "  @POST(\"/d\") void varargs(String... names);",
                "  @GET(\"/e/{c}\") char chars(char c, @Query Optional<Short> s, @Query List<Double> d, @Header(\"X-B\") byte b);",
                "  @PUT(\"/f\") Set<java.util.UUID> uuids(@Body long count);",
                "}");
        assertThat(Sources.compile(source)).succeededWithoutWarnings();
    }

    @Test
    void acceptsBodiesOfFieldsPlainMethodsAndNoHttpMethods() {
        JavaFileObject source = JavaFileObjects.forSourceLines("test.Api",
                "package test;",
                "import dev.javakit.annotations.KitService;",
                "import dev.javakit.annotations.http.*;",
                "import dev.javakit.context.Context;",
                "import java.util.*;",
                "@KitService public interface Api {",
                "  record Item(String id) {}",
                "  @POST(\"/a/{id}\") Item fields(String id, Context ctx, Item item, List<Item> more, @Header(\"X-A\") String a);",
                "  @PATCH(\"/b\") void one(Optional<Integer> maybe);",
                "  @PUT(\"/c\") void body(@Body String text, int times, @Query(\"p\") long page);",
                "  Map<String, Item> plain(int a, Item item);",
                "  void none();",
                "  @NoHttp String rpcOnly(Context ctx, String text);",
                "  @NoHttp void rpcOnlyVoid();",
                "}");
        Compilation compilation = Sources.compile(source);
        assertThat(compilation).succeededWithoutWarnings();
        for (String expected : List.of("\"POST\", \"/Api/plain\"", "\"POST\", \"/Api/none\"",
                "record FieldsBody(Api.Item item, List<Api.Item> more)")) {
            assertThat(compilation).generatedSourceFile("test.ApiHttpRoutes").contentsAsUtf8String().contains(expected);
        }
        assertThat(compilation).generatedSourceFile("test.ApiHttpRoutes").contentsAsUtf8String()
                .doesNotContain("rpcOnly");
    }

    @Test
    void acceptsEveryTypeTheJsonCodecReadsAndWrites() {
        JavaFileObject types = JavaFileObjects.forSourceLines("test.Types",
                "package test;",
                "import com.fasterxml.jackson.annotation.*;",
                "import java.util.*;",
                "public final class Types {",
                "  private Types() {}",
                "  public enum Kind { A, @JsonProperty(\"bee\") B }",
                "  public record Page<T>(List<T> items, @JsonProperty(\"next_cursor\") Optional<String> next) {}",
                "  public record Node(String name, List<Node> children) {}",
                "  public record Everything(byte[] bytes, char[] chars, char c, Character boxed, short s, Byte b,",
                "      java.math.BigDecimal amount, java.math.BigInteger big, UUID id, java.net.URI uri,",
                "      java.time.Instant at, java.time.LocalDate day, java.time.Duration took, java.time.Year year,",
                "      java.time.ZonedDateTime zoned, OptionalInt maybe, Map<Kind, Set<Long>> byKind,",
                "      SortedMap<UUID, int[]> sorted, Deque<String> queue, ArrayList<Kind> kinds, Node tree,",
                "      Map.Entry<String, Integer> pair,",
                "      @JsonIgnore Thread ignored) {}",
                "  public static final class Bean {",
                "    private String name;",
                "    public String getName() { return name; }",
                "    public void setName(String name) { this.name = name; }",
                "    public boolean isActive() { return true; }",
                "  }",
                "  public static final class Money {",
                "    private final long cents;",
                "    @JsonCreator public Money(@JsonProperty(\"cents\") long cents) { this.cents = cents; }",
                "    public long getCents() { return cents; }",
                "  }",
                "}");
        JavaFileObject service = JavaFileObjects.forSourceLines("test.Svc",
                "package test;",
                "import dev.javakit.annotations.KitService;",
                "import dev.javakit.annotations.http.*;",
                "import java.util.*;",
                "@KitService",
                "public interface Svc {",
                "  @POST(\"/everything\") Types.Everything echo(Types.Everything everything);",
                "  @GET(\"/pages\") Types.Page<Types.Node> nodes(Optional<String> cursor);",
                "  @POST(\"/beans\") Map<String, Types.Bean> beans(Types.Bean bean, Types.Money price);",
                "  @POST(\"/money\") List<Optional<Types.Money>> money(Types.Money[] amounts, List<? extends Types.Kind> kinds);",
                "}");
        Compilation compilation = Sources.compile(types, service);
        assertThat(compilation).succeededWithoutWarnings();
        String openApi = ApiDocumentsTest.generated(compilation, "META-INF/javakit/test.Svc.openapi.json");
        ApiDocumentsTest.assertValidOpenApi(openApi);
        org.assertj.core.api.Assertions.assertThat(openApi)
                .contains("\"Types.Page_Node\"", "\"next_cursor\"", "\"Types.Bean\"", "\"active\"",
                        "\"contentEncoding\": \"base64\"", "\"bee\"", "\"maxProperties\": 1")
                .doesNotContain("\"ignored\"");
    }

    @Test
    void acceptsUnicodeAndVeryLongNames() {
        String longName = "a" + "VeryLongName".repeat(20);
        JavaFileObject source = JavaFileObjects.forSourceLines("test.Grüße",
                "package test;",
                "import dev.javakit.annotations.KitService;",
                "import dev.javakit.annotations.http.*;",
                "@KitService public interface Grüße {",
                "  @GET(\"/grüße/{straße}\") String grüßeAusDerStraße(String straße);",
                "  @GET(\"/long\") String " + longName + "(@Query String " + longName + "Parameter);",
                "}");
        Compilation compilation = Sources.compile(source);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.GrüßeEndpoints");
    }

    @Test
    void qualifiesUserTypesNamedLikeTheGeneratedRecords() {
        JavaFileObject userType = JavaFileObjects.forSourceLines("other.GetRequest",
                "package other;",
                "public record GetRequest(String query) {}");
        JavaFileObject source = JavaFileObjects.forSourceLines("test.Api",
                "package test;",
                "import dev.javakit.annotations.KitService;",
                "import dev.javakit.annotations.http.*;",
                "@KitService public interface Api {",
                "  @POST(\"/get\") other.GetRequest get(other.GetRequest request);",
                "}");
        Compilation compilation = Sources.compile(userType, source);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.ApiEndpoints").contentsAsUtf8String()
                .contains("public record GetRequest(other.GetRequest request)");
    }

    @Test
    void acceptsMethodsNamedLikeMembersOfGeneratedCode() {
        JavaFileObject source = JavaFileObjects.forSourceLines("test.Api",
                "package test;",
                "import dev.javakit.annotations.KitService;",
                "import dev.javakit.annotations.http.*;",
                "@KitService public interface Api {",
                "  @GET(\"/of\") String of();",
                "  @GET(\"/with\") String with();",
                "  @GET(\"/create\") String create();",
                "  @GET(\"/build\") String build();",
                "  @GET(\"/call\") String call(@Query String ctx, @Query String request);",
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
