package dev.javakit.processor.model.proto;

import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * A message: a method's request or response record, a record the methods reach, or a wrapper that
 * carries a collection inside a collection, which proto3 cannot nest directly.
 *
 * @param name the message's name in the file
 * @param javaType the Java type it is read into: the record, or the wrapped collection's type
 * @param kind what it stands for
 * @param fields its fields, in declaration order (a wrapper's one field is number 1)
 * @param constant the name of its codec constant, such as {@code GREETING}; a wrapper has none
 */
public record ProtoMessage(String name, TypeName javaType, Kind kind, List<ProtoField> fields, String constant)
        implements ProtoDeclaration {

    /** What a message stands for. */
    public enum Kind {
        /** A record: a request, a response or a type the methods reach, built by its canonical constructor. */
        RECORD,
        /** A collection or map as the element or value of another, in field 1. */
        WRAPPER
    }

    /** Returns whether any field is unsupported, so no codec can be generated for this message. */
    public boolean hasUnsupportedField() {
        return fields.stream().anyMatch(field -> field.value() == null);
    }
}
