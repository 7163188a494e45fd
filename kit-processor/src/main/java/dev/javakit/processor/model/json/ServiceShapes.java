package dev.javakit.processor.model.json;

import java.util.List;
import java.util.Map;

/**
 * The JSON shapes of every type a service reads and writes: the shapes of its methods' parameters
 * and results, and the named objects and enums they reach.
 *
 * @param methods each method's shapes, by method name
 * @param definitions the named objects and enums, sorted by name
 */
public record ServiceShapes(Map<String, MethodShapes> methods, List<JsonDefinition> definitions) {

    /** Returns the shapes of the method named {@code name}. */
    public MethodShapes method(String name) {
        MethodShapes shapes = methods.get(name);
        if (shapes == null) {
            throw new IllegalArgumentException("no shapes for method " + name);
        }
        return shapes;
    }
}
