package dev.javakit.processor.model.proto;

/**
 * A Java scalar as a proto3 scalar, and how one becomes the other: numbers and booleans as
 * themselves, {@code byte[]} as {@code bytes}, and every other value as its text, as JSON carries it.
 */
public enum ProtoScalar {

    BOOLEAN("bool", null),
    INT("int32", null),
    LONG("int64", null),
    /** A {@code short}, an {@code int32} on the wire, refused when out of range. */
    SHORT("int32", null),
    /** A {@code byte}, an {@code int32} on the wire, refused when out of range. */
    BYTE("int32", null),
    FLOAT("float", null),
    DOUBLE("double", null),
    STRING("string", null),
    /** A {@code char}, a string of one character. */
    CHAR("string", null),
    /** A {@code char[]}, a string. */
    CHARS("string", null),
    BYTES("bytes", null),
    /** A {@code java.time.Year}, its number. */
    YEAR("int32", null),
    /** An enum constant's name, as a map's key. */
    ENUM_NAME("string", "valueOf"),
    UUID("string", "fromString"),
    BIG_DECIMAL("string", null),
    BIG_INTEGER("string", null),
    URI("string", "create"),
    /** A {@code ZoneId} or {@code ZoneOffset}. */
    ZONE("string", "of"),
    /** A {@code java.time} value other than {@code Instant} and {@code Duration}, in ISO-8601. */
    TIME_TEXT("string", "parse");

    private final String protoType;
    private final String factory;

    ProtoScalar(String protoType, String factory) {
        this.protoType = protoType;
        this.factory = factory;
    }

    /** Returns the proto3 type, such as {@code int32}. */
    public String protoType() {
        return protoType;
    }

    /**
     * Returns the static method of the Java type that reads the text back, such as {@code fromString};
     * {@code null} when it is read otherwise (a constructor, or no text at all).
     */
    public String factory() {
        return factory;
    }

    /** Returns whether the Java value travels as text that must be parsed back. */
    public boolean isText() {
        return protoType.equals("string") && this != STRING && this != CHAR && this != CHARS;
    }
}
