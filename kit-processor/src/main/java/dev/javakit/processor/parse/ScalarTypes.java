package dev.javakit.processor.parse;

import com.palantir.javapoet.TypeName;
import dev.javakit.processor.model.ScalarType;
import javax.lang.model.element.ElementKind;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/** Recognises the types a single path, query or header string converts to. */
final class ScalarTypes {

    private ScalarTypes() {
    }

    /** Returns the scalar type of {@code type}, or {@code null} when it is not one. */
    static ScalarType of(TypeMirror type) {
        ScalarType.Kind kind = switch (type.getKind()) {
            case INT -> ScalarType.Kind.INT;
            case LONG -> ScalarType.Kind.LONG;
            case SHORT -> ScalarType.Kind.SHORT;
            case BYTE -> ScalarType.Kind.BYTE;
            case DOUBLE -> ScalarType.Kind.DOUBLE;
            case FLOAT -> ScalarType.Kind.FLOAT;
            case BOOLEAN -> ScalarType.Kind.BOOLEAN;
            case CHAR -> ScalarType.Kind.CHAR;
            case DECLARED -> declaredKind((DeclaredType) type);
            default -> null;
        };
        return kind == null ? null : new ScalarType(kind, TypeName.get(type));
    }

    private static ScalarType.Kind declaredKind(DeclaredType type) {
        if (type.asElement().getKind() == ElementKind.ENUM) {
            return ScalarType.Kind.ENUM;
        }
        return switch (type.asElement().toString()) {
            case "java.lang.String" -> ScalarType.Kind.STRING;
            case "java.lang.Integer" -> ScalarType.Kind.INT;
            case "java.lang.Long" -> ScalarType.Kind.LONG;
            case "java.lang.Short" -> ScalarType.Kind.SHORT;
            case "java.lang.Byte" -> ScalarType.Kind.BYTE;
            case "java.lang.Double" -> ScalarType.Kind.DOUBLE;
            case "java.lang.Float" -> ScalarType.Kind.FLOAT;
            case "java.lang.Boolean" -> ScalarType.Kind.BOOLEAN;
            case "java.lang.Character" -> ScalarType.Kind.CHAR;
            case "java.math.BigDecimal" -> ScalarType.Kind.BIG_DECIMAL;
            case "java.math.BigInteger" -> ScalarType.Kind.BIG_INTEGER;
            case "java.util.UUID" -> ScalarType.Kind.UUID;
            default -> null;
        };
    }
}
