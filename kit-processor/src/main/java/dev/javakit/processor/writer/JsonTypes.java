package dev.javakit.processor.writer;

import static dev.javakit.processor.writer.RuntimeTypes.TYPE_REFERENCE;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;

/** How generated code names a type to the JSON codec. */
final class JsonTypes {

    private JsonTypes() {
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
