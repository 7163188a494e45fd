package dev.javakit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import com.palantir.javapoet.TypeSpec;
import dev.javakit.processor.model.ServiceModel;
import dev.javakit.processor.writer.SourceFileWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One test per diagnostic of the catalogue: the error, its id, and the line it is reported on. */
class DiagnosticsTest {

    private static final String[] HEADER = {
        "package test;",
        "import dev.javakit.annotations.*;",
        "import dev.javakit.annotations.http.*;",
        "import dev.javakit.context.Context;",
        "import java.util.*;",
    };

    @Test
    void rejectsKitServiceOnAClass() {
        assertError("not-an-interface", "public class Svc",
                "@KitService",
                "public class Svc {}");
    }

    @Test
    void rejectsKitServiceOnARecordNamingWhatItIs() {
        Compilation compilation = Sources.compile(source("Svc", "@KitService", "public record Svc(int x) {}"));
        assertThat(compilation).hadErrorContaining("not a record");
    }

    @Test
    void rejectsPrivateNestedServices() {
        assertError("inaccessible-service", "private interface Inner",
                "public class Svc {",
                "  @KitService",
                "  private interface Inner { @GET(\"/a\") String a(); }",
                "}");
    }

    @Test
    void rejectsGenericServices() {
        assertError("generic-service", "interface Svc<T>",
                "@KitService",
                "public interface Svc<T> { @GET(\"/a\") String a(); }");
    }

    @Test
    void rejectsGenericMethods() {
        assertError("generic-method", "<T> T get",
                "@KitService",
                "public interface Svc {",
                "  @GET(\"/a\") <T> T get();",
                "}");
    }

    @Test
    void rejectsAsynchronousResults() {
        assertError("async-method", "CompletionStage<String> a()",
                "import java.util.concurrent.CompletionStage;",
                "@KitService",
                "public interface Svc {",
                "  @GET(\"/a\") CompletionStage<String> a();",
                "}");
    }

    @Test
    void turnsInternalFailuresIntoAnErrorOnTheInterface() {
        SourceFileWriter failing = new SourceFileWriter() {
            @Override
            protected TypeSpec.Builder type(ServiceModel service) {
                throw new IllegalStateException("boom");
            }
        };
        JavaFileObject source = source("Svc",
                "@KitService",
                "public interface Svc { @GET(\"/a\") String a(); }");
        Compilation compilation = javac()
                .withProcessors(new KitProcessor(List.of(failing)))
                .compile(source);
        assertThat(compilation).hadErrorContaining(
                        "[kit.internal-error] the javakit processor failed on test.Svc (java.lang.IllegalStateException: boom);"
                                + " this is a bug in javakit, please report it")
                .inFile(source).onLineContaining("public interface Svc");
    }

    @Test
    void rejectsOverloadedMethods() {
        assertError("overloaded-method", "String find(int n)",
                "@KitService",
                "public interface Svc {",
                "  @GET(\"/a\") String find(String q);",
                "  @GET(\"/b\") String find(int n);",
                "}");
    }

    @Test
    void rejectsMethodsWhoseRecordNamesCollide() {
        assertError("name-clash", "String GetX()",
                "@KitService",
                "public interface Svc {",
                "  @GET(\"/a\") String getX();",
                "  @GET(\"/b\") String GetX();",
                "}");
    }

    @Test
    void rejectsMethodsWhoseConstantsCollide() {
        assertError("name-clash", "String get_profile()",
                "@KitService",
                "public interface Svc {",
                "  @GET(\"/a\") String getProfile();",
                "  @GET(\"/b\") String get_profile();",
                "}");
    }

    @Test
    void rejectsMethodsNamedLikeGeneratedAccessors() {
        assertError("generated-member-clash", "String getEndpoint()",
                "@KitService",
                "public interface Svc {",
                "  @GET(\"/a\") String get();",
                "  @GET(\"/b\") String getEndpoint();",
                "}");
    }

