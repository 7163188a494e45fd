package dev.javakit.processor.model.json;

/**
 * An {@code Optional}: the value, or {@code null} when empty (which is how the codec writes it).
 *
 * @param value the shape of the present value
 */
public record OptionalShape(JsonShape value) implements JsonShape {
}
