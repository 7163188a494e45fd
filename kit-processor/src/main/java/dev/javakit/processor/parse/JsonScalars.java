package dev.javakit.processor.parse;

import dev.javakit.processor.model.json.ScalarShape;
import java.util.HashMap;
import java.util.Map;

/** The JDK classes the codec reads and writes as one JSON string, number or boolean, with their shapes. */
final class JsonScalars {

    private static final Map<String, ScalarShape> SCALARS = table();

    private JsonScalars() {
    }

    /** Returns the shape of the class named {@code qualifiedName}, or {@code null} when it is no scalar. */
    static ScalarShape of(String qualifiedName) {
        return SCALARS.get(qualifiedName);
    }

    private static Map<String, ScalarShape> table() {
        Map<String, ScalarShape> scalars = new HashMap<>();
        scalars.put("java.lang.String", ScalarShape.of("string", null));
        scalars.put("java.lang.Boolean", ScalarShape.of("boolean", null));
        scalars.put("java.lang.Integer", ScalarShape.of("integer", "int32"));
        scalars.put("java.lang.Long", ScalarShape.of("integer", "int64"));
        scalars.put("java.lang.Short",
                new ScalarShape("integer", null, (long) Short.MIN_VALUE, (long) Short.MAX_VALUE, null, null));
        scalars.put("java.lang.Byte",
                new ScalarShape("integer", null, (long) Byte.MIN_VALUE, (long) Byte.MAX_VALUE, null, null));
        scalars.put("java.lang.Double", ScalarShape.of("number", "double"));
        scalars.put("java.lang.Float", ScalarShape.of("number", "float"));
        scalars.put("java.lang.Character", new ScalarShape("string", null, null, null, 1, null));
        scalars.put("java.math.BigDecimal", ScalarShape.of("number", null));
        scalars.put("java.math.BigInteger", ScalarShape.of("integer", null));
        scalars.put("java.util.UUID", ScalarShape.of("string", "uuid"));
        scalars.put("java.net.URI", ScalarShape.of("string", "uri"));
        // java.time, as the codec writes it by default: ISO-8601 strings, and a Year as a number.
        scalars.put("java.time.Instant", ScalarShape.of("string", "date-time"));
        scalars.put("java.time.OffsetDateTime", ScalarShape.of("string", "date-time"));
        scalars.put("java.time.ZonedDateTime", ScalarShape.of("string", "date-time"));
        scalars.put("java.time.LocalDate", ScalarShape.of("string", "date"));
        scalars.put("java.time.LocalDateTime", ScalarShape.of("string", null));
        scalars.put("java.time.LocalTime", ScalarShape.of("string", null));
        scalars.put("java.time.OffsetTime", ScalarShape.of("string", "time"));
        scalars.put("java.time.Duration", ScalarShape.of("string", "duration"));
        scalars.put("java.time.Period", ScalarShape.of("string", "duration"));
        scalars.put("java.time.YearMonth", ScalarShape.of("string", null));
        scalars.put("java.time.MonthDay", ScalarShape.of("string", null));
        scalars.put("java.time.Year", ScalarShape.of("integer", "int32"));
        scalars.put("java.time.ZoneId", ScalarShape.of("string", null));
        scalars.put("java.time.ZoneOffset", ScalarShape.of("string", null));
        scalars.replaceAll((name, shape) -> shape.withJavaType(name));
        return Map.copyOf(scalars);
    }
}
