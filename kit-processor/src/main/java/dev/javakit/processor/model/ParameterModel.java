package dev.javakit.processor.model;

import com.palantir.javapoet.TypeName;

/**
 * A service method parameter and where it is read from.
 *
 * @param name the Java parameter name, also the request record's component name
 * @param type the parameter's type
 * @param binding where the value comes from
 * @param wireName the placeholder, query parameter, header or body field name; {@code null} for the body
 *     and the context
 * @param cardinality how many values a path, query, header or simple-typed body field parameter takes;
 *     {@code REQUIRED} otherwise
 * @param scalar the conversion of a path, query or header value; {@code null} for body and context
 * @param redacted whether logs show {@code ***} instead of the value ({@code @Redacted})
 */
public record ParameterModel(
        String name,
        TypeName type,
        Binding binding,
        String wireName,
        Cardinality cardinality,
        ScalarType scalar,
        boolean redacted) {

    /** Returns whether the parameter is a field of the request record (every binding but the context). */
    public boolean isRequestComponent() {
        return binding != Binding.CONTEXT;
    }
}
