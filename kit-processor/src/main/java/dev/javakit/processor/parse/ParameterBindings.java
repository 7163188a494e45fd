package dev.javakit.processor.parse;

import static dev.javakit.processor.parse.KitAnnotations.BODY;
import static dev.javakit.processor.parse.KitAnnotations.HEADER;
import static dev.javakit.processor.parse.KitAnnotations.PATH;
import static dev.javakit.processor.parse.KitAnnotations.QUERY;
import static dev.javakit.processor.parse.KitAnnotations.REDACTED;

import com.palantir.javapoet.TypeName;
import dev.javakit.processor.Message;
import dev.javakit.processor.Reporter;
import dev.javakit.processor.model.Binding;
import dev.javakit.processor.model.Cardinality;
import dev.javakit.processor.model.HttpVerb;
import dev.javakit.processor.model.Names;
import dev.javakit.processor.model.ParameterModel;
import dev.javakit.processor.model.ScalarType;
import dev.javakit.processor.writer.RuntimeTypes;
import dev.javakit.wire.PathTemplate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Decides where each parameter of a service method is read from, reporting every parameter that
 * cannot be bound.
 *
 * <p>Explicit annotations win, and a parameter named like a path placeholder is a path parameter. On
 * POST, PUT and PATCH the others are the fields of a JSON object body, unless there is one of them
 * and it is neither simple-typed nor an {@code Optional} (a record, an array, a collection, a map):
 * that one is the body itself. With an explicit {@code @Body}, and on GET and DELETE, a
 * simple-typed one (string, primitive, enum, UUID..., or an {@code Optional} or {@code List} of
 * one) is a query parameter. A {@code Context} parameter is the request's context.
 */
public final class ParameterBindings {

    private static final String CONTEXT = RuntimeTypes.CONTEXT.canonicalName();

    private ParameterBindings() {
    }