    @Test
    void rejectsAMethodNamedServiceOnlyWithGrpc() {
        assertError("generated-member-clash", "String service()",
                "@KitService(transports = Transport.GRPC)",
                "public interface Svc {",
                "  String service();",
                "}");
        assertThat(compileService("@KitService", "public interface Svc {", "  String service();", "}"))
                .succeededWithoutWarnings();
    }

    @Test
    void rejectsAMethodNamedDelegate() {
        assertError("generated-member-clash", "String delegate()",
                "@KitService",
                "public interface Svc {",
                "  @GET(\"/a\") String delegate();",
                "}");
    }

    @Test
    void rejectsTwoMethodsWithOneJsonRpcName() {
        assertError("duplicate-json-rpc-name", "String b()",
                "@KitService",
                "public interface Svc {",
                "  @GET(\"/a\") @JsonRpcName(\"get\") String a();",
                "  @GET(\"/b\") @JsonRpcName(\"get\") String b();",
                "}");
    }

    @Test
    void rejectsJsonRpcNamesTheProtocolReserves() {
        assertError("reserved-json-rpc-name", "String a()",
                "@KitService",
                "public interface Svc {",
                "  @GET(\"/a\") @JsonRpcName(\"rpc.discover\") String a();",
                "}");
    }

    @Test
    void rejectsAnEmptyJsonRpcName() {
        assertError("empty-json-rpc-name", "String a()",
                "@KitService",
                "public interface Svc {",
                "  @GET(\"/a\") @JsonRpcName(\"\") String a();",
                "}");
    }

    @Test
    void rejectsNoHttpBesideAnHttpMethod() {
        assertError("no-http-with-http-method", "@NoHttp",
                "@KitService",
                "public interface Svc {",
                "  @GET(\"/a\")",
                "  @NoHttp",
                "  String a();",
                "}");
    }

    @Test
    void rejectsHttpBindingsOnNoHttpMethods() {
        assertError("http-binding-without-http", "@Query String q",
                "@KitService",
                "public interface Svc {",
                "  @NoHttp",
                "  String a(@Query String q);",
                "}");
    }

    @Test
    void rejectsADeclaredRouteThatIsAnotherMethodsDefault() {
        assertError("duplicate-route", "@POST(\"/Svc/a\")",
                "@KitService",
                "public interface Svc {",
                "  String a();",
                "  @POST(\"/Svc/a\")",
                "  String b();",
                "}");
    }

    @Test
    void rejectsMethodsWithTwoHttpMethods() {
        assertError("multiple-http-methods", "@POST(\"/a\")",
                "@KitService",
                "public interface Svc {",
                "  @GET(\"/a\") @POST(\"/a\")",
                "  String a();",
                "}");
    }

    @Test
    void rejectsTemplatesThatDoNotStartWithASlash() {
        assertError("malformed-path", "@GET(\"profiles\")",
                "@KitService",
                "public interface Svc {",
                "  @GET(\"profiles\")",
                "  String a();",
                "}");
    }

    @Test
    void rejectsPlaceholdersThatAreNotWholeSegments() {
        Compilation compilation = compileService(
                "@KitService",
                "public interface Svc {",
                "  @GET(\"/a{id}\")",
                "  String a(String id);",
                "}");
        assertThat(compilation).hadErrorContaining("[kit.malformed-path] path template \"/a{id}\" is malformed: "
                + "a placeholder must be a whole segment");
    }

    @Test
    void rejectsTwoMethodsOnTheSameRoute() {
        assertError("duplicate-route", "String b(String y)",
                "@KitService",
                "public interface Svc {",
                "  @GET(\"/a/{x}\") String a(String x);",
                "  @GET(\"/a/{y}\") String b(String y);",
                "}");
    }

