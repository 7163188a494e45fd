package dev.javakit.processor.model.proto;

import com.palantir.javapoet.TypeName;

/**
 * The proto3 type of a value and the Java type it is read into, nested as the Java type nests:
 * a {@code List<Optional<Greeting>>} is never one, a {@code Map<Long, List<String>>} is a map of
 * a wrapper message.
 */
public sealed interface ProtoValue {

    /** Returns the Java type at this level, as the generated codec names it. */
    TypeName javaType();

    /**
     * A scalar field.
     *
     * @param scalar the proto3 type and the Java conversion
     * @param javaType the Java type, primitive or not
     */
    record Scalar(ProtoScalar scalar, TypeName javaType) implements ProtoValue {
    }

    /**
     * A field of one of the file's enums.
     *
     * @param name the enum's name in the file
     * @param javaType the Java enum
     */
    record EnumRef(String name, TypeName javaType) implements ProtoValue {
    }

    /**
     * A field of one of the file's messages.
     *
     * @param name the message's name in the file
     * @param javaType the record, or the collection a wrapper carries
     */
    record MessageRef(String name, TypeName javaType) implements ProtoValue {
    }

    /**
     * A {@code google.protobuf.Timestamp} ({@code Instant}) or {@code Duration} ({@code Duration}).
     *
     * @param type which of the two
     * @param javaType {@code Instant} or {@code Duration}
     */
    record WellKnown(WellKnownType type, TypeName javaType) implements ProtoValue {
    }

    /**
     * A {@code repeated} field: a collection or array of single values, absent and empty alike.
     *
     * @param element each element, never itself repeated, a map or optional
     * @param javaType the collection's type
     * @param collection the Java collection it is read into
     */
    record Repeated(ProtoValue element, TypeName javaType, JavaCollection collection) implements ProtoValue {
    }

    /**
     * A {@code map<K, V>} field, absent and empty alike.
     *
     * @param key the key, an integer or a string scalar
     * @param value each value, never itself repeated, a map or optional
     * @param javaType the map's type
     * @param sorted whether it is read into a {@code TreeMap} (a {@code SortedMap} or {@code NavigableMap})
     */
    record MapOf(Scalar key, ProtoValue value, TypeName javaType, boolean sorted) implements ProtoValue {
    }

    /**
     * An {@code optional} field: absent reads as {@code null} or empty.
     *
     * @param value the present value, a scalar, enum or message
     * @param javaType the {@code Optional} type, or the value's own type when it is {@code Nullable}
     * @param wrapper how Java wraps it
     */
    record Optional(ProtoValue value, TypeName javaType, JavaOptional wrapper) implements ProtoValue {
    }

    /** The well-known types a file may import. */
    enum WellKnownType {
        /** {@code google.protobuf.Timestamp}, from {@code google/protobuf/timestamp.proto}. */
        TIMESTAMP("google.protobuf.Timestamp", "google/protobuf/timestamp.proto"),
        /** {@code google.protobuf.Duration}, from {@code google/protobuf/duration.proto}. */
        DURATION("google.protobuf.Duration", "google/protobuf/duration.proto");

        private final String protoName;
        private final String file;

        WellKnownType(String protoName, String file) {
            this.protoName = protoName;
            this.file = file;
        }

        /** Returns the type's qualified name, such as {@code google.protobuf.Timestamp}. */
        public String protoName() {
            return protoName;
        }

        /** Returns the file that declares it. */
        public String file() {
            return file;
        }
    }

    /** The Java collection a {@code repeated} field is read into. */
    enum JavaCollection {
        /** An {@code ArrayList}, for a {@code List} or a {@code Collection}. */
        LIST,
        /** A {@code LinkedHashSet}, keeping the wire order, for a {@code Set}. */
        SET,
        /** A {@code TreeSet}, for a {@code SortedSet} or {@code NavigableSet}. */
        SORTED_SET,
        /** An array of the element type. */
        ARRAY
    }

    /** How Java marks a value that may be absent. */
    enum JavaOptional {
        /** {@code Nullable}: absent is {@code null}. */
        NULLABLE,
        /** {@code Optional<T>}. */
        OPTIONAL,
        /** {@code OptionalInt}. */
        OPTIONAL_INT,
        /** {@code OptionalLong}. */
        OPTIONAL_LONG,
        /** {@code OptionalDouble}. */
        OPTIONAL_DOUBLE
    }
}
