package dev.javakit.processor.model.json;

/**
 * A JSON array: a Java array or collection.
 *
 * @param items the shape of each element
 * @param uniqueItems whether it is a {@code Set}, whose elements are distinct
 */
public record ArrayShape(JsonShape items, boolean uniqueItems) implements JsonShape {
}
