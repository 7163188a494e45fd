package dev.javakit.processor.writer;

import static dev.javakit.processor.writer.RuntimeTypes.JSON_CODEC;
import static dev.javakit.processor.writer.RuntimeTypes.TYPE_REFERENCE;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.javakit.processor.model.MethodModel;
import dev.javakit.processor.model.ServiceModel;

/**
 * How generated code talks to the JSON codec: the token naming a type, the local holding an HTTP
 * body's reader or writer, and the codec server bindings use by default.
 */
final class JsonTypes {

    private JsonTypes() {
    }

    /**
     * Returns the codec a server binding's {@code of(endpoints)} reads and writes with: the standard
     * one, refusing unknown fields when the service chose so in its {@code @KitService}.
     */
    static CodeBlock defaultCodec(ServiceModel service) {
        return service.rejectUnknownFields()
                ? CodeBlock.of("$T.standard().rejectingUnknownFields()", JSON_CODEC)
                : CodeBlock.of("$T.standard()", JSON_CODEC);
    }

    /** Returns how the Javadoc of {@code of(endpoints)} names its codec. */
    static String defaultCodecDescription(ServiceModel service) {
        return service.rejectUnknownFields()
                ? "the standard JSON codec, refusing unknown fields"
                : "the standard JSON codec";
    }

    /**
     * Returns the name of the local that reads or writes {@code method}'s HTTP body. Methods with the
     * same body type share one, named after the first of them, as they share a client error table.
     */
    static String body(ServiceModel service, MethodModel method) {
        return bodyOwner(service, method).name() + "Body";
    }

    /** Returns whether {@code method} is the first HTTP method with its body type, the one that declares its local. */
    static boolean declaresBody(ServiceModel service, MethodModel method) {
        return bodyOwner(service, method) == method;
    }

    private static MethodModel bodyOwner(ServiceModel service, MethodModel method) {
        TypeName body = service.httpBodyType(method);
        return service.methods().stream()
                .filter(other -> other.isHttp() && body.equals(service.httpBodyType(other)))
                .findFirst()
                .orElse(method);
    }

    /** Returns {@code Type.class} for plain types (boxed), a {@code TypeReference} for generic ones. */
    static CodeBlock token(TypeName type) {
        if (isReifiable(type)) {
            return CodeBlock.of("$T.class", type.isPrimitive() ? type.box() : type);
        }
        return CodeBlock.of("new $T<$T>() {}", TYPE_REFERENCE, type);
    }

    private static boolean isReifiable(TypeName type) {
        if (type instanceof ArrayTypeName array) {
            return isReifiable(array.componentType());
        }
        return type.isPrimitive() || type instanceof ClassName;
    }
}
