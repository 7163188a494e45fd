package dev.javakit.processor.model.json;

/**
 * A named value in a JSON object: a field of a record or class, a method's parameter in a body or
 * JSON-RPC params, or its result in the response.
 *
 * @param name the name on the wire
 * @param shape the value's shape
 * @param required whether an object without it is refused, or never written: a field of a record or
 *     creator-built class is required unless it is an {@code Optional}, a {@code List}, {@code Set},
 *     {@code Collection} or {@code Map} (absent reads as empty) or annotated {@code Nullable}, as the
 *     codec decides (see {@link MethodShapes} for parameters and results)
 * @param nullable whether it may be {@code null}: annotated {@code Nullable}
 */
public record JsonProperty(String name, JsonShape shape, boolean required, boolean nullable) {
}
