package dev.javakit.processor.model;

/** Where a service method parameter comes from on the wire. */
public enum Binding {
    PATH,
    QUERY,
    HEADER,
    /** The whole JSON body. */
    BODY,
    /** A field of a JSON object body, named like the parameter. */
    BODY_FIELD,
    /** The request's {@code Context}; not part of the request record. */
    CONTEXT
}
