package dev.javakit.processor.model;

/** How many values a path, query or header parameter takes. */
public enum Cardinality {
    /** Exactly one; absence is a 400. */
    REQUIRED,
    /** At most one; absence is {@code null}. */
    NULLABLE,
    /** At most one; absence is an empty {@code Optional}. */
    OPTIONAL,
    /** Any number, as a {@code List}. */
    LIST
}
