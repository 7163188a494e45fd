package dev.javakit.processor.writer.proto;

import static dev.javakit.processor.writer.RuntimeTypes.MESSAGE_CODEC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.javakit.processor.model.Names;
import dev.javakit.processor.model.proto.ProtoField;
import dev.javakit.processor.model.proto.ProtoMessage;
import dev.javakit.processor.model.proto.ProtoScalar;
import dev.javakit.processor.model.proto.ProtoValue;
import dev.javakit.processor.model.proto.ProtoValue.WellKnownType;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The small rules the codec printers share: wire types and tags, which values are written, and the
 * Java types, locals and defaults of fields.
 */
final class ProtoWireRules {

    static final ClassName LIST = ClassName.get(List.class);
    static final ClassName SET = ClassName.get(Set.class);
    static final ClassName NAVIGABLE_SET = ClassName.get(NavigableSet.class);
    static final ClassName MAP = ClassName.get(Map.class);
    static final ClassName NAVIGABLE_MAP = ClassName.get(NavigableMap.class);
    static final ClassName ARRAY_LIST = ClassName.get(ArrayList.class);
    static final ClassName LINKED_HASH_SET = ClassName.get(LinkedHashSet.class);
    static final ClassName TREE_SET = ClassName.get(TreeSet.class);
    static final ClassName LINKED_HASH_MAP = ClassName.get(LinkedHashMap.class);
    static final ClassName TREE_MAP = ClassName.get(TreeMap.class);
    static final ClassName OPTIONAL = ClassName.get(Optional.class);
    static final ClassName INSTANT = ClassName.get(Instant.class);
    static final ClassName DURATION = ClassName.get(Duration.class);
    static final ClassName YEAR = ClassName.get(Year.class);
    static final ClassName RANDOM_ACCESS = ClassName.get(RandomAccess.class);
    static final ClassName ITERATOR = ClassName.get(Iterator.class);

    /** Names of the generated methods' own variables, which a field's local must not take. */
    static final Set<String> RESERVED = Set.of("value", "size", "sizes", "out", "in", "depth", "tag", "done",
            "element", "entry", "slot", "length", "limit", "key", "text", "raw", "number", "invalid", "entryDone", "entryTag", "i", "iterator");

    static final int VARINT = 0;
    static final int FIXED64 = 1;
    static final int LENGTH_DELIMITED = 2;
    static final int FIXED32 = 5;

    private ProtoWireRules() {
    }

    static TypeName rawType(TypeName type) {
        return type instanceof ParameterizedTypeName parameterized ? parameterized.rawType() : type;
    }

    /** The condition under which a field without presence is written, present and no proto3 default; {@code null} for always. */
    static CodeBlock written(ProtoValue value, String local) {
        boolean primitive = value.javaType().isPrimitive();
        String notNull = primitive ? "" : local + " != null";
        if (!(value instanceof ProtoValue.Scalar scalar) || !hasDefault(scalar) || scalar.scalar() == ProtoScalar.CHAR) {
            return primitive ? null : CodeBlock.of(notNull);
        }
        String and = primitive ? "" : notNull + " && ";
        return switch (scalar.scalar()) {
            case BOOLEAN -> CodeBlock.of(and + "$N", local);
            case FLOAT -> CodeBlock.of(and + "$T.floatToRawIntBits($N) != 0", Float.class, local);
            case DOUBLE -> CodeBlock.of(and + "$T.doubleToRawLongBits($N) != 0", Double.class, local);
            case STRING -> CodeBlock.of(and + "!$N.isEmpty()", local);
            case BYTES, CHARS -> CodeBlock.of(and + "$N.length != 0", local);
            case YEAR -> CodeBlock.of(and + "$N.getValue() != 0", local);
            default -> CodeBlock.of(and + "$N != 0", local);
        };
    }

    static CodeBlock present(ProtoValue.Optional optional, String local) {
        return optional.wrapper() == ProtoValue.JavaOptional.NULLABLE ? CodeBlock.of("$N != null", local)
                : CodeBlock.of("$N != null && $N.isPresent()", local, local);
    }

