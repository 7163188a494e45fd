package dev.javakit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * Pins which files each choice of {@code @KitService(transports, clients, decorators)} writes (gRPC:
 * the protobuf codecs, the binary descriptor, the binding and its client), and
 * that each subset compiles on its own under {@code -Xlint:all -Werror}: no artifact refers to one
 * left out. The service has path, query, body-field and context parameters, a nested body record,
 * a {@code @NoHttp} method and a declared exception with a status, so every writer has work to do.
 */
class ChosenArtifactsTest {

    private static final JavaFileObject EXCEPTION = JavaFileObjects.forSourceLines("test.Gone",
            "package test;",
            "import dev.javakit.annotations.ErrorStatus;",
            "@ErrorStatus(410)",
            "public class Gone extends Exception {",
            "  private static final long serialVersionUID = 1L;",
            "  public Gone(String message) { super(message); }",
            "}");

    private static Set<String> generated(String kitService) {
        Compilation compilation = Sources.compile(EXCEPTION, service(kitService));
        assertThat(compilation).succeededWithoutWarnings();
        return compilation.generatedSourceFiles().stream()
                .map(file -> file.getName().replaceAll(".*/", "").replace(".java", ""))
                .collect(Collectors.toSet());
    }

    private static JavaFileObject service(String kitService) {
        return JavaFileObjects.forSourceLines("test.Items",
                "package test;",
                "import dev.javakit.annotations.*;",
                "import dev.javakit.annotations.http.*;",
                "import dev.javakit.context.Context;",
                "import java.util.Optional;",
                kitService,
                "public interface Items {",
                "  @GET(\"/items/{id}\") String get(String id, Optional<String> lang) throws Gone;",
                "  @PUT(\"/items/{id}\") void put(Context ctx, String id, int count, String note);",
                "  @NoHttp @JsonRpcName(\"items.clear\") void clear();",
                "}");
    }

    @Test
    void defaultsWriteAllNine() {
        assertThat(generated("@KitService")).containsExactlyInAnyOrder("ItemsEndpoints", "ForwardingItems",
                "ItemsLogging", "ItemsMetrics", "ItemsHttpRoutes", "ItemsHttpClient", "ItemsJsonRpc",
                "ItemsJsonRpcClient", "ItemsClientErrors");
    }

    @Test
    void httpWithoutClientsWritesOnlyTheRoutesBesideEndpointsAndDecorators() {
        assertThat(generated("@KitService(transports = Transport.HTTP, clients = false)")).containsExactlyInAnyOrder(
                "ItemsEndpoints", "ForwardingItems", "ItemsLogging", "ItemsMetrics", "ItemsHttpRoutes");
    }

    @Test
    void httpWithClientsWritesTheHttpClientAndItsErrors() {
        assertThat(generated("@KitService(transports = Transport.HTTP)")).containsExactlyInAnyOrder(
                "ItemsEndpoints", "ForwardingItems", "ItemsLogging", "ItemsMetrics", "ItemsHttpRoutes",
                "ItemsHttpClient", "ItemsClientErrors");
    }

    @Test
    void jsonRpcOnlyWritesNothingOfHttp() {
        assertThat(generated("@KitService(transports = Transport.JSON_RPC)")).containsExactlyInAnyOrder(
                "ItemsEndpoints", "ForwardingItems", "ItemsLogging", "ItemsMetrics", "ItemsJsonRpc",
                "ItemsJsonRpcClient", "ItemsClientErrors");
    }

    @Test
    void noClientsKeepsBothServerBindings() {
        assertThat(generated("@KitService(clients = false)")).containsExactlyInAnyOrder(
                "ItemsEndpoints", "ForwardingItems", "ItemsLogging", "ItemsMetrics", "ItemsHttpRoutes",
                "ItemsJsonRpc");
    }

    @Test
    void noDecoratorsLeavesOutLoggingAndMetrics() {
        assertThat(generated("@KitService(decorators = false)")).containsExactlyInAnyOrder(
                "ItemsEndpoints", "ForwardingItems", "ItemsHttpRoutes", "ItemsHttpClient", "ItemsJsonRpc",
                "ItemsJsonRpcClient", "ItemsClientErrors");
    }

    @Test
    void noTransportsWritesEndpointsForInProcessUse() {
        assertThat(generated("@KitService(transports = {})")).containsExactlyInAnyOrder(
                "ItemsEndpoints", "ForwardingItems", "ItemsLogging", "ItemsMetrics");
    }

    @Test
    void theLeastIsTheEndpointsAndTheForwardingClass() {
        assertThat(generated("@KitService(transports = {}, decorators = false)")).containsExactlyInAnyOrder(
                "ItemsEndpoints", "ForwardingItems");
    }

    @Test
    void grpcOnlyWritesTheCodecsTheBindingAndItsClientBesideEndpointsAndDecorators() {
        assertThat(generated("@KitService(transports = Transport.GRPC)")).containsExactlyInAnyOrder(
                "ItemsEndpoints", "ForwardingItems", "ItemsLogging", "ItemsMetrics", "ItemsProtoCodecs", "ItemsGrpc",
                "ItemsGrpcClient", "ItemsClientErrors");
    }

    @Test
    void grpcWithoutClientsWritesTheBindingAlone() {
        assertThat(generated("@KitService(transports = Transport.GRPC, clients = false)")).containsExactlyInAnyOrder(
                "ItemsEndpoints", "ForwardingItems", "ItemsLogging", "ItemsMetrics", "ItemsProtoCodecs", "ItemsGrpc");
    }

    @Test
    void grpcBesideTheDefaultsAddsTheCodecsAndTheDescriptor() {
        Compilation compilation = Sources.compile(EXCEPTION,
                service("@KitService(transports = {Transport.HTTP, Transport.JSON_RPC, Transport.GRPC})"));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.ItemsProtoCodecs");
        assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/javakit/test.Items.desc");
        assertThat(compilation).generatedSourceFile("test.ItemsHttpClient");
    }

    @Test
    void theDefaultsWriteNoDescriptor() {
        Compilation compilation = Sources.compile(EXCEPTION, service("@KitService"));
        assertThat(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/javakit/test.Items.desc")).isEmpty();
        assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/javakit/test.Items.proto");
    }

    @Test
    void aTransportNamedTwiceIsBoundOnce() {
        assertThat(generated("@KitService(transports = {Transport.HTTP, Transport.HTTP}, clients = false)"))
                .containsExactlyInAnyOrder("ItemsEndpoints", "ForwardingItems", "ItemsLogging", "ItemsMetrics",
                        "ItemsHttpRoutes");
    }
}
