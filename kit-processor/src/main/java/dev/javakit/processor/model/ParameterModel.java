package dev.javakit.processor.model;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * A service method parameter and where it is read from.
 *
 * @param name the Java parameter name, also the request record's component name
 * @param type the parameter's type
 * @param binding where the value comes from
 * @param wireName the placeholder, query parameter, header or body field name; {@code null} for the body
 *     and the context
 * @param cardinality how many values a path, query, header or simple-typed body field parameter takes;
 *     for another body or body field, {@code NULLABLE} when annotated {@code Nullable}, else
 *     {@code REQUIRED}; {@code REQUIRED} for the context
 * @param scalar the conversion of a path, query or header value; {@code null} for body and context
 * @param redacted whether logs show {@code ***} instead of the value ({@code @Redacted})
 * @param declaredType the type with the type-use annotations named {@code Nullable} it carries at
 *     any depth, as signatures and record components print it; {@link #type} without them is what
 *     generated code names as a class or converts to
 * @param nullableAnnotations the declaration annotations named {@code Nullable} on the parameter,
 *     which overrides and record components repeat
 */
public record ParameterModel(
        String name,
        TypeName type,
        Binding binding,
        String wireName,
        Cardinality cardinality,
        ScalarType scalar,
        boolean redacted,
        TypeName declaredType,
        List<AnnotationSpec> nullableAnnotations) {

    /** A parameter without annotations named {@code Nullable}: its declared type is its type. */
    public ParameterModel(String name, TypeName type, Binding binding, String wireName, Cardinality cardinality,
            ScalarType scalar, boolean redacted) {
        this(name, type, binding, wireName, cardinality, scalar, redacted, type, List.of());
    }

    /** Returns whether the parameter is a field of the request record (every binding but the context). */
    public boolean isRequestComponent() {
        return binding != Binding.CONTEXT;
    }
}