    @Test
    void rejectsPlaceholdersWithoutParameter() {
        assertError("unbound-placeholder", "@GET(\"/a/{id}\")",
                "@KitService",
                "public interface Svc {",
                "  @GET(\"/a/{id}\")",
                "  String a(String name);",
                "}");
    }

    @Test
    void rejectsPathAnnotationsNamingNoPlaceholder() {
        assertError("unknown-placeholder", "@Path(\"nope\") String id",
                "@KitService",
                "public interface Svc {",
                "  @GET(\"/a/{id}\")",
                "  String a(String id,",
                "      @Path(\"nope\") String id2);",
                "}");
    }

    @Test
    void rejectsPlaceholdersBoundTwice() {
        assertError("duplicate-placeholder-binding", "@GET(\"/a/{id}\")",
                "@KitService",
                "public interface Svc {",
                "  @GET(\"/a/{id}\")",
                "  String a(String id, @Path(\"id\") String other);",
                "}");
    }

    @Test
    void rejectsParametersWithTwoBindings() {
        assertError("conflicting-bindings", "@Query @Header",
                "@KitService",
                "public interface Svc {",
                "  @GET(\"/a\")",
                "  String a(@Query @Header(\"X-A\") String a);",
                "}");
    }

    @Test
    void rejectsTwoBodies() {
        assertError("multiple-bodies", "void a(@Body Item first",
                "@KitService",
                "public interface Svc {",
                "  record Item(String id) {}",
                "  @POST(\"/a\")",
                "  void a(@Body Item first, Item second);",
                "}");
    }

    @Test
    void rejectsBodiesOnGet() {
        assertError("body-not-allowed", "@Body String text",
                "@KitService",
                "public interface Svc {",
                "  @GET(\"/a\")",
                "  String a(@Body String text);",
                "}");
    }

    @Test
    void rejectsComplexParametersOnDelete() {
        assertError("unbindable-parameter", "Item item",
                "@KitService",
                "public interface Svc {",
                "  record Item(String id) {}",
                "  @DELETE(\"/a\")",
                "  void a(Item item);",
                "}");
    }

    @Test
    void rejectsComplexPathParameters() {
        assertError("unsupported-parameter-type", "Item id",
                "@KitService",
                "public interface Svc {",
                "  record Item(String id) {}",
                "  @GET(\"/a/{id}\")",
                "  String a(Item id);",
                "}");
    }

    @Test
    void rejectsComplexQueryParameters() {
        assertError("unsupported-parameter-type", "@Query Map<String, String> filter",
                "@KitService",
                "public interface Svc {",
                "  @GET(\"/a\")",
                "  String a(@Query Map<String, String> filter);",
                "}");
    }

    @Test
    void rejectsHeadersWithoutName() {
        assertError("empty-header-name", "@Header(\"\")",
                "@KitService",
                "public interface Svc {",
                "  @GET(\"/a\")",
                "  String a(@Header(\"\") String value);",
                "}");
    }

    @Test
    void rejectsTwoContexts() {
        assertError("multiple-contexts", "String a(Context",
                "@KitService",
                "public interface Svc {",
                "  @GET(\"/a\")",
                "  String a(Context first, Context second);",
                "}");
    }

    @Test
    void rejectsResultNamesThatAreKeywords() {
        assertError("invalid-result-name", "@ResultName(\"class\")",
                "@KitService",
                "public interface Svc {",
                "  @GET(\"/a\") @ResultName(\"class\")",
                "  String a();",
                "}");
    }

    @Test
    void rejectsResultNamesRecordsReserve() {
        assertError("invalid-result-name", "@ResultName(\"hashCode\")",
                "@KitService",
                "public interface Svc {",
                "  @GET(\"/a\") @ResultName(\"hashCode\")",
                "  String a();",
                "}");
    }

    @Test
    void rejectsResultNamesOnVoidMethods() {
        assertError("result-name-on-void", "@ResultName(\"x\")",
                "@KitService",
                "public interface Svc {",
                "  @POST(\"/a\") @ResultName(\"x\")",
                "  void a();",
                "}");
    }

