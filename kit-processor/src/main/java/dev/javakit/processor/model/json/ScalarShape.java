package dev.javakit.processor.model.json;

/**
 * A JSON string, number, integer or boolean, with what JSON Schema can say of it beyond its type.
 *
 * @param type the JSON Schema type: {@code string}, {@code integer}, {@code number} or {@code boolean}
 * @param format the JSON Schema format, such as {@code int64} or {@code date-time}; {@code null} for none
 * @param minimum the smallest value of a bounded integer (a {@code byte}, a {@code short}); {@code null} otherwise
 * @param maximum the largest value of a bounded integer; {@code null} otherwise
 * @param length the exact length of a string (1 for a {@code char}); {@code null} otherwise
 * @param contentEncoding how a string encodes bytes ({@code base64} for a {@code byte[]}); {@code null} otherwise
 * @param javaType the JDK class, such as {@code java.time.Instant}, for descriptions that type values
 *     more finely than JSON (a .proto's well-known types); {@code null} for a primitive or a {@code byte[]}
 */
public record ScalarShape(String type, String format, Long minimum, Long maximum, Integer length,
        String contentEncoding, String javaType) implements JsonShape {

    /** A scalar that is no JDK class of its own: a primitive or a {@code byte[]}. */
    public ScalarShape(String type, String format, Long minimum, Long maximum, Integer length, String contentEncoding) {
        this(type, format, minimum, maximum, length, contentEncoding, null);
    }

    /** Returns a scalar of {@code type} with {@code format} and nothing more. */
    public static ScalarShape of(String type, String format) {
        return new ScalarShape(type, format, null, null, null, null);
    }

    /** Returns this shape as the shape of the JDK class named {@code qualifiedName}. */
    public ScalarShape withJavaType(String qualifiedName) {
        return new ScalarShape(type, format, minimum, maximum, length, contentEncoding, qualifiedName);
    }
}
