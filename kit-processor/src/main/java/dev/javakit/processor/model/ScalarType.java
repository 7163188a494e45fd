package dev.javakit.processor.model;

import com.palantir.javapoet.TypeName;
import javax.lang.model.element.ElementKind;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * A type a single path, query or header string converts to.
 *
 * @param kind which conversion applies
 * @param type the Java type, boxed or not as declared
 */
public record ScalarType(Kind kind, TypeName type) {

    /** The conversions the runtime's {@code Params} offers. */
    public enum Kind {
        STRING, INT, LONG, SHORT, BYTE, DOUBLE, FLOAT, BOOLEAN, CHAR, BIG_DECIMAL, BIG_INTEGER, UUID, ENUM
    }

    /** Returns the scalar type of {@code type}, or {@code null} when it is not one. */
    public static ScalarType of(TypeMirror type) {
        Kind kind = switch (type.getKind()) {
            case INT -> Kind.INT;
            case LONG -> Kind.LONG;
            case SHORT -> Kind.SHORT;
            case BYTE -> Kind.BYTE;
            case DOUBLE -> Kind.DOUBLE;
            case FLOAT -> Kind.FLOAT;
            case BOOLEAN -> Kind.BOOLEAN;
            case CHAR -> Kind.CHAR;
            case DECLARED -> declaredKind((DeclaredType) type);
            default -> null;
        };
        return kind == null ? null : new ScalarType(kind, TypeName.get(type));
    }

    private static Kind declaredKind(DeclaredType type) {
        if (type.asElement().getKind() == ElementKind.ENUM) {
            return Kind.ENUM;
        }
        return switch (type.asElement().toString()) {
            case "java.lang.String" -> Kind.STRING;
            case "java.lang.Integer" -> Kind.INT;
            case "java.lang.Long" -> Kind.LONG;
            case "java.lang.Short" -> Kind.SHORT;
            case "java.lang.Byte" -> Kind.BYTE;
            case "java.lang.Double" -> Kind.DOUBLE;
            case "java.lang.Float" -> Kind.FLOAT;
            case "java.lang.Boolean" -> Kind.BOOLEAN;
            case "java.lang.Character" -> Kind.CHAR;
            case "java.math.BigDecimal" -> Kind.BIG_DECIMAL;
            case "java.math.BigInteger" -> Kind.BIG_INTEGER;
            case "java.util.UUID" -> Kind.UUID;
            default -> null;
        };
    }
}
