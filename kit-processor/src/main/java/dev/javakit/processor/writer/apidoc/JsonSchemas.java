package dev.javakit.processor.writer.apidoc;

import dev.javakit.processor.model.json.ArrayShape;
import dev.javakit.processor.model.json.JsonDefinition;
import dev.javakit.processor.model.json.JsonProperty;
import dev.javakit.processor.model.json.JsonShape;
import dev.javakit.processor.model.json.MapShape;
import dev.javakit.processor.model.json.NamedShape;
import dev.javakit.processor.model.json.OptionalShape;
import dev.javakit.processor.model.json.ScalarShape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints JSON shapes as JSON Schema (draft 2020-12, the dialect of OpenAPI 3.1 and OpenRPC), with
 * named types referred to under {@code #/components/schemas/}, where both documents keep them.
 */
final class JsonSchemas {

    /** The name of the schema of every error answer's body, {@code {"error": "..."}}. */
    static final String ERROR = "KitError";

    private static final String REFERENCE = "#/components/schemas/";

    private JsonSchemas() {
    }

    /** Returns the schema of {@code shape}. */
    static Map<String, Object> of(JsonShape shape) {
        Map<String, Object> schema = new LinkedHashMap<>();
        if (shape instanceof ScalarShape scalar) {
            schema.put("type", scalar.type());
            putIfPresent(schema, "format", scalar.format());
            putIfPresent(schema, "minimum", scalar.minimum());
            putIfPresent(schema, "maximum", scalar.maximum());
            putIfPresent(schema, "minLength", scalar.length());
            putIfPresent(schema, "maxLength", scalar.length());
            putIfPresent(schema, "contentEncoding", scalar.contentEncoding());
        } else if (shape instanceof ArrayShape array) {
            schema.put("type", "array");
            schema.put("items", of(array.items()));
            if (array.uniqueItems()) {
                schema.put("uniqueItems", true);
            }
        } else if (shape instanceof MapShape map) {
            schema.put("type", "object");
            if (map.keys() != null) {
                schema.put("propertyNames", of(map.keys()));
            }
            schema.put("additionalProperties", of(map.values()));
            if (map.singleEntry()) {
                schema.put("minProperties", 1);
                schema.put("maxProperties", 1);
            }
        } else if (shape instanceof OptionalShape optional) {
            return orNull(of(optional.value()));
        } else if (shape instanceof NamedShape named) {
            schema.put("$ref", REFERENCE + named.name());
        }
        return schema;
    }

    /** Returns the schema of a property's value: its shape's, with {@code null} when it is nullable. */
    static Map<String, Object> of(JsonProperty property) {
        Map<String, Object> schema = of(property.shape());
        return property.nullable() ? orNull(schema) : schema;
    }

    /** Returns the schema of an object with these properties, requiring the required ones. */
    static Map<String, Object> object(List<JsonProperty> properties) {
        return object(properties, false);
    }

    /**
     * Returns the schema of an object with these properties, requiring the required ones, and no
     * other when {@code closed}: the service's codec refuses unknown fields.
     */
    static Map<String, Object> object(List<JsonProperty> properties, boolean closed) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        if (closed) {
            schema.put("additionalProperties", false);
        }
        if (properties.isEmpty()) {
            return schema;
        }
        Map<String, Object> byName = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (JsonProperty property : properties) {
            byName.put(property.name(), of(property));
            if (property.required()) {
                required.add(property.name());
            }
        }
        schema.put("properties", byName);
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        return schema;
    }

    /**
     * Returns the named schemas: the service's objects and enums, then the error body's; objects admit
     * no other field when {@code closed}.
     */
    static Map<String, Object> components(List<JsonDefinition> definitions, boolean closed) {
        Map<String, Object> schemas = new LinkedHashMap<>();
        for (JsonDefinition definition : definitions) {
            if (definition.isEnum()) {
                Map<String, Object> schema = new LinkedHashMap<>();
                schema.put("type", "string");
                schema.put("enum", definition.constants());
                schemas.put(definition.name(), schema);
            } else {
                schemas.put(definition.name(), object(definition.properties(), closed));
            }
        }
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", "string");
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("type", "object");
        error.put("properties", Map.of("error", message));
        error.put("required", List.of("error"));
        schemas.put(ERROR, error);
        return schemas;
    }

    /** Returns a reference to a named schema. */
    static Map<String, Object> reference(String name) {
        return Map.of("$ref", REFERENCE + name);
    }

    /** Returns {@code schema} widened to {@code null} too. */
    private static Map<String, Object> orNull(Map<String, Object> schema) {
        Object type = schema.get("type");
        if (type instanceof String single) {
            Map<String, Object> widened = new LinkedHashMap<>(schema);
            widened.put("type", List.of(single, "null"));
            return widened;
        }
        if (type instanceof List<?> || isNullOr(schema)) {
            return schema;
        }
        Map<String, Object> widened = new LinkedHashMap<>();
        widened.put("anyOf", List.of(schema, Map.of("type", "null")));
        return widened;
    }

    private static boolean isNullOr(Map<String, Object> schema) {
        return schema.get("anyOf") instanceof List<?> options && options.contains(Map.of("type", "null"));
    }

    private static void putIfPresent(Map<String, Object> schema, String key, Object value) {
        if (value != null) {
            schema.put(key, value);
        }
    }
}
