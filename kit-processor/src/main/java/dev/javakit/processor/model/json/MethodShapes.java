package dev.javakit.processor.model.json;

import java.util.Map;

/**
 * The JSON shapes of one service method.
 *
 * @param parameters each parameter but the {@code Context}, by its Java name, as a component of the
 *     generated request and body records, which carry its {@code Nullable}: required as a record's
 *     field is
 * @param result the result as the response record's component, named by its {@code @ResultName}:
 *     always written, so required; {@code null} for a void method
 */
public record MethodShapes(Map<String, JsonProperty> parameters, JsonProperty result) {
}
