package dev.javakit.processor.model.proto;

import java.util.List;
import java.util.Set;

/**
 * A service as one proto3 file: what its {@code .proto} text, its binary descriptor and its
 * generated codecs all print, so the three cannot disagree.
 *
 * @param fileName the file's resource name, also its name in descriptors, such as
 *     {@code META-INF/javakit/test.GreeterService.proto}
 * @param protoPackage the {@code package}; empty for none
 * @param javaPackage the {@code java_package} of protoc's Java classes for it, a {@code proto}
 *     subpackage of the service's, so that they never clash with the service's own classes
 * @param javaOuterClassName the {@code java_outer_classname} of protoc's Java classes
 * @param service the service's name
 * @param rpcs one per service method, in declaration order
 * @param declarations the messages and enums, in the order the file declares them
 * @param imports the well-known type files it imports, such as {@code google/protobuf/timestamp.proto}
 * @param sourceName the qualified name of the Java interface it is generated from
 */
public record ProtoFile(String fileName, String protoPackage, String javaPackage, String javaOuterClassName,
        String service, List<ProtoRpc> rpcs, List<ProtoDeclaration> declarations, Set<String> imports,
        String sourceName) {

    /** Returns the resource name of its binary descriptor, beside the .proto: {@code .desc} for {@code .proto}. */
    public String descriptorName() {
        return fileName.substring(0, fileName.length() - ".proto".length()) + ".desc";
    }

    /** Returns the messages, in the order the file declares them. */
    public List<ProtoMessage> messages() {
        return declarations.stream()
                .filter(ProtoMessage.class::isInstance)
                .map(ProtoMessage.class::cast)
                .toList();
    }

    /** Returns the fully qualified name of a message or enum declared here, such as {@code .test.Greeting}. */
    public String qualified(String name) {
        return protoPackage.isEmpty() ? "." + name : "." + protoPackage + "." + name;
    }
}
