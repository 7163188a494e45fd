package dev.javakit.processor.model.json;

/**
 * A JSON object used as a map: any names, each value of one shape.
 *
 * @param keys the enum the keys are constants of; {@code null} when keys are free strings or numbers
 * @param values the shape of each value
 * @param singleEntry whether it is a {@code Map.Entry}, which the codec writes as an object of one name
 */
public record MapShape(NamedShape keys, JsonShape values, boolean singleEntry) implements JsonShape {
}
