package dev.javakit.processor.model.json;

/**
 * The JSON shape of a Java type as the runtime's codec reads and writes it: a scalar, an array, a
 * map, an optional value, or a reference to a named object or enum.
 */
public sealed interface JsonShape permits ScalarShape, ArrayShape, MapShape, OptionalShape, NamedShape {
}
