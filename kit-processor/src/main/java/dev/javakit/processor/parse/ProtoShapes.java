package dev.javakit.processor.parse;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.javakit.processor.model.proto.ProtoScalar;
import dev.javakit.processor.model.proto.ProtoValue;
import dev.javakit.processor.model.proto.ProtoValue.JavaCollection;
import dev.javakit.processor.model.proto.ProtoValue.JavaOptional;
import dev.javakit.processor.model.proto.ProtoValue.WellKnownType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The proto3 type of every Java type a service's methods reach, the way the generated protobuf
 * codecs read and write it, found in one walk of the types the JSON walk already accepted: records
 * and enums become messages and enums (by key, named later), collections nested in collections
 * become wrapper messages, and what protobuf cannot carry becomes a reason.
 */
final class ProtoShapes {

    /** Why a type has no protobuf encoding, with what to use instead. */
    static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        Unsupported(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * One member of a message before it is numbered: a record component or a method's parameter.
     *
     * @param javaName the record component it is
     * @param what how diagnostics name it, such as {@code parameter tags of list}
     * @param javaTypeText its Java type, as diagnostics show it
     * @param wireName its JSON name, which its proto name follows
     * @param element where its problems are reported
     * @param value its type, {@code null} when protobuf cannot carry it
     * @param unsupported why not; {@code null} when it can
     * @param pinned the number its {@code @ProtoField} pins, {@code null} when none
     * @param pin the {@code @ProtoField} annotation, {@code null} when none
     */
    record Member(String javaName, String what, String javaTypeText, String wireName, Element element, ProtoValue value, String unsupported,
            Integer pinned, AnnotationMirror pin) {
    }

    /**
     * A named type the methods reach: a record or a class (whose members only the .proto prints),
     * or an enum.
     *
     * @param key the JSON definition's name, which names it in the .proto
     * @param element the Java type
     * @param javaType its type name, with its type arguments
     * @param members a record's or class's members, in declaration order
     * @param constants an enum's constants; {@code null} for a record or class
     * @param notRecord why the codecs cannot build it (a class); {@code null} for a record or enum
     */
    record Named(String key, TypeElement element, TypeName javaType, List<Member> members, List<String> constants,
            String notRecord) {
    }

    /**
     * A wrapper message for a collection or map inside another.
     *
     * @param key what distinguishes it: the wrapped Java type
     * @param value the wrapped collection or map, its one field
     */
    record Wrapper(String key, ProtoValue value) {
    }

    private static final Map<String, JavaCollection> COLLECTIONS = Map.of(
            "java.util.List", JavaCollection.LIST, "java.util.Collection", JavaCollection.LIST,
            "java.util.Set", JavaCollection.SET, "java.util.SortedSet", JavaCollection.SORTED_SET,
            "java.util.NavigableSet", JavaCollection.SORTED_SET);
    private static final Map<String, Boolean> MAPS = Map.of("java.util.Map", false, "java.util.SortedMap", true,
            "java.util.NavigableMap", true);
    private static final Map<String, JavaOptional> OPTIONALS = Map.of("java.util.Optional", JavaOptional.OPTIONAL,
            "java.util.OptionalInt", JavaOptional.OPTIONAL_INT, "java.util.OptionalLong", JavaOptional.OPTIONAL_LONG,
            "java.util.OptionalDouble", JavaOptional.OPTIONAL_DOUBLE);
    private static final Set<String> TIME_TEXT = Set.of("java.time.OffsetDateTime", "java.time.ZonedDateTime",
            "java.time.LocalDate", "java.time.LocalDateTime", "java.time.LocalTime", "java.time.OffsetTime",
            "java.time.Period", "java.time.YearMonth", "java.time.MonthDay");

    private final Elements elements;
    private final Types types;
    private final JsonShapes json;
    private final Map<String, Named> named = new LinkedHashMap<>();
    private final Map<String, Wrapper> wrappers = new LinkedHashMap<>();
    private final Map<String, TypeElement> enums = new HashMap<>();

    /** Starts the proto shapes of one service, naming its types as {@code json} named them. */
    ProtoShapes(Elements elements, Types types, JsonShapes json) {
        this.elements = elements;
        this.types = types;
        this.json = json;
    }

    /** Returns the records, classes and enums reached so far, in the order they were first reached. */
    List<Named> named() {
        return List.copyOf(named.values());
    }

    /** Returns the wrapper messages needed so far, in the order they were first needed. */
    List<Wrapper> wrappers() {
        return List.copyOf(wrappers.values());
    }

    /** Returns the member a method's parameter or result makes, reported on {@code element}. */
    Member member(String javaName, String what, String wireName, Element element, TypeMirror type,
            boolean nullable) {
        AnnotationMirror pin = Annotations.find(element, KitAnnotations.PROTO_FIELD);
        Integer pinned = pin == null ? null : (Integer) Annotations.value(pin, "value");
        try {
            return new Member(javaName, what, type.toString(), wireName, element, field(type, nullable), null, pinned, pin);
        } catch (Unsupported e) {
            return new Member(javaName, what, type.toString(), wireName, element, null, e.getMessage(), pinned, pin);
        }
    }

    /** Returns the value of a whole field: optional, repeated, a map or a single value. */
    private ProtoValue field(TypeMirror type, boolean nullable) throws Unsupported {
        type = bound(type);
        if (type.getKind() == TypeKind.DECLARED) {
            String name = qualifiedName(type);
            JavaOptional optional = OPTIONALS.get(name);
            if (optional != null) {
                ProtoValue value = switch (optional) {
                    case OPTIONAL_INT -> new ProtoValue.Scalar(ProtoScalar.INT, TypeName.INT);
                    case OPTIONAL_LONG -> new ProtoValue.Scalar(ProtoScalar.LONG, TypeName.LONG);
                    case OPTIONAL_DOUBLE -> new ProtoValue.Scalar(ProtoScalar.DOUBLE, TypeName.DOUBLE);
                    default -> single(((DeclaredType) type).getTypeArguments().get(0), "an Optional of");
                };
                return new ProtoValue.Optional(value, typeName(type), optional);
            }
            if (COLLECTIONS.containsKey(name) || MAPS.containsKey(name)) {
                return container((DeclaredType) type);
            }
        }
        if (type.getKind() == TypeKind.ARRAY) {
            TypeMirror component = ((ArrayType) type).getComponentType();
            if (component.getKind() != TypeKind.BYTE && component.getKind() != TypeKind.CHAR) {
                if (component.getKind() == TypeKind.DECLARED && !((DeclaredType) component).getTypeArguments().isEmpty()) {
                    throw new Unsupported("Java cannot create an array of a generic type; use a List");
                }
                return new ProtoValue.Repeated(single(component, null), typeName(type), JavaCollection.ARRAY);
            }
        }
        ProtoValue value = single(type, null);
        return nullable && !type.getKind().isPrimitive()
                ? new ProtoValue.Optional(value, value.javaType(), JavaOptional.NULLABLE) : value;
    }

    /** Returns a single value: a scalar, enum, message or well-known type, or a collection as a wrapper. */
    private ProtoValue single(TypeMirror type, String inside) throws Unsupported {
        type = bound(type);
        switch (type.getKind()) {
            case BOOLEAN: return new ProtoValue.Scalar(ProtoScalar.BOOLEAN, TypeName.BOOLEAN);
            case INT: return new ProtoValue.Scalar(ProtoScalar.INT, TypeName.INT);
            case LONG: return new ProtoValue.Scalar(ProtoScalar.LONG, TypeName.LONG);
            case SHORT: return new ProtoValue.Scalar(ProtoScalar.SHORT, TypeName.SHORT);
            case BYTE: return new ProtoValue.Scalar(ProtoScalar.BYTE, TypeName.BYTE);
            case FLOAT: return new ProtoValue.Scalar(ProtoScalar.FLOAT, TypeName.FLOAT);
            case DOUBLE: return new ProtoValue.Scalar(ProtoScalar.DOUBLE, TypeName.DOUBLE);
            case CHAR: return new ProtoValue.Scalar(ProtoScalar.CHAR, TypeName.CHAR);
            case ARRAY: {
                TypeKind component = ((ArrayType) type).getComponentType().getKind();
                if (component == TypeKind.BYTE) {
                    return new ProtoValue.Scalar(ProtoScalar.BYTES, ArrayTypeName.of(TypeName.BYTE));
                }
                if (component == TypeKind.CHAR) {
                    return new ProtoValue.Scalar(ProtoScalar.CHARS, ArrayTypeName.of(TypeName.CHAR));
                }
                throw new Unsupported("an array inside a collection, map or array has no protobuf encoding; use a List");
            }
            case DECLARED:
                return declared((DeclaredType) type, inside);
            default:
                throw new Unsupported("it has no protobuf type");
        }
    }

    private ProtoValue declared(DeclaredType type, String inside) throws Unsupported {
        TypeElement element = (TypeElement) type.asElement();
        String name = element.getQualifiedName().toString();
        TypeName javaType = typeName(type);
        ProtoScalar scalar = scalar(name);
        if (scalar != null) {
            return new ProtoValue.Scalar(scalar, javaType);
        }
        if (name.equals("java.time.Instant")) {
            return new ProtoValue.WellKnown(WellKnownType.TIMESTAMP, javaType);
        }
        if (name.equals("java.time.Duration")) {
            return new ProtoValue.WellKnown(WellKnownType.DURATION, javaType);
        }
        if (OPTIONALS.containsKey(name)) {
            throw new Unsupported(inside == null
                    ? "an Optional inside a collection or map has no encoding: a repeated field or a map holds no "
                            + "empty element; leave empty ones out"
                    : inside + " a collection has no encoding: a repeated field or map has no presence; use the "
                            + "collection itself, empty when absent");
        }
        if (COLLECTIONS.containsKey(name) || MAPS.containsKey(name)) {
            ProtoValue wrapped = container(type);
            String key = javaType.toString();
            wrappers.putIfAbsent(key, new Wrapper(key, wrapped));
            return new ProtoValue.MessageRef(key, javaType);
        }
        if (name.equals("java.util.Map.Entry")) {
            throw new Unsupported("a Map.Entry has no protobuf type; use a Map or a record of the key and value");
        }
        if (name.startsWith("java.")) {
            throw new Unsupported("the protobuf codecs read collections as List, Collection, Set, SortedSet, Map "
                    + "and SortedMap only; declare one of those");
        }
        String key = json.definitionName(type);
        if (element.getKind() == ElementKind.ENUM) {
            if (!named.containsKey(key)) {
                List<String> constants = element.getEnclosedElements().stream()
                        .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
                        .map(e -> e.getSimpleName().toString())
                        .toList();
                named.put(key, new Named(key, element, javaType, List.of(), constants, null));
                enums.put(key, element);
            }
            return new ProtoValue.EnumRef(key, javaType);
        }
        if (!named.containsKey(key)) {
            // Registered before its members, so that a type that contains itself refers to itself.
            named.put(key, null);
            named.put(key, element.getKind() == ElementKind.RECORD
                    ? new Named(key, element, javaType, recordMembers(type, element), null, null)
                    : new Named(key, element, javaType, classMembers(type, element), null,
                            "the protobuf codecs build records only; make " + element.getSimpleName() + " a record"));
        }
        return new ProtoValue.MessageRef(key, javaType);
    }

    private ProtoValue container(DeclaredType type) throws Unsupported {
        String name = qualifiedName(type);
        List<? extends TypeMirror> arguments = type.getTypeArguments();
        JavaCollection collection = COLLECTIONS.get(name);
        if (collection != null) {
            return new ProtoValue.Repeated(single(arguments.get(0), null), typeName(type), collection);
        }
        ProtoValue.Scalar key = mapKey(bound(arguments.get(0)));
        return new ProtoValue.MapOf(key, single(arguments.get(1), null), typeName(type), MAPS.get(name));
    }

    /** Returns a map's key: an integer as itself, any other key as text, as JSON names it. */
    private ProtoValue.Scalar mapKey(TypeMirror key) throws Unsupported {
        TypeName javaType = typeName(key);
        String name = key.getKind() == TypeKind.DECLARED ? qualifiedName(key) : "";
        if (key.getKind() == TypeKind.DECLARED && ((DeclaredType) key).asElement().getKind() == ElementKind.ENUM) {
            return new ProtoValue.Scalar(ProtoScalar.ENUM_NAME, javaType);
        }
        ProtoScalar scalar = switch (name) {
            case "java.lang.String" -> ProtoScalar.STRING;
            case "java.lang.Integer" -> ProtoScalar.INT;
            case "java.lang.Long" -> ProtoScalar.LONG;
            case "java.lang.Short" -> ProtoScalar.SHORT;
            case "java.lang.Byte" -> ProtoScalar.BYTE;
            case "java.util.UUID" -> ProtoScalar.UUID;
            case "java.math.BigInteger" -> ProtoScalar.BIG_INTEGER;
            default -> throw new Unsupported("a protobuf map's key is an integer or a string");
        };
        return new ProtoValue.Scalar(scalar, javaType);
    }

    private List<Member> recordMembers(DeclaredType type, TypeElement element) {
        List<Member> members = new ArrayList<>();
        for (RecordComponentElement component : element.getRecordComponents()) {
            ExecutableElement accessor = component.getAccessor();
            TypeMirror componentType = ((ExecutableType) types.asMemberOf(type, accessor)).getReturnType();
            String name = component.getSimpleName().toString();
            boolean nullable = !componentType.getKind().isPrimitive()
                    && (Annotations.isNullable(component, component.asType())
                            || Annotations.isNullable(accessor, accessor.getReturnType()));
            // Reported on the component's field: javac places it on the component, and no record component itself.
            Element at = component;
            for (Element field : element.getEnclosedElements()) {
                if (field.getKind() == ElementKind.FIELD && field.getSimpleName().contentEquals(name)) {
                    at = field;
                }
            }
            members.add(member(name, "component " + name + " of " + element.getSimpleName(),
                    JsonShapes.wireName(component, JsonShapes.wireName(accessor, name)), at, componentType, nullable));
        }
        return List.copyOf(members);
    }

    private List<Member> classMembers(DeclaredType type, TypeElement element) {
        List<Member> members = new ArrayList<>();
        for (ClassMembers.Property property : ClassMembers.of(type, element, elements, types).properties()) {
            members.add(member(property.name(), "property " + property.name() + " of " + element.getSimpleName(),
                    property.name(), element, property.type(), property.nullable()));
        }
        return List.copyOf(members);
    }

    private static ProtoScalar scalar(String name) {
        if (TIME_TEXT.contains(name)) {
            return ProtoScalar.TIME_TEXT;
        }
        return switch (name) {
            case "java.lang.String" -> ProtoScalar.STRING;
            case "java.lang.Boolean" -> ProtoScalar.BOOLEAN;
            case "java.lang.Integer" -> ProtoScalar.INT;
            case "java.lang.Long" -> ProtoScalar.LONG;
            case "java.lang.Short" -> ProtoScalar.SHORT;
            case "java.lang.Byte" -> ProtoScalar.BYTE;
            case "java.lang.Float" -> ProtoScalar.FLOAT;
            case "java.lang.Double" -> ProtoScalar.DOUBLE;
            case "java.lang.Character" -> ProtoScalar.CHAR;
            case "java.math.BigDecimal" -> ProtoScalar.BIG_DECIMAL;
            case "java.math.BigInteger" -> ProtoScalar.BIG_INTEGER;
            case "java.util.UUID" -> ProtoScalar.UUID;
            case "java.net.URI" -> ProtoScalar.URI;
            case "java.time.Year" -> ProtoScalar.YEAR;
            case "java.time.ZoneId", "java.time.ZoneOffset" -> ProtoScalar.ZONE;
            default -> null;
        };
    }

    /** Returns a wildcard's upper bound, else the type. */
    private static TypeMirror bound(TypeMirror type) {
        if (type.getKind() == TypeKind.WILDCARD && ((WildcardType) type).getExtendsBound() != null) {
            return ((WildcardType) type).getExtendsBound();
        }
        return type;
    }

    /** Returns the type's name without type-use annotations or wildcards, as the codecs declare locals of it. */
    static TypeName typeName(TypeMirror type) {
        type = bound(type);
        switch (type.getKind()) {
            case DECLARED: {
                DeclaredType declared = (DeclaredType) type;
                ClassName raw = ClassName.get((TypeElement) declared.asElement());
                if (declared.getTypeArguments().isEmpty()) {
                    return raw;
                }
                return ParameterizedTypeName.get(raw,
                        declared.getTypeArguments().stream().map(ProtoShapes::typeName).toArray(TypeName[]::new));
            }
            case ARRAY:
                return ArrayTypeName.of(typeName(((ArrayType) type).getComponentType()));
            default:
                return TypeName.get(type).withoutAnnotations();
        }
    }

    private static String qualifiedName(TypeMirror type) {
        return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
    }
}