    @Test
    void rejectsLogResultOnVoidMethods() {
        assertError("log-result-on-void", "@LogResult",
                "@KitService",
                "public interface Svc {",
                "  @POST(\"/a\") @LogResult",
                "  void a();",
                "}");
    }

    @Test
    void rejectsParametersNamedLikeObjectMethods() {
        assertError("reserved-parameter-name", "String toString",
                "@KitService",
                "public interface Svc {",
                "  @GET(\"/a\")",
                "  String a(String toString);",
                "}");
    }

    @Test
    void rejectsErrorStatusesOutsideTheErrorRange() {
        JavaFileObject exception = source("Odd",
                "@ErrorStatus(200)",
                "public class Odd extends Exception { private static final long serialVersionUID = 1L; }");
        JavaFileObject service = source("Svc",
                "@KitService",
                "public interface Svc {",
                "  @GET(\"/a\")",
                "  String a() throws Odd;",
                "}");
        Compilation compilation = Sources.compile(exception, service);
        assertThat(compilation).hadErrorContaining("[kit.invalid-error-status] Odd is mapped to @ErrorStatus(200)")
                .inFile(service).onLineContaining("String a() throws Odd");
    }

    @Test
    void rejectsDeclaredExceptionsAClientCannotRebuild() {
        JavaFileObject exception = source("Conflict",
                "@ErrorStatus(409)",
                "public class Conflict extends Exception {",
                "  private static final long serialVersionUID = 1L;",
                "  public Conflict(String id, int version) { super(id + \" changed in version \" + version); }",
                "}");
        JavaFileObject service = source("Svc",
                "@KitService",
                "public interface Svc {",
                "  @PUT(\"/a\")",
                "  void put(@Body String a) throws Conflict;",
                "}");
        Compilation compilation = Sources.compile(exception, service);
        assertThat(compilation).hadErrorContaining("[kit.unrebuildable-exception] put declares Conflict, answered with "
                        + "@ErrorStatus(409), but the generated clients cannot rebuild it from an error answer: add a public "
                        + "constructor taking the message, `public Conflict(String message) { super(message); }`")
                .inFile(service).onLineContaining("void put(@Body String a) throws Conflict");
    }

    @Test
    void rejectsAbstractDeclaredExceptions() {
        JavaFileObject exception = source("Failure",
                "@ErrorStatus(400)",
                "public abstract class Failure extends Exception {",
                "  private static final long serialVersionUID = 1L;",
                "  protected Failure(String message) { super(message); }",
                "}");
        JavaFileObject service = source("Svc",
                "@KitService",
                "public interface Svc {",
                "  @GET(\"/a\")",
                "  String a() throws Failure;",
                "}");
        Compilation compilation = Sources.compile(exception, service);
        assertThat(compilation).hadErrorContaining("[kit.unrebuildable-exception] a declares Failure, answered with "
                        + "@ErrorStatus(400), but the generated clients cannot rebuild it from an error answer: it is "
                        + "abstract; declare the concrete exceptions the method throws")
                .inFile(service).onLineContaining("String a() throws Failure");
    }

    @Test
    void acceptsExceptionsNoClientCouldRebuildWhenNoClientIsWritten() {
        for (String kitService : List.of("@KitService(clients = false)", "@KitService(transports = {})")) {
            Compilation compilation = Sources.compile(unrebuildable(), source("Svc",
                    kitService,
                    "public interface Svc {",
                    "  @GET(\"/a\")",
                    "  String a() throws Failure;",
                    "}"));
            assertThat(compilation).succeededWithoutWarnings();
        }
    }

    @Test
    void rejectsExceptionsNoClientCouldRebuildWhenOneTransportHasAClient() {
        JavaFileObject service = source("Svc",
                "@KitService(transports = Transport.JSON_RPC)",
                "public interface Svc {",
                "  String a() throws Failure;",
                "}");
        Compilation compilation = Sources.compile(unrebuildable(), service);
        assertThat(compilation).hadErrorContaining("[kit.unrebuildable-exception]")
                .inFile(service).onLineContaining("String a() throws Failure");
    }

