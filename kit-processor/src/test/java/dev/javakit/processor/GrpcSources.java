package dev.javakit.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.JavaFileObject;

/** The gRPC test service, under src/test/resources/grpc/rich: a record of every shape protobuf carries. */
final class GrpcSources {

    /** The service and its types. */
    static final List<String> RICH = List.of("RichService", "Nullable", "Kind", "Item", "Node", "Page", "Profile",
            "Address", "Everything");

    /** The service's .proto, as a resource of the class output. */
    static final String PROTO = "META-INF/javakit/rich.RichService.proto";

    private GrpcSources() {
    }

    /** Returns the service's sources. */
    static JavaFileObject[] rich() {
        return RICH.stream()
                .map(name -> JavaFileObjects.forResource("grpc/rich/" + name + ".java"))
                .toArray(JavaFileObject[]::new);
    }

    /** Compiles the service with the processor, every lint warning an error. */
    static Compilation compile() {
        return Sources.compile(rich());
    }
}
