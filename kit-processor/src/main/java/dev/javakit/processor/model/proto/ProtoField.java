package dev.javakit.processor.model.proto;

/**
 * One field of a message.
 *
 * @param name its snake_case name
 * @param number its number, by declaration order or pinned with {@code @ProtoField}
 * @param javaName the record component it reads and writes
 * @param value its type and how the Java value maps to it; {@code null} when protobuf cannot carry
 *     it, and then the .proto reserves the number and says why
 * @param unsupported why protobuf cannot carry it; {@code null} when it can
 */
public record ProtoField(String name, int number, String javaName, ProtoValue value, String unsupported) {

    /** Returns whether the field is {@code repeated} or a {@code map}. */
    public boolean isCollection() {
        return value instanceof ProtoValue.Repeated || value instanceof ProtoValue.MapOf;
    }
}
