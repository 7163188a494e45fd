package dev.javakit.processor.model.json;

/**
 * A reference to a named object or enum, one of the service's {@link JsonDefinition}s.
 *
 * @param name the definition's name, unique in the service
 */
public record NamedShape(String name) implements JsonShape {
}
