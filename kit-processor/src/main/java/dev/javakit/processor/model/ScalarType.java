package dev.javakit.processor.model;

import com.palantir.javapoet.TypeName;

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
}