    /** Returns the local that holds an optional's present value, declaring it unless the field's own local does. */
    static String unwrapped(CodeBlock.Builder code, ProtoValue.Optional optional, String local) {
        if (optional.wrapper() == ProtoValue.JavaOptional.NULLABLE) {
            return local;
        }
        String inner = local + "Value";
        code.addStatement("$T $N = $L", optional.value().javaType(), inner, unwrap(optional, local));
        return inner;
    }

    static CodeBlock unwrap(ProtoValue.Optional optional, String local) {
        return switch (optional.wrapper()) {
            case NULLABLE -> CodeBlock.of("$N", local);
            case OPTIONAL -> CodeBlock.of("$N.get()", local);
            case OPTIONAL_INT -> CodeBlock.of("$N.getAsInt()", local);
            case OPTIONAL_LONG -> CodeBlock.of("$N.getAsLong()", local);
            case OPTIONAL_DOUBLE -> CodeBlock.of("$N.getAsDouble()", local);
        };
    }

    /** The name of CodedOutputStream's methods for a scalar, such as {@code Int32} in {@code writeInt32}. */
    static String streamType(ProtoValue.Scalar scalar) {
        return switch (scalar.scalar()) {
            case BOOLEAN -> "Bool";
            case INT, SHORT, BYTE, YEAR -> "Int32";
            case LONG -> "Int64";
            case FLOAT -> "Float";
            case DOUBLE -> "Double";
            case BYTES -> "ByteArray";
            default -> "String";
        };
    }

    /** The value CodedOutputStream writes for a scalar held in {@code local}. */
    static CodeBlock toWire(ProtoValue.Scalar scalar, String local) {
        return switch (scalar.scalar()) {
            case CHAR -> CodeBlock.of("$T.valueOf($N)", String.class, local);
            case CHARS -> CodeBlock.of("new $T($N)", String.class, local);
            case YEAR -> CodeBlock.of("$N.getValue()", local);
            case ENUM_NAME -> CodeBlock.of("$N.name()", local);
            case BOOLEAN, INT, SHORT, BYTE, LONG, FLOAT, DOUBLE, STRING, BYTES -> CodeBlock.of("$N", local);
            default -> CodeBlock.of("$N.toString()", local);
        };
    }

    static boolean isPacked(ProtoValue element) {
        return element instanceof ProtoValue.EnumRef
                || element instanceof ProtoValue.Scalar scalar && !scalar.scalar().protoType().equals("string")
                        && !scalar.scalar().protoType().equals("bytes");
    }

    /** The size of each packed element of a fixed width: 4 for a float, 8 for a double, 1 for a bool; else {@code null}. */
    static Integer fixedSize(ProtoValue element) {
        if (!(element instanceof ProtoValue.Scalar scalar)) {
            return null;
        }
        return switch (scalar.scalar()) {
            case FLOAT -> 4;
            case DOUBLE -> 8;
            case BOOLEAN -> 1;
            default -> null;
        };
    }

    static int wireType(ProtoValue value) {
        if (value instanceof ProtoValue.Scalar scalar) {
            return switch (scalar.scalar().protoType()) {
                case "bool", "int32", "int64" -> VARINT;
                case "float" -> FIXED32;
                case "double" -> FIXED64;
                default -> LENGTH_DELIMITED;
            };
        }
        return value instanceof ProtoValue.EnumRef ? VARINT : LENGTH_DELIMITED;
    }

    /** The name protobuf's encoding guide gives a wire type, such as {@code length-delimited}. */
    static String wireTypeName(int wireType) {
        return switch (wireType) {
            case VARINT -> "varint";
            case FIXED64 -> "64-bit";
            case FIXED32 -> "32-bit";
            default -> "length-delimited";
        };
    }

