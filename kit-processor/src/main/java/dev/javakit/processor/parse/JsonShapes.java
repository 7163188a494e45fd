package dev.javakit.processor.parse;

import dev.javakit.processor.model.json.ArrayShape;
import dev.javakit.processor.model.json.JsonDefinition;
import dev.javakit.processor.model.json.JsonProperty;
import dev.javakit.processor.model.json.JsonShape;
import dev.javakit.processor.model.json.MapShape;
import dev.javakit.processor.model.json.MethodShapes;
import dev.javakit.processor.model.json.NamedShape;
import dev.javakit.processor.model.json.OptionalShape;
import dev.javakit.processor.model.json.ScalarShape;
import dev.javakit.processor.model.json.ServiceShapes;
import dev.javakit.processor.writer.RuntimeTypes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Computes the JSON shape of every type a service method reaches (parameters, results, fields of
 * records and classes, type arguments) the way the runtime's {@code JsonCodec} reads and writes
 * it, and finds the types the codec cannot handle.
 *
 * <p>The parser asks, once per method, for the {@linkplain #method shapes} of a method and the
 * problems found under it, and hands the {@linkplain #shapes() shapes of the service} to the model,
 * which the API description writers print. Both come from one walk, so what compiles is what is
 * described.
 */
final class JsonShapes {

    private static final String CONTEXT = RuntimeTypes.CONTEXT.canonicalName();
    private static final String JSON_PROPERTY = "com.fasterxml.jackson.annotation.JsonProperty";
    private static final String JSON_IGNORE = "com.fasterxml.jackson.annotation.JsonIgnore";

    /** The codec's own rule: these may be absent, and read as empty (see the runtime's {@code RequiredFields}). */
    private static final Set<String> ABSENT_IS_EMPTY = Set.of("java.util.Optional", "java.util.OptionalInt",
            "java.util.OptionalLong", "java.util.OptionalDouble", "java.util.List", "java.util.Set",
            "java.util.Collection", "java.util.Map");

    private static final Set<String> COLLECTION_INTERFACES = Set.of("java.util.Collection", "java.util.List",
            "java.util.Set", "java.util.SortedSet", "java.util.NavigableSet", "java.util.Queue", "java.util.Deque");

    private static final Set<String> MAP_INTERFACES = Set.of("java.util.Map", "java.util.SortedMap",
            "java.util.NavigableMap");

    /** Key types the codec writes as JSON object names and reads back; enums are keys too. */
    private static final Set<String> MAP_KEYS = Set.of("java.lang.String", "java.util.UUID", "java.lang.Integer",
            "java.lang.Long", "java.lang.Short", "java.lang.Byte", "java.math.BigInteger");

    private static final String OBJECT_FIX = "name a concrete type instead: a record, an enum, a String, a number, "
            + "or a List or Map of them";

    private final Elements elements;
    private final Types types;
    private final Map<String, Definition> definitions = new LinkedHashMap<>();
    private final Set<String> names = new LinkedHashSet<>();
    private final Map<String, MethodShapes> methods = new LinkedHashMap<>();

    /** Starts the shapes of one service. */
    JsonShapes(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    /**
     * Computes the shapes of {@code method}, whose result is named {@code resultName}, and returns the
     * types under its parameters and result that the codec cannot read or write.
     */
    List<ShapeProblem> method(ServiceMethod method, String resultName) {
        List<ShapeProblem> problems = new ArrayList<>();
        methods.put(method.name(), method(method, resultName, problems));
        return List.copyOf(problems);
    }

    /** Returns the shapes of the methods computed so far, and the named types they reach sorted by name. */
    ServiceShapes shapes() {
        List<JsonDefinition> sorted = definitions.values().stream()
                .map(Definition::toDefinition)
                .sorted(Comparator.comparing(JsonDefinition::name))
                .toList();
        return new ServiceShapes(Map.copyOf(methods), sorted);
    }

    /** Returns the name of the definition of a record, class or enum the methods reach, as other descriptions name it. */
    String definitionName(DeclaredType type) {
        Definition definition = definitions.get(key(type));
        if (definition == null) {
            throw new IllegalArgumentException("no definition for " + type);
        }
        return definition.name;
    }

    /**
     * Returns the key of a named type: its name with its type arguments and without type-use annotations,
     * so that a {@code @Nullable Item} component refers to the one {@code Item}.
     */
    private static String key(DeclaredType type) {
        return ProtoShapes.typeName(type).toString();
    }

    private MethodShapes method(ServiceMethod method, String resultName, List<ShapeProblem> problems) {
        Map<String, JsonProperty> parameters = new LinkedHashMap<>();
        ExecutableElement element = method.element();
        for (int i = 0; i < element.getParameters().size(); i++) {
            VariableElement parameter = element.getParameters().get(i);
            TypeMirror type = method.type().getParameterTypes().get(i);
            if (isNamed(type, CONTEXT)) {
                continue;
            }
            String name = parameter.getSimpleName().toString();
            String root = "parameter " + name + " of " + method.name();
            boolean nullable = !type.getKind().isPrimitive() && Annotations.isNullable(parameter, type);
            JsonShape shape = shape(type, parameter, "parameter " + name + " of " + method.name(), problems);
            parameters.put(name, new JsonProperty(name, shape, isRequired(type, nullable), nullable));
        }
        TypeMirror returnType = method.type().getReturnType();
        JsonProperty result = null;
        if (returnType.getKind() != TypeKind.VOID) {
            boolean nullable = !returnType.getKind().isPrimitive() && Annotations.isNullable(element, returnType);
            JsonShape shape = shape(returnType, element, "the result of " + method.name(), problems);
            // The codec writes every component of the response record, null and empty ones included.
            result = new JsonProperty(resultName, shape, true, nullable);
        }
        return new MethodShapes(parameters, result);
    }

    private JsonShape shape(TypeMirror type, Element element, String root, List<ShapeProblem> problems) {
        List<Found> found = new ArrayList<>();
        JsonShape shape = shape(type, "", found);
        for (Found problem : new LinkedHashSet<>(found)) {
            problems.add(new ShapeProblem(element, root, type.toString(), problem.where(), problem.type(),
                    problem.mapKey(), problem.fix()));
        }
        return shape;
    }

    private static boolean isRequired(TypeMirror type, boolean nullable) {
        if (nullable) {
            return false;
        }
        return type.getKind() != TypeKind.DECLARED
                || !ABSENT_IS_EMPTY.contains(qualifiedName((DeclaredType) type));
    }

    /** A problem under a root: where, from the nearest named type; the bad type; and the fix. */
    private record Found(String where, String type, boolean mapKey, String fix) {
    }

    private JsonShape shape(TypeMirror type, String where, List<Found> found) {
        switch (type.getKind()) {
            case BOOLEAN:
                return ScalarShape.of("boolean", null);
            case INT:
                return ScalarShape.of("integer", "int32");
            case LONG:
                return ScalarShape.of("integer", "int64");
            case SHORT:
                return new ScalarShape("integer", null, (long) Short.MIN_VALUE, (long) Short.MAX_VALUE, null, null);
            case BYTE:
                return new ScalarShape("integer", null, (long) Byte.MIN_VALUE, (long) Byte.MAX_VALUE, null, null);
            case DOUBLE:
                return ScalarShape.of("number", "double");
            case FLOAT:
                return ScalarShape.of("number", "float");
            case CHAR:
                return new ScalarShape("string", null, null, null, 1, null);
            case ARRAY: {
                TypeMirror component = ((ArrayType) type).getComponentType();
                if (component.getKind() == TypeKind.BYTE) {
                    // The codec writes a byte[] as one base64 string, and a char[] as one string.
                    return new ScalarShape("string", null, null, null, null, "base64");
                }
                if (component.getKind() == TypeKind.CHAR) {
                    return ScalarShape.of("string", null);
                }
                return new ArrayShape(shape(component, where + "[]", found), false);
            }
            case WILDCARD: {
                TypeMirror bound = ((WildcardType) type).getExtendsBound();
                if (bound != null) {
                    return shape(bound, where, found);
                }
                found.add(new Found(where, type.toString(), false, OBJECT_FIX));
                return null;
            }
            case DECLARED:
                return declared((DeclaredType) type, where, found);
            default:
                found.add(new Found(where, type.toString(), false, OBJECT_FIX));
                return null;
        }
    }

    private JsonShape declared(DeclaredType type, String where, List<Found> found) {
        TypeElement element = (TypeElement) type.asElement();
        String name = element.getQualifiedName().toString();
        ScalarShape scalar = JsonScalars.of(name);
        if (scalar != null) {
            return scalar;
        }
        if (!element.getTypeParameters().isEmpty() && type.getTypeArguments().isEmpty()) {
            found.add(new Found(where, type.toString(), false, "it is a raw type; give it type arguments, such as "
                    + element.getSimpleName() + "<String>"));
            return null;
        }
        switch (name) {
            case "java.util.Optional":
                return new OptionalShape(shape(type.getTypeArguments().get(0), where, found));
            case "java.util.OptionalInt":
                return new OptionalShape(ScalarShape.of("integer", "int32"));
            case "java.util.OptionalLong":
                return new OptionalShape(ScalarShape.of("integer", "int64"));
            case "java.util.OptionalDouble":
                return new OptionalShape(ScalarShape.of("number", "double"));
            default:
                break;
        }
        if (element.getKind() == ElementKind.ENUM) {
            return enumShape(type, element);
        }
        if (isSubtype(type, "java.util.Collection")) {
            return collection(type, element, where, found);
        }
        if (isSubtype(type, "java.util.Map") || name.equals("java.util.Map.Entry")) {
            return map(type, element, where, found);
        }
        if (isJdk(name)) {
            found.add(new Found(where, name, false, jdkFix(type, name)));
            return null;
        }
        if (element.getKind() == ElementKind.INTERFACE || element.getModifiers().contains(Modifier.ABSTRACT)) {
            found.add(new Found(where, name, false, "the codec cannot choose an implementation of an "
                    + (element.getKind() == ElementKind.INTERFACE ? "interface" : "abstract class")
                    + "; use a record or a concrete class"));
            return null;
        }
        return object(type, element, found);
    }

    private JsonShape collection(DeclaredType type, TypeElement element, String where, List<Found> found) {
        String name = element.getQualifiedName().toString();
        boolean known = COLLECTION_INTERFACES.contains(name) || isConcreteJavaUtil(element);
        if (!known || type.getTypeArguments().size() != 1) {
            found.add(new Found(where, type.toString(), false, "use a List, Set or Collection"));
            return null;
        }
        return new ArrayShape(shape(type.getTypeArguments().get(0), where + "[]", found),
                isSubtype(type, "java.util.Set"));
    }

    private JsonShape map(DeclaredType type, TypeElement element, String where, List<Found> found) {
        String name = element.getQualifiedName().toString();
        boolean entry = name.equals("java.util.Map.Entry");
        boolean known = entry || MAP_INTERFACES.contains(name) || isConcreteJavaUtil(element);
        if (!known || type.getTypeArguments().size() != 2) {
            found.add(new Found(where, type.toString(), false, "use a Map"));
            return null;
        }
        TypeMirror key = type.getTypeArguments().get(0);
        if (key.getKind() == TypeKind.WILDCARD && ((WildcardType) key).getExtendsBound() != null) {
            key = ((WildcardType) key).getExtendsBound();
        }
        NamedShape keys = null;
        boolean validKey = false;
        if (key.getKind() == TypeKind.DECLARED) {
            TypeElement keyElement = (TypeElement) ((DeclaredType) key).asElement();
            if (keyElement.getKind() == ElementKind.ENUM) {
                keys = enumShape((DeclaredType) key, keyElement);
                validKey = true;
            } else {
                validKey = MAP_KEYS.contains(keyElement.getQualifiedName().toString());
            }
        }
        if (!validKey) {
            found.add(new Found(where, key.toString(), true, ""));
        }
        return new MapShape(keys, shape(type.getTypeArguments().get(1), where + "{}", found), entry);
    }

    private NamedShape enumShape(DeclaredType type, TypeElement element) {
        Definition definition = definitions.get(key(type));
        if (definition == null) {
            List<String> constants = element.getEnclosedElements().stream()
                    .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
                    .map(constant -> wireName(constant, constant.getSimpleName().toString()))
                    .toList();
            definition = new Definition(uniqueName(type, element), element.getQualifiedName().toString());
            definition.constants = constants;
            definitions.put(key(type), definition);
        }
        return new NamedShape(definition.name);
    }

    /** Returns a reference to the object definition of a record or class, computing it on first sight. */
    private JsonShape object(DeclaredType type, TypeElement element, List<Found> found) {
        Definition definition = definitions.get(key(type));
        if (definition == null) {
            definition = new Definition(uniqueName(type, element), element.getQualifiedName().toString());
            // Registered before its properties, so that a type that contains itself refers to itself.
            definitions.put(key(type), definition);
            List<Found> own = new ArrayList<>();
            definition.properties = element.getKind() == ElementKind.RECORD
                    ? recordProperties(type, element, definition.name, own)
                    : classProperties(type, element, definition.name, own);
            definition.problems = own;
        }
        found.addAll(definition.problems);
        return new NamedShape(definition.name);
    }

    private List<JsonProperty> recordProperties(DeclaredType type, TypeElement element, String owner,
            List<Found> found) {
        List<JsonProperty> properties = new ArrayList<>();
        for (RecordComponentElement component : element.getRecordComponents()) {
            ExecutableElement accessor = component.getAccessor();
            if (Annotations.find(component, JSON_IGNORE) != null || Annotations.find(accessor, JSON_IGNORE) != null) {
                continue;
            }
            TypeMirror componentType = ((ExecutableType) types.asMemberOf(type, accessor)).getReturnType();
            String name = wireName(component, wireName(accessor, component.getSimpleName().toString()));
            JsonShape shape = shape(componentType, owner + "." + name, found);
            boolean nullable = !componentType.getKind().isPrimitive()
                    && (Annotations.isNullable(component, component.asType())
                            || Annotations.isNullable(accessor, accessor.getReturnType()));
            properties.add(new JsonProperty(name, shape, isRequired(componentType, nullable), nullable));
        }
        return List.copyOf(properties);
    }

    /** The properties of a class, as {@link ClassMembers} finds them, with their shapes. */
    private List<JsonProperty> classProperties(DeclaredType type, TypeElement element, String owner,
            List<Found> found) {
        ClassMembers members = ClassMembers.of(type, element, elements, types);
        if (members.problem() != null) {
            found.add(new Found(owner, element.getQualifiedName().toString(), false, members.problem()));
            return List.of();
        }
        List<JsonProperty> properties = new ArrayList<>();
        for (ClassMembers.Property property : members.properties()) {
            JsonShape shape = shape(property.type(), owner + "." + property.name(), found);
            // Only a creator's arguments are checked for presence; setters keep what the constructor gave.
            properties.add(new JsonProperty(property.name(), shape,
                    property.fromCreator() && isRequired(property.type(), property.nullable()), property.nullable()));
        }
        return List.copyOf(properties);
    }

    /** Returns the name {@code element} has in JSON: its {@code @JsonProperty}'s, or {@code fallback}. */
    static String wireName(Element element, String fallback) {
        var annotation = Annotations.find(element, JSON_PROPERTY);
        Object value = annotation == null ? null : Annotations.value(annotation, "value");
        return value instanceof String name && !name.isEmpty() ? name : fallback;
    }

    /** The name of a definition: the simple name (nested types dotted), unless another type of the service has it. */
    private String uniqueName(DeclaredType type, TypeElement element) {
        StringBuilder name = new StringBuilder(simpleNames(element));
        for (TypeMirror argument : type.getTypeArguments()) {
            name.append('_').append(argumentName(argument));
        }
        String candidate = name.toString();
        if (!names.add(candidate)) {
            candidate = type.toString().replaceAll("[^A-Za-z0-9._-]", "_");
            names.add(candidate);
        }
        return candidate;
    }

    private static String simpleNames(TypeElement element) {
        String name = element.getSimpleName().toString();
        return element.getEnclosingElement() instanceof TypeElement outer ? simpleNames(outer) + "." + name : name;
    }

    private static String argumentName(TypeMirror argument) {
        if (argument.getKind() == TypeKind.DECLARED) {
            DeclaredType declared = (DeclaredType) argument;
            StringBuilder name = new StringBuilder(declared.asElement().getSimpleName());
            for (TypeMirror inner : declared.getTypeArguments()) {
                name.append('_').append(argumentName(inner));
            }
            return name.toString();
        }
        if (argument.getKind() == TypeKind.ARRAY) {
            return argumentName(((ArrayType) argument).getComponentType()) + "Array";
        }
        return argument.toString().replaceAll("[^A-Za-z0-9]", "_");
    }

    private static String jdkFix(DeclaredType type, String name) {
        if (name.equals("java.lang.Object")) {
            return OBJECT_FIX;
        }
        if (name.startsWith("java.io.") || name.startsWith("java.nio.")) {
            return "streams, files and buffers are not JSON values; take the content as a byte[] (base64 in JSON) "
                    + "or a String";
        }
        if (name.equals("java.util.Date") || name.equals("java.util.Calendar") || name.startsWith("java.sql.")) {
            return "use a java.time type, such as Instant or LocalDate";
        }
        if (name.equals("java.lang.CharSequence")) {
            return "use String";
        }
        return "it is not a value the codec reads and writes; carry its data in a record of strings, numbers, "
                + "enums and lists";
    }

    private static boolean isJdk(String name) {
        return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
                || name.startsWith("sun.") || name.startsWith("com.sun.");
    }

    private static boolean isConcreteJavaUtil(TypeElement element) {
        String name = element.getQualifiedName().toString();
        return name.startsWith("java.util.") && name.indexOf('.', "java.util.".length()) < 0
                && element.getKind() == ElementKind.CLASS
                && element.getModifiers().contains(Modifier.PUBLIC)
                && !element.getModifiers().contains(Modifier.ABSTRACT);
    }

    private boolean isSubtype(DeclaredType type, String qualifiedName) {
        TypeElement target = elements.getTypeElement(qualifiedName);
        return target != null && types.isSubtype(types.erasure(type), types.erasure(target.asType()));
    }

    private static boolean isNamed(TypeMirror type, String qualifiedName) {
        return type.getKind() == TypeKind.DECLARED && qualifiedName((DeclaredType) type).equals(qualifiedName);
    }

    private static String qualifiedName(DeclaredType type) {
        return ((TypeElement) type.asElement()).getQualifiedName().toString();
    }

    /** A named type being computed, then computed. */
    private static final class Definition {
        final String name;
        final String javaType;
        List<JsonProperty> properties = List.of();
        List<String> constants;
        List<Found> problems = List.of();

        Definition(String name, String javaType) {
            this.name = name;
            this.javaType = javaType;
        }

        JsonDefinition toDefinition() {
            return new JsonDefinition(name, javaType, properties, constants);
        }
    }
}