    private static JavaFileObject unrebuildable() {
        return source("Failure",
                "@ErrorStatus(400)",
                "public abstract class Failure extends Exception {",
                "  private static final long serialVersionUID = 1L;",
                "  protected Failure(String message) { super(message); }",
                "}");
    }

    @Test
    void rejectsTwoDeclaredExceptionsWithOneErrorIdentity() {
        JavaFileObject service = source("Svc",
                "@KitService",
                "public interface Svc {",
                "  @GET(\"/a\")",
                "  String a() throws Failure, other.Failure;",
                "}");
        Compilation compilation = Sources.compile(failure("test", 404), failure("other", 409), service);
        assertThat(compilation).hadErrorContaining("[kit.ambiguous-error-identity] a declares test.Failure and "
                        + "other.Failure, which both have an @ErrorStatus and travel under one identity, their simple "
                        + "name \"Failure\" (the Kit-Error header), so a client cannot tell which was thrown; rename "
                        + "one of them")
                .inFile(service).onLineContaining("String a() throws Failure, other.Failure");
    }

    @Test
    void acceptsExceptionsSharingASimpleNameInDifferentMethods() {
        Compilation compilation = Sources.compile(failure("test", 404), failure("other", 409), source("Svc",
                "@KitService",
                "public interface Svc {",
                "  @GET(\"/a\") String a() throws Failure;",
                "  @GET(\"/b\") String b() throws other.Failure;",
                "}"));
        assertThat(compilation).succeededWithoutWarnings();
    }

    private static JavaFileObject failure(String packageName, int status) {
        return JavaFileObjects.forSourceLines(packageName + ".Failure",
                "package " + packageName + ";",
                "@dev.javakit.annotations.ErrorStatus(" + status + ")",
                "public class Failure extends Exception {",
                "  private static final long serialVersionUID = 1L;",
                "  public Failure(String message) { super(message); }",
                "}");
    }

    @Test
    void checksHttpAnnotationsEvenWithoutTheHttpTransport() {
        assertError("malformed-path", "@GET(\"a\")",
                "@KitService(transports = Transport.JSON_RPC)",
                "public interface Svc {",
                "  @GET(\"a\")",
                "  String a();",
                "}");
    }

    @Test
    void checksJsonRpcNamesEvenWithoutTheJsonRpcTransport() {
        assertError("reserved-json-rpc-name", "String a()",
                "@KitService(transports = Transport.HTTP)",
                "public interface Svc {",
                "  @JsonRpcName(\"rpc.a\")",
                "  String a();",
                "}");
    }

    @Test
    void rejectsPrivateTypesInSignatures() {
        assertError("inaccessible-type", "Hidden a()",
                "public class Svc {",
                "  private record Hidden(String x) {}",
                "  @KitService",
                "  interface Api {",
                "    @GET(\"/a\")",
                "    Hidden a();",
                "  }",
                "}");
    }

    @Test
    void reportsTypesThatNeverResolve() {
        Compilation compilation = compileService(
                "@KitService",
                "public interface Svc {",
                "  @GET(\"/a\")",
                "  Missing a();",
                "}");
        assertThat(compilation).hadErrorContaining("[kit.unresolved-type] Svc refers to a type that could not be resolved");
    }

    @Test
    void reportsGeneratedNamesTakenByAnotherService() {
        JavaFileObject nested = source("Outer",
                "public class Outer {",
                "  @KitService",
                "  public interface Inner { @GET(\"/a\") String a(); }",
                "}");
        JavaFileObject flat = source("Outer_Inner",
                "@KitService",
                "public interface Outer_Inner { @GET(\"/b\") String b(); }");
        Compilation compilation = Sources.compile(nested, flat);
        assertThat(compilation).hadErrorContaining("[kit.write-failed] could not write the generated test.Outer_InnerEndpoints");
    }

