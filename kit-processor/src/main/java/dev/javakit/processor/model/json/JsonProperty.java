package dev.javakit.processor.model.json;

/**
 * A named value in a JSON object: a field of a record or class, a method's parameter in a body or
 * JSON-RPC params, or its result in the response.
 *
 * @param name the name on the wire
 * @param shape the value's shape
 * @param required whether the codec refuses an object without it: it is not an {@code Optional},
 *     not a {@code List}, {@code Set}, {@code Collection} or {@code Map} (absent reads as empty), and
 *     not annotated {@code Nullable}
 * @param nullable whether it may be {@code null}: annotated {@code Nullable}
 */
public record JsonProperty(String name, JsonShape shape, boolean required, boolean nullable) {
}