    /**
     * Returns the parameters of {@code method} with their bindings; problems are reported and the
     * affected parameters left out.
     */
    public static List<ParameterModel> resolve(ServiceMethod method, HttpVerb verb, AnnotationMirror verbAnnotation,
            PathTemplate path, Reporter reporter) {
        ExecutableElement element = method.element();
        int count = element.getParameters().size();
        ParameterModel[] bound = new ParameterModel[count];
        // Bound by convention once every explicit binding is known, because whether they are body fields
        // depends on how many there are and on an explicit @Body.
        List<Integer> conventional = new ArrayList<>();
        // A placeholder whose parameter was already reported is not reported again as unbound.
        List<String> reportedPlaceholders = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            VariableElement parameter = element.getParameters().get(i);
            TypeMirror type = method.type().getParameterTypes().get(i);
            Map<String, AnnotationMirror> explicit = explicitBindings(parameter);
            if (isConventional(parameter, type, path, explicit)) {
                conventional.add(i);
                continue;
            }
            bound[i] = bind(parameter, type, verb, path, explicit, reporter);
            if (bound[i] == null) {
                reportedPlaceholders.add(claimedPlaceholder(parameter, explicit.get(PATH)));
            }
        }
        boolean explicitBody = Arrays.stream(bound).anyMatch(p -> p != null && p.binding() == Binding.BODY);
        for (int i : conventional) {
            VariableElement parameter = element.getParameters().get(i);
            TypeMirror type = method.type().getParameterTypes().get(i);
            bound[i] = bindByConvention(parameter, type, verb, conventional.size(), explicitBody, reporter);
        }
        List<ParameterModel> parameters = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (bound[i] != null) {
                VariableElement parameter = element.getParameters().get(i);
                boolean redacted = Annotations.find(parameter, REDACTED) != null;
                parameters.add(declared(redacted ? redacted(bound[i]) : bound[i], parameter,
                        method.type().getParameterTypes().get(i)));
            }
        }
        checkPlaceholders(element, verbAnnotation, path, parameters, reportedPlaceholders, reporter);
        List<String> bodies = parameters.stream()
                .filter(p -> p.binding() == Binding.BODY).map(ParameterModel::name).toList();
        if (bodies.size() > 1) {
            reporter.report(Message.MULTIPLE_BODIES, element, element.getSimpleName(), String.join(", ", bodies));
        }
        if (parameters.stream().filter(p -> p.binding() == Binding.CONTEXT).count() > 1) {
            reporter.report(Message.MULTIPLE_CONTEXTS, element, element.getSimpleName());
        }
        return List.copyOf(parameters);
    }

    /** Reports every HTTP binding annotation on the parameters of a {@code @NoHttp} method. */
    public static void checkNoHttp(ServiceMethod method, Reporter reporter) {
        for (VariableElement parameter : method.element().getParameters()) {
            for (String annotation : List.of(PATH, QUERY, HEADER, BODY)) {
                AnnotationMirror mirror = Annotations.find(parameter, annotation);
                if (mirror != null) {
                    reporter.report(Message.HTTP_BINDING_WITHOUT_HTTP, parameter, mirror, parameter.getSimpleName(),
                            method.name(), "@" + KitAnnotations.simpleName(annotation));
                }
            }
        }
    }

    /** Returns the binding annotations on {@code parameter} by name: {@code @Path}, {@code @Query}, {@code @Header}, {@code @Body}. */
    private static Map<String, AnnotationMirror> explicitBindings(VariableElement parameter) {
        Map<String, AnnotationMirror> explicit = new LinkedHashMap<>();
        for (String annotation : List.of(PATH, QUERY, HEADER, BODY)) {
            AnnotationMirror mirror = Annotations.find(parameter, annotation);
            if (mirror != null) {
                explicit.put(annotation, mirror);
            }
        }
        return explicit;
    }

    /** Returns whether no annotation, name or type decides alone where {@code parameter} is read from. */
    private static boolean isConventional(VariableElement parameter, TypeMirror type, PathTemplate path,
            Map<String, AnnotationMirror> explicit) {
        String name = parameter.getSimpleName().toString();
        return !isContext(type)
                && !Names.isRecordReserved(name)
                && !path.placeholders().contains(name)
                && explicit.isEmpty();
    }

    private static ParameterModel bindByConvention(VariableElement parameter, TypeMirror type, HttpVerb verb,
            int conventionalCount, boolean explicitBody, Reporter reporter) {
        String name = parameter.getSimpleName().toString();
        if (verb.hasBody() && !explicitBody) {
            if (conventionalCount == 1 && isDocument(type)) {
                return new ParameterModel(name, TypeName.get(type), Binding.BODY, null, Cardinality.REQUIRED, null,
                        false);
            }
            Shape shape = queryShape(parameter, type);
            Cardinality cardinality = shape != null ? shape.cardinality()
                    : isOptional(type) ? Cardinality.OPTIONAL : Cardinality.REQUIRED;
            return new ParameterModel(name, TypeName.get(type), Binding.BODY_FIELD, name, cardinality, null, false);
        }
        if (queryShape(parameter, type) != null) {
            return multiValued(parameter, type, Binding.QUERY, "@Query", name, name, null, reporter);
        }
        if (verb.hasBody()) {
            return new ParameterModel(name, TypeName.get(type), Binding.BODY, null, Cardinality.REQUIRED, null, false);
        }
        reporter.report(Message.UNBINDABLE_PARAMETER, parameter, name, type, verb);
        return null;
    }

    /** Returns whether a lone parameter of this type is a JSON document of its own: not simple, not optional. */
    private static boolean isDocument(TypeMirror type) {
        return ScalarTypes.of(type) == null && !isOptional(type);
    }

    private static boolean isOptional(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED
                && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals("java.util.Optional");
    }

    private static ParameterModel bind(VariableElement parameter, TypeMirror type, HttpVerb verb, PathTemplate path,
            Map<String, AnnotationMirror> explicit, Reporter reporter) {
        String name = parameter.getSimpleName().toString();
        TypeName typeName = TypeName.get(type);
        if (isContext(type)) {
            return new ParameterModel(name, typeName, Binding.CONTEXT, null, Cardinality.REQUIRED, null, false);
        }
        if (Names.isRecordReserved(name)) {
            reporter.report(Message.RESERVED_PARAMETER_NAME, parameter, name);
            return null;
        }
        if (explicit.size() > 1) {
            reporter.report(Message.CONFLICTING_BINDINGS, parameter, name);
            return null;
        }
        if (explicit.containsKey(PATH)) {
            String wireName = nameOr((String) Annotations.value(explicit.get(PATH), "value"), name);
            if (!path.placeholders().contains(wireName)) {
                reporter.report(Message.UNKNOWN_PLACEHOLDER, parameter, explicit.get(PATH), name, wireName, path.text());
                return null;
            }
            return pathParameter(parameter, type, name, wireName, explicit.get(PATH), reporter);
        }
        if (explicit.containsKey(QUERY)) {
            String wireName = nameOr((String) Annotations.value(explicit.get(QUERY), "value"), name);
            return multiValued(parameter, type, Binding.QUERY, "@Query", name, wireName, explicit.get(QUERY), reporter);
        }
        if (explicit.containsKey(HEADER)) {
            String wireName = (String) Annotations.value(explicit.get(HEADER), "value");
            if (wireName == null || wireName.isBlank()) {
                reporter.report(Message.EMPTY_HEADER_NAME, parameter, explicit.get(HEADER), name);
                return null;
            }
            return multiValued(parameter, type, Binding.HEADER, "@Header", name, wireName, explicit.get(HEADER),
                    reporter);
        }
        if (explicit.containsKey(BODY)) {
            if (!verb.hasBody()) {
                reporter.report(Message.BODY_NOT_ALLOWED, parameter, explicit.get(BODY), verb, name);
                return null;
            }
            return new ParameterModel(name, typeName, Binding.BODY, null, Cardinality.REQUIRED, null, false);
        }
        return pathParameter(parameter, type, name, name, null, reporter);
    }

    private static ParameterModel pathParameter(VariableElement parameter, TypeMirror type, String name,
            String wireName, AnnotationMirror annotation, Reporter reporter) {
        ScalarType scalar = ScalarTypes.of(type);
        if (scalar == null) {
            reporter.report(Message.UNSUPPORTED_PARAMETER_TYPE, parameter, annotation, "path", name, type, "");
            return null;
        }
        return new ParameterModel(name, TypeName.get(type), Binding.PATH, wireName, Cardinality.REQUIRED, scalar, false);
    }

    private static ParameterModel multiValued(VariableElement parameter, TypeMirror type, Binding binding,
            String what, String name, String wireName, AnnotationMirror annotation, Reporter reporter) {
        Shape shape = queryShape(parameter, type);
        if (shape == null) {
            reporter.report(Message.UNSUPPORTED_PARAMETER_TYPE, parameter, annotation,
                    binding == Binding.QUERY ? "query" : "header", name, type, ", or an Optional or List of one");
            return null;
        }
        return new ParameterModel(name, TypeName.get(type), binding, wireName, shape.cardinality(), shape.scalar(), false);
    }

    /** A query or header parameter's conversion and cardinality. */
    private record Shape(ScalarType scalar, Cardinality cardinality) {
    }

    private static Shape queryShape(VariableElement parameter, TypeMirror type) {
        ScalarType scalar = ScalarTypes.of(type);
        if (scalar != null) {
            boolean nullable = !type.getKind().isPrimitive() && Annotations.isNullable(parameter, type);
            return new Shape(scalar, nullable ? Cardinality.NULLABLE : Cardinality.REQUIRED);
        }
        if (type.getKind() != TypeKind.DECLARED) {
            return null;
        }
        DeclaredType declared = (DeclaredType) type;
        if (declared.getTypeArguments().size() != 1) {
            return null;
        }
        ScalarType element = ScalarTypes.of(declared.getTypeArguments().get(0));
        if (element == null) {
            return null;
        }
        String container = ((TypeElement) declared.asElement()).getQualifiedName().toString();
        return switch (container) {
            case "java.util.Optional" -> new Shape(element, Cardinality.OPTIONAL);
            case "java.util.List" -> new Shape(element, Cardinality.LIST);
            default -> null;
        };
    }

    private static void checkPlaceholders(ExecutableElement method, AnnotationMirror verbAnnotation, PathTemplate path,
            List<ParameterModel> parameters, List<String> reportedPlaceholders, Reporter reporter) {
        for (String placeholder : path.placeholders()) {
            if (reportedPlaceholders.contains(placeholder)) {
                continue;
            }
            List<String> bound = parameters.stream()
                    .filter(p -> p.binding() == Binding.PATH && p.wireName().equals(placeholder))
                    .map(ParameterModel::name)
                    .toList();
            if (bound.isEmpty()) {
                reporter.report(Message.UNBOUND_PLACEHOLDER, method, verbAnnotation, placeholder, path.text());
            } else if (bound.size() > 1) {
                reporter.report(Message.DUPLICATE_PLACEHOLDER_BINDING, method, verbAnnotation, placeholder,
                        String.join(", ", bound));
            }
        }
    }

    /**
     * Returns {@code model} with the {@code Nullable} annotations generated signatures and records
     * repeat; a body or body field so annotated may be absent, over JSON-RPC too.
     */
    private static ParameterModel declared(ParameterModel model, VariableElement parameter, TypeMirror type) {
        boolean nullableBody = (model.binding() == Binding.BODY || model.binding() == Binding.BODY_FIELD)
                && model.cardinality() == Cardinality.REQUIRED
                && !type.getKind().isPrimitive()
                && Annotations.isNullable(parameter, type);
        return new ParameterModel(model.name(), model.type(), model.binding(), model.wireName(),
                nullableBody ? Cardinality.NULLABLE : model.cardinality(), model.scalar(), model.redacted(),
                NullableTypes.of(type), NullableTypes.declarationAnnotations(parameter));
    }

    private static ParameterModel redacted(ParameterModel model) {
        return new ParameterModel(model.name(), model.type(), model.binding(), model.wireName(), model.cardinality(),
                model.scalar(), true);
    }

    private static String claimedPlaceholder(VariableElement parameter, AnnotationMirror path) {
        String name = parameter.getSimpleName().toString();
        return path == null ? name : nameOr((String) Annotations.value(path, "value"), name);
    }

    private static boolean isContext(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED
                && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(CONTEXT);
    }

    private static String nameOr(String value, String fallback) {
        return value == null || value.isEmpty() ? fallback : value;
    }
}
