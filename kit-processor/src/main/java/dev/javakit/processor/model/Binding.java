package dev.javakit.processor.model;

/** Where a service method parameter comes from on the wire. */
public enum Binding {
    PATH,
    QUERY,
    HEADER,
    BODY,
    /** The request's {@code Context}; not part of the request record. */
    CONTEXT
}
