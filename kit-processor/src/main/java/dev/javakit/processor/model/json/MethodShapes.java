package dev.javakit.processor.model.json;

import java.util.Map;

/**
 * The JSON shapes of one service method.
 *
 * @param parameters each parameter but the {@code Context}, by its Java name, named like it
 * @param result the result, named by its {@code @ResultName}; {@code null} for a void method
 */
public record MethodShapes(Map<String, JsonProperty> parameters, JsonProperty result) {
}
