package dev.javakit.processor.writer.proto;

import dev.javakit.processor.model.json.ArrayShape;
import dev.javakit.processor.model.json.JsonProperty;
import dev.javakit.processor.model.json.JsonShape;
import dev.javakit.processor.model.json.MapShape;
import dev.javakit.processor.model.json.NamedShape;
import dev.javakit.processor.model.json.OptionalShape;
import dev.javakit.processor.model.json.ScalarShape;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The proto3 type of each field, from its JSON shape, and the well-known types they import: lists
 * are {@code repeated}, maps {@code map<string, V>}, {@code Optional} and nullable values
 * {@code optional}, {@code Instant} and {@code Duration} {@code google.protobuf.Timestamp} and
 * {@code Duration}.
 */
final class ProtoFields {

    private static final String TIMESTAMP = "google/protobuf/timestamp.proto";
    private static final String DURATION = "google/protobuf/duration.proto";

    private final Map<String, String> typeNames;
    private final Set<String> imports = new HashSet<>();

    /** Fields whose named types are printed under {@code typeNames}, by their JSON definition's name. */
    ProtoFields(Map<String, String> typeNames) {
        this.typeNames = typeNames;
    }

    /** Returns the well-known type files the fields typed so far use. */
    Set<String> imports() {
        return imports;
    }

    /**
     * Returns the field's label and type, such as {@code optional string} or {@code map<string, Greeting>};
     * {@code null} when proto3 cannot express it: a collection or map of collections or maps, which
     * would need a wrapper message.
     */
    String type(JsonProperty property) {
        JsonShape shape = property.shape();
        boolean optional = property.nullable();
        if (shape instanceof OptionalShape wrapped) {
            shape = wrapped.value();
            optional = true;
        }
        if (shape instanceof ArrayShape array) {
            // repeated and map fields have no presence: an absent or null one reads as empty, as in the codec.
            String items = single(array.items());
            return items == null ? null : "repeated " + items;
        }
        if (shape instanceof MapShape map) {
            // A proto map's key is an integer or a string; every JSON name is a string, enum and UUID keys too.
            String values = single(map.values());
            return values == null ? null : "map<string, " + values + ">";
        }
        return (optional ? "optional " : "") + single(shape);
    }

    /** Returns the type of one value, {@code null} when it is a collection or a map. */
    private String single(JsonShape shape) {
        if (shape instanceof OptionalShape optional) {
            // proto3 has no null element: a list's empty Optional has no encoding but absence.
            return single(optional.value());
        }
        if (shape instanceof NamedShape named) {
            return typeNames.get(named.name());
        }
        if (shape instanceof ScalarShape scalar) {
            return scalar(scalar);
        }
        return null;
    }

    private String scalar(ScalarShape scalar) {
        if ("java.time.Instant".equals(scalar.javaType())) {
            imports.add(TIMESTAMP);
            return "google.protobuf.Timestamp";
        }
        if ("java.time.Duration".equals(scalar.javaType())) {
            imports.add(DURATION);
            return "google.protobuf.Duration";
        }
        return switch (scalar.type()) {
            case "boolean" -> "bool";
            // A short or a byte is bounded and has no format; a BigInteger has neither, and no bound.
            case "integer" -> "int64".equals(scalar.format()) ? "int64"
                    : scalar.format() != null || scalar.minimum() != null ? "int32" : "string";
            // A BigDecimal has no format: its exact decimal text, as JSON carries it, rather than a rounded double.
            case "number" -> scalar.format() == null ? "string" : scalar.format();
            default -> "base64".equals(scalar.contentEncoding()) ? "bytes" : "string";
        };
    }
}