    @Test
    void rejectsAStreamParameterOnTheParameterSayingWhatToUseInstead() {
        JavaFileObject source = source("Svc",
                "import java.io.InputStream;",
                "@KitService",
                "public interface Svc {",
                "  @POST(\"/upload\")",
                "  void upload(",
                "      InputStream content);",
                "}");
        Compilation compilation = Sources.compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[kit.unsupported-json-type] parameter content of upload has type "
                + "java.io.InputStream, which the JSON codec cannot read and write; streams, files and buffers are "
                + "not JSON values; take the content as a byte[] (base64 in JSON) or a String")
                .inFile(source).onLineContaining("InputStream content");
    }

    @Test
    void rejectsAThreadResultOnTheMethod() {
        assertError("unsupported-json-type", "Thread current()",
                "@KitService",
                "public interface Svc {",
                "  @GET(\"/thread\")",
                "  Thread current();",
                "}");
    }

    @Test
    void rejectsObjectRawTypesAndInterfacesWithTheirFixes() {
        Compilation compilation = compileService(
                "@KitService",
                "public interface Svc {",
                "  @POST(\"/a\") void any(Object value);",
                "  @POST(\"/b\") void raw(List values);",
                "  @POST(\"/c\") void callback(Runnable task);",
                "  @GET(\"/d\") Class<?> type();",
                "}");
        assertThat(compilation).hadErrorContaining("parameter value of any has type java.lang.Object, which the JSON "
                + "codec cannot read and write; name a concrete type instead");
        assertThat(compilation).hadErrorContaining("parameter values of raw has type java.util.List, which the JSON "
                + "codec cannot read and write; it is a raw type; give it type arguments, such as List<String>");
        assertThat(compilation).hadErrorContaining("parameter task of callback has type java.lang.Runnable, which the "
                + "JSON codec cannot read and write; it is not a value the codec reads and writes");
        assertThat(compilation).hadErrorContaining("the result of type has type java.lang.Class<?>");
        assertThat(compilation).hadErrorCount(4);
    }

    @Test
    void rejectsATypeTheCodecCannotHandleDeepInsideARecordNamingWhereItIs() {
        JavaFileObject order = source("Order",
                "public record Order(String id, List<Line> lines) {",
                "  public record Line(String sku, java.io.InputStream attachment) {}",
                "}");
        JavaFileObject listener = source("Listener", "public interface Listener { void changed(); }");
        JavaFileObject service = source("Svc",
                "@KitService",
                "public interface Svc {",
                "  @POST(\"/orders/\") void place(Order order);",
                "  @GET(\"/orders/{id}\") Order get(String id);",
                "  @POST(\"/listeners/\") void listen(Map<String, Optional<Listener>> listeners);",
                "}");
        Compilation compilation = Sources.compile(order, listener, service);
        assertThat(compilation).hadErrorContaining("[kit.unsupported-json-type] parameter order of place has type "
                + "test.Order, which the JSON codec cannot read and write: java.io.InputStream at "
                + "Order.Line.attachment; streams").inFile(service).onLineContaining("void place");
        assertThat(compilation).hadErrorContaining("the result of get has type test.Order, which the JSON codec "
                + "cannot read and write: java.io.InputStream at Order.Line.attachment")
                .inFile(service).onLineContaining("Order get");
        assertThat(compilation).hadErrorContaining("parameter listeners of listen has type "
                + "java.util.Map<java.lang.String,java.util.Optional<test.Listener>>, which the JSON codec cannot read "
                + "and write: test.Listener at {}; the codec cannot choose an implementation of an interface; use a "
                + "record or a concrete class");
    }

    @Test
    void rejectsClassesTheCodecCanNeitherBuildNorWrite() {
        JavaFileObject unbuildable = source("Point",
                "public class Point {",
                "  private final int x;",
                "  public Point(int x) { this.x = x; }",
                "  public int getX() { return x; }",
                "}");
        JavaFileObject empty = source("Token",
                "public class Token {",
                "  private String value;",
                "}");
        JavaFileObject service = source("Svc",
                "@KitService",
                "public interface Svc {",
                "  @POST(\"/points/\") void add(Point point);",
                "  @GET(\"/token\") Token token();",
                "}");
        Compilation compilation = Sources.compile(unbuildable, empty, service);
        assertThat(compilation).hadErrorContaining("parameter point of add has type test.Point, which the JSON codec "
                + "cannot read and write: test.Point at Point; the codec has no constructor to build it with; make it "
                + "a record, annotate a constructor or factory method @JsonCreator, or add a no-argument constructor "
                + "and setters").inFile(service).onLineContaining("void add");
        assertThat(compilation).hadErrorContaining("the result of token has type test.Token, which the JSON codec "
                + "cannot read and write: test.Token at Token; it has no getters, public fields or @JsonProperty "
                + "members, so the codec would write it as {}").inFile(service).onLineContaining("Token token");
    }

    @Test
    void rejectsMapKeysThatCannotBeJsonNames() {
        JavaFileObject point = source("Point", "public record Point(int x, int y) {}");
        JavaFileObject service = source("Svc",
                "@KitService",
                "public interface Svc {",
                "  @GET(\"/heat\") Map<Point, Double> heat();",
                "}");
        Compilation compilation = Sources.compile(point, service);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[kit.unsupported-map-key] the result of heat has type "
                + "java.util.Map<test.Point,java.lang.Double>, whose map key type test.Point cannot be a JSON "
                + "object's names; use String, an enum, UUID, Integer, Long, Short, Byte or BigInteger as the key")
                .inFile(service).onLineContaining("heat()");
    }

    @Test
    void reportsEveryProblemOfAServiceInOneCompilation() {
        Compilation compilation = compileService(
                "@KitService",
                "public interface Svc {",
                "  @GET(\"/a\") <T> T generic();",
                "  @NoHttp @GET(\"/b\") String both();",
                "  @GET(\"nope\") String malformed();",
                "}");
        assertThat(compilation).failed();
        List<String> ids = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
            String message = error.getMessage(null);
            ids.add(message.substring(0, message.indexOf(']') + 1));
        }
        assertThat(ids).containsExactlyInAnyOrder("[kit.generic-method]", "[kit.no-http-with-http-method]", "[kit.malformed-path]");
    }

    @Test
    void rejectsShapesProtobufCannotCarryOnlyWhenTheServiceChoseGrpc() {
        JavaFileObject order = source("Order",
                "public record Order(String id, Map.Entry<String, Integer> pair, List<Optional<String>> notes) {}");
        String[] service = {
            "public interface Svc {",
            "  @POST(\"/orders/\") void place(Order order);",
            "  @POST(\"/bulk\") void bulk(List<int[]> counts);",
            "}",
        };
        Compilation withoutGrpc = Sources.compile(order, source("Svc", concat("@KitService", service)));
        assertThat(withoutGrpc).succeededWithoutWarnings();

        JavaFileObject grpc = source("Svc", concat("@KitService(transports = Transport.GRPC)", service));
        Compilation compilation = Sources.compile(order, grpc);
        assertThat(compilation).hadErrorContaining("[kit.unsupported-proto-type] component pair of Order has type "
                + "java.util.Map.Entry<java.lang.String,java.lang.Integer>, which the gRPC transport cannot carry as "
                + "protobuf: a Map.Entry has no protobuf type; use a Map or a record of the key and value")
                .inFile(order).onLineContaining("record Order");
        assertThat(compilation).hadErrorContaining("component notes of Order has type "
                + "java.util.List<java.util.Optional<java.lang.String>>, which the gRPC transport cannot carry as "
                + "protobuf: an Optional inside a collection or map has no encoding");
        assertThat(compilation).hadErrorContaining("[kit.unsupported-proto-type] parameter counts of bulk has type "
                + "java.util.List<int[]>, which the gRPC transport cannot carry as protobuf: an array inside a "
                + "collection, map or array has no protobuf encoding; use a List").inFile(grpc)
                .onLineContaining("List<int[]> counts");
        assertThat(compilation).hadErrorCount(3);
    }

    @Test
    void rejectsClassesTheProtobufCodecsCannotBuildOnlyWithGrpc() {
        JavaFileObject point = source("Point",
                "public class Point {",
                "  public int x;",
                "}");
        JavaFileObject grpc = source("Svc",
                "@KitService(transports = Transport.GRPC)",
                "public interface Svc {",
                "  Point get();",
                "}");
        assertThat(Sources.compile(point, source("Svc", "@KitService", "public interface Svc {", "  Point get();", "}")))
                .succeededWithoutWarnings();
        assertThat(Sources.compile(point, grpc)).hadErrorContaining("[kit.unsupported-proto-type] class Point has type "
                + "test.Point, which the gRPC transport cannot carry as protobuf: the protobuf codecs build records "
                + "only; make Point a record").inFile(point).onLineContaining("public class Point");
    }

    @Test
    void rejectsAFieldNumberPinnedTwiceOnTheSecondMember() {
        JavaFileObject item = source("Item",
                "public record Item(@ProtoField(1) String name,",
                "    @ProtoField(1) long count) {}");
        Compilation compilation = Sources.compile(item, source("Svc",
                "@KitService", "public interface Svc {", "  Item get();", "}"));
        assertThat(compilation).hadErrorContaining("[kit.duplicate-proto-field] component count of Item is pinned to "
                + "protobuf field number 1, which name of message Item already has; give each field of a message its "
                + "own number").inFile(item).onLineContaining("@ProtoField(1) long count");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void rejectsAFieldNumberPinnedTwiceAmongParameters() {
        assertError("duplicate-proto-field", "@ProtoField(2) String b",
                "@KitService",
                "public interface Svc {",
                "  void put(@ProtoField(2) String a,",
                "      @ProtoField(2) String b);",
                "}");
    }

    @Test
    void rejectsFieldNumbersProtobufReserves() {
        assertError("invalid-proto-field", "@ProtoField(19000) String a",
                "@KitService",
                "public interface Svc {",
                "  void put(@ProtoField(19000) String a);",
                "}");
        assertError("invalid-proto-field", "@ProtoField(0) String a",
                "@KitService",
                "public interface Svc {",
                "  void put(@ProtoField(0) String a);",
                "}");
    }

    @Test
    void rejectsAProtoPackageThatIsNoPackageName() {
        assertError("invalid-proto-package", "protoPackage",
                "@KitService(protoPackage = \"acme.profiles-v1\")",
                "public interface Svc {",
                "  void put(String a);",
                "}");
    }

    @Test
    void everyMessageHasAUniqueGreppableId() {
        List<String> ids = Arrays.stream(Message.values()).map(Message::id).toList();
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("kit\\.[a-z]+(-[a-z]+)*"));
    }

    private static void assertError(String id, String lineFragment, String... lines) {
        JavaFileObject source = source("Svc", lines);
        Compilation compilation = Sources.compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[kit." + id + "]").inFile(source).onLineContaining(lineFragment);
    }

    private static String[] concat(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static Compilation compileService(String... lines) {
        return Sources.compile(source("Svc", lines));
    }

    private static JavaFileObject source(String typeName, String... lines) {
        String[] all = Arrays.copyOf(HEADER, HEADER.length + lines.length);
        System.arraycopy(lines, 0, all, HEADER.length, lines.length);
        return JavaFileObjects.forSourceLines("test." + typeName, all);
    }
}