    /**
     * Whether encoding a message records sizes ahead of writing: those of its nested messages, packed
     * varints and map entries. A message without any gets none, so encoding it allocates none.
     */
    static boolean nests(ProtoMessage message) {
        for (ProtoField field : message.fields()) {
            ProtoValue value = field.value() instanceof ProtoValue.Optional optional ? optional.value() : field.value();
            if (value instanceof ProtoValue.MessageRef || value instanceof ProtoValue.MapOf) {
                return true;
            }
            if (value instanceof ProtoValue.Repeated repeated && (repeated.element() instanceof ProtoValue.MessageRef
                    || isPacked(repeated.element()) && fixedSize(repeated.element()) == null)) {
                return true;
            }
        }
        return false;
    }

    static int tag(int number, int wireType) {
        return number << 3 | wireType;
    }

    static int varintSize(int value) {
        int size = 1;
        while ((value & ~0x7F) != 0) {
            value >>>= 7;
            size++;
        }
        return size;
    }

    /** The stem of the methods that read and write a well-known type, such as {@code ProtobufTimestamp}. */
    static String wellKnownName(WellKnownType known) {
        return known == WellKnownType.TIMESTAMP ? "ProtobufTimestamp" : "ProtobufDuration";
    }

    static String local(ProtoField field) {
        return RESERVED.contains(field.javaName()) ? field.javaName() + "Field" : field.javaName();
    }

    /** Whether an absent scalar reads as a value of its Java type: all but the parsed texts. */
    static boolean hasDefault(ProtoValue.Scalar scalar) {
        return !scalar.scalar().isText();
    }

    static CodeBlock count(ProtoValue.Repeated repeated, String local) {
        return repeated.collection() == ProtoValue.JavaCollection.ARRAY ? CodeBlock.of("$N.length", local)
                : CodeBlock.of("$N.size()", local);
    }

    /** The type of the loop variable over a repeated field: an array's own element type, a collection's box. */
    static TypeName elementType(ProtoValue.Repeated repeated) {
        TypeName element = repeated.element().javaType();
        return repeated.collection() == ProtoValue.JavaCollection.ARRAY ? element : element.box();
    }

    /** The condition under which a repeated field has elements to write. */
    static CodeBlock notEmpty(ProtoValue.Repeated repeated, String local) {
        return repeated.collection() == ProtoValue.JavaCollection.ARRAY
                ? CodeBlock.of("$N != null && $N.length != 0", local, local)
                : CodeBlock.of("$N != null && !$N.isEmpty()", local, local);
    }

    /** Refuses a {@code null} element by its field's name, where a bare NullPointerException would leave the caller guessing. */
    static CodeBlock checkNotNull(ProtoValue.Repeated repeated, ProtoField field, ProtoMessage message) {
        if (elementType(repeated).isPrimitive()) {
            return CodeBlock.of("");
        }
        return CodeBlock.builder()
                .beginControlFlow("if (element == null)")
                .addStatement("throw $T.nullElement($S, $S)", MESSAGE_CODEC, field.name(), message.name())
                .endControlFlow()
                .build();
    }

    /**
     * Loops over the elements of a repeated field held in {@code local} as {@code element}: a list by
     * index where it allows it (no iterator allocated on every encoding, measured faster), by
     * iterator otherwise, in one loop, since two copies of the body measured slower (a bigger method
     * inlines less); any other collection by iterator, and an array over its own elements.
     */
    static void forEachElement(CodeBlock.Builder code, ProtoValue.Repeated repeated, String local,
            CodeBlock body) {
        TypeName type = elementType(repeated);
        if (!rawType(repeated.javaType()).equals(LIST)) {
            code.beginControlFlow("for ($T element : $N)", type, local).add(body).endControlFlow();
            return;
        }
        code.addStatement("$T iterator = $N instanceof $T ? null : $N.iterator()",
                        ParameterizedTypeName.get(ITERATOR, type), local, RANDOM_ACCESS, local)
                .beginControlFlow("for (int i = 0; i < $N.size(); i++)", local)
                .addStatement("$T element = iterator == null ? $N.get(i) : iterator.next()", type, local)
                .add(body)
                .endControlFlow();
    }

    static CodeBlock read(ProtoMessage message, ProtoField field) {
        return message.kind() == ProtoMessage.Kind.WRAPPER ? CodeBlock.of("value") : CodeBlock.of("value.$N()",
                field.javaName());
    }
}
