package dev.javakit.processor.model.json;

import java.util.List;

/**
 * A named JSON type of a service: a record or class, read and written as an object, or an enum,
 * read and written as one of its constants' names.
 *
 * @param name the name references use, the simple name unless two types of the service share it
 * @param javaType the qualified Java name, for a reader of the description
 * @param properties an object's properties, in declaration order; empty for an enum
 * @param constants an enum's constants, in declaration order; {@code null} for an object
 */
public record JsonDefinition(String name, String javaType, List<JsonProperty> properties, List<String> constants) {

    /** Returns whether this is an enum. */
    public boolean isEnum() {
        return constants != null;
    }
}
