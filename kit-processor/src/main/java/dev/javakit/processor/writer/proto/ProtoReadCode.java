package dev.javakit.processor.writer.proto;

import static dev.javakit.processor.writer.RuntimeTypes.CODED_INPUT_STREAM;
import static dev.javakit.processor.writer.RuntimeTypes.MESSAGE_CODEC;
import static dev.javakit.processor.writer.proto.ProtoWireRules.ARRAY_LIST;
import static dev.javakit.processor.writer.proto.ProtoWireRules.LENGTH_DELIMITED;
import static dev.javakit.processor.writer.proto.ProtoWireRules.LINKED_HASH_MAP;
import static dev.javakit.processor.writer.proto.ProtoWireRules.LINKED_HASH_SET;
import static dev.javakit.processor.writer.proto.ProtoWireRules.LIST;
import static dev.javakit.processor.writer.proto.ProtoWireRules.MAP;
import static dev.javakit.processor.writer.proto.ProtoWireRules.NAVIGABLE_MAP;
import static dev.javakit.processor.writer.proto.ProtoWireRules.NAVIGABLE_SET;
import static dev.javakit.processor.writer.proto.ProtoWireRules.OPTIONAL;
import static dev.javakit.processor.writer.proto.ProtoWireRules.SET;
import static dev.javakit.processor.writer.proto.ProtoWireRules.TREE_MAP;
import static dev.javakit.processor.writer.proto.ProtoWireRules.TREE_SET;
import static dev.javakit.processor.writer.proto.ProtoWireRules.YEAR;
import static dev.javakit.processor.writer.proto.ProtoWireRules.hasDefault;
import static dev.javakit.processor.writer.proto.ProtoWireRules.isPacked;
import static dev.javakit.processor.writer.proto.ProtoWireRules.local;
import static dev.javakit.processor.writer.proto.ProtoWireRules.tag;
import static dev.javakit.processor.writer.proto.ProtoWireRules.wellKnownName;
import static dev.javakit.processor.writer.proto.ProtoWireRules.wireType;
import static dev.javakit.processor.writer.proto.ProtoWireRules.wireTypeName;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.javakit.processor.model.Names;
import dev.javakit.processor.model.proto.ProtoField;
import dev.javakit.processor.model.proto.ProtoMessage;
import dev.javakit.processor.model.proto.ProtoScalar;
import dev.javakit.processor.model.proto.ProtoValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Prints the methods that read a message: a loop over its tags, unknown fields skipped, absent
 * fields given their defaults, missing required ones refused.
 */
final class ProtoReadCode {

    private ProtoReadCode() {
    }

    static MethodSpec reader(ProtoMessage message, ClassName codecs) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("read" + message.name())
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(message.javaType())
                .addParameter(CODED_INPUT_STREAM, "in")
                .addParameter(TypeName.INT, "depth")
                .addException(IOException.class);
        for (ProtoField field : message.fields()) {
            method.addStatement("$T $N = $L", localType(field.value()), local(field), initial(field.value()));
        }
        method.addStatement("boolean done = false");
        method.beginControlFlow("while (!done)");
        method.addStatement("int tag = in.readTag()");
        method.beginControlFlow("switch (tag)");
        method.addCode("case 0:\n$>").addStatement("done = true").addStatement("break").addCode("$<");
        for (ProtoField field : message.fields()) {
            readCases(method, message, field, codecs);
        }
        method.addCode("default:\n$>")
                .addCode("// A field this side does not know, such as a newer peer's: skipped.\n")
                .addStatement("done = !in.skipField(tag)")
                .addStatement("break")
                .addCode("$<");
        method.endControlFlow();
        method.endControlFlow();
        List<CodeBlock> arguments = new ArrayList<>();
        for (ProtoField field : message.fields()) {
            String local = local(field);
            if (required(field.value())) {
                method.beginControlFlow("if ($N == null)", local)
                        .addStatement("throw $T.missing($S, $S)", MESSAGE_CODEC, field.name(), message.name())
                        .endControlFlow();
            }
            arguments.add(finish(field.value(), local));
        }
        if (message.kind() == ProtoMessage.Kind.WRAPPER) {
            return method.addStatement("return $L", arguments.get(0)).build();
        }
        if (arguments.size() <= 3) {
            return method.addStatement("return new $T($L)", message.javaType(), CodeBlock.join(arguments, ", ")).build();
        }
        // One argument a line, in the record's component order, so a reader can match them.
        return method.addStatement("return new $T(\n$L)", message.javaType(), CodeBlock.join(arguments, ",\n"))
                .build();
    }

    static void readCases(MethodSpec.Builder method, ProtoMessage message, ProtoField field, ClassName codecs) {
        String local = local(field);
        ProtoValue value = field.value();
        int number = field.number();
        if (value instanceof ProtoValue.Repeated repeated) {
            ProtoValue element = repeated.element();
            if (isPacked(element)) {
                // Readers accept a packable field packed and not, as protobuf requires.
                method.addCode("case $L: { // $L, packed\n$>", tag(number, LENGTH_DELIMITED), field.name());
                method.addStatement("int limit = in.pushLimit(in.readRawVarint32())");
                method.beginControlFlow("while (in.getBytesUntilLimit() > 0)");
                addElement(method, message, field, repeated, codecs);
                method.endControlFlow();
                method.addStatement("in.popLimit(limit)");
                method.addStatement("break");
                method.addCode("$<}\n");
            }
            method.addCode("case $L: { // $L, $L\n$>", tag(number, wireType(element)), field.name(),
                    wireTypeName(wireType(element)));
            addElement(method, message, field, repeated, codecs);
            method.addStatement("break");
            method.addCode("$<}\n");
            return;
        }
        int wireType = value instanceof ProtoValue.MapOf ? LENGTH_DELIMITED
                : wireType(value instanceof ProtoValue.Optional optional ? optional.value() : value);
        // The tag says which field and how it is encoded; the comment says it to a reader.
        method.addCode("case $L: { // $L, $L\n$>", tag(number, wireType), field.name(), wireTypeName(wireType));
        if (value instanceof ProtoValue.MapOf map) {
            readEntry(method, message, field, map, codecs);
        } else {
            ProtoValue single = value instanceof ProtoValue.Optional optional ? optional.value() : value;
            method.addCode(readSingle(single, null, local, field, message, codecs));
        }
        method.addStatement("break");
        method.addCode("$<}\n");
    }

    static void addElement(MethodSpec.Builder method, ProtoMessage message, ProtoField field,
            ProtoValue.Repeated repeated, ClassName codecs) {
        String local = local(field);
        method.addCode(readSingle(repeated.element(), repeated.element().javaType().box(), "raw", field, message,
                codecs));
        if (repeated.element() instanceof ProtoValue.EnumRef) {
            // An enum value this side does not know has no constant: left out, as proto3 leaves it to unknown fields.
            method.beginControlFlow("if (raw != null)");
        }
        method.beginControlFlow("if ($N == null)", local)
                .addStatement("$N = new $T<>()", local, switch (repeated.collection()) {
                    case SET -> LINKED_HASH_SET;
                    case SORTED_SET -> TREE_SET;
                    default -> ARRAY_LIST;
                })
                .endControlFlow();
        method.addStatement("$N.add(raw)", local);
        if (repeated.element() instanceof ProtoValue.EnumRef) {
            method.endControlFlow();
        }
    }

    static void readEntry(MethodSpec.Builder method, ProtoMessage message, ProtoField field, ProtoValue.MapOf map,
            ClassName codecs) {
        String local = local(field);
        method.addStatement("int limit = in.pushLimit(in.readRawVarint32())");
        method.addStatement("$T key = $L", map.key().javaType().box(), defaultOf(map.key()));
        method.addStatement("$T element = $L", map.value().javaType().box(), defaultOf(map.value()));
        method.addStatement("boolean entryDone = false");
        method.beginControlFlow("while (!entryDone)");
        method.addStatement("int entryTag = in.readTag()");
        method.beginControlFlow("if (entryTag == $L)", tag(1, wireType(map.key())));
        method.addCode("// key, $L\n", wireTypeName(wireType(map.key())));
        method.addCode(readSingle(map.key(), null, "key", field, message, codecs));
        method.nextControlFlow("else if (entryTag == $L)", tag(2, wireType(map.value())));
        method.addCode("// value, $L\n", wireTypeName(wireType(map.value())));
        method.addCode(readSingle(map.value(), null, "element", field, message, codecs));
        method.nextControlFlow("else");
        method.addStatement("entryDone = entryTag == 0 || !in.skipField(entryTag)");
        method.endControlFlow();
        method.endControlFlow();
        method.addStatement("in.popLimit(limit)");
        if (!(map.value() instanceof ProtoValue.Scalar scalar) || !hasDefault(scalar)) {
            method.beginControlFlow("if (key == null || element == null)")
                    .addStatement("throw $T.invalid($S, $S, \"an entry without its key or value\")", MESSAGE_CODEC,
                            field.name(), message.name())
                    .endControlFlow();
        } else if (!hasDefault(map.key())) {
            method.beginControlFlow("if (key == null)")
                    .addStatement("throw $T.invalid($S, $S, \"an entry without its key\")", MESSAGE_CODEC,
                            field.name(), message.name())
                    .endControlFlow();
        }
        method.beginControlFlow("if ($N == null)", local)
                .addStatement("$N = new $T<>()", local, map.sorted() ? TREE_MAP : LINKED_HASH_MAP)
                .endControlFlow();
        method.addStatement("$N.put(key, element)", local);
    }

    /**
     * Reads one single value into {@code target}, refusing what the Java type cannot hold: declares it
     * of {@code type}, or assigns the field's local when {@code type} is {@code null}.
     */
    static CodeBlock readSingle(ProtoValue value, TypeName type, String target, ProtoField field,
            ProtoMessage message, ClassName codecs) {
        CodeBlock.Builder code = CodeBlock.builder();
        String declare = type == null ? "" : "$T ";
        Object[] prefix = type == null ? new Object[0] : new Object[] {type};
        if (value instanceof ProtoValue.EnumRef ref) {
            return code.addStatement(declare + "$N = to$L(in.readEnum())", args(prefix, target, ref.name())).build();
        }
        if (value instanceof ProtoValue.WellKnown known) {
            return code.addStatement(declare + "$N = $T.readNested(in, depth, $T::read$L)", args(prefix, target, MESSAGE_CODEC, codecs, wellKnownName(known.type())))
                    .build();
        }
        if (value instanceof ProtoValue.MessageRef ref) {
            return code.addStatement(declare + "$N = $T.readNested(in, depth, $T::read$L)", args(prefix, target, MESSAGE_CODEC, codecs, ref.name()))
                    .build();
        }
        ProtoValue.Scalar scalar = (ProtoValue.Scalar) value;
        switch (scalar.scalar()) {
            case BOOLEAN -> code.addStatement(declare + "$N = in.readBool()", args(prefix, target));
            case INT -> code.addStatement(declare + "$N = in.readInt32()", args(prefix, target));
            case LONG -> code.addStatement(declare + "$N = in.readInt64()", args(prefix, target));
            case FLOAT -> code.addStatement(declare + "$N = in.readFloat()", args(prefix, target));
            case DOUBLE -> code.addStatement(declare + "$N = in.readDouble()", args(prefix, target));
            case STRING -> code.addStatement(declare + "$N = in.readStringRequireUtf8()", args(prefix, target));
            case BYTES -> code.addStatement(declare + "$N = in.readByteArray()", args(prefix, target));
            case CHARS -> code.addStatement(declare + "$N = in.readStringRequireUtf8().toCharArray()", args(prefix, target));
            case YEAR -> code.addStatement(declare + "$N = $T.of(in.readInt32())", args(prefix, target, YEAR));
            case SHORT, BYTE -> {
                TypeName primitive = scalar.scalar() == ProtoScalar.SHORT ? TypeName.SHORT : TypeName.BYTE;
                code.addStatement("int number = in.readInt32()");
                code.beginControlFlow("if (number != ($T) number)", primitive)
                        .addStatement("throw $T.invalid($S, $S, number)", MESSAGE_CODEC, field.name(), message.name())
                        .endControlFlow();
                code.addStatement(declare + "$N = ($T) number", args(prefix, target, primitive));
            }
            case CHAR -> {
                code.addStatement("String text = in.readStringRequireUtf8()");
                code.beginControlFlow("if (text.length() != 1)")
                        .addStatement("throw $T.invalid($S, $S, text)", MESSAGE_CODEC, field.name(), message.name())
                        .endControlFlow();
                code.addStatement(declare + "$N = text.charAt(0)", args(prefix, target));
            }
            default -> {
                // Text the Java type parses back; anything else is the sender's error, never a crash here.
                code.addStatement("String text = in.readStringRequireUtf8()");
                if (type != null) {
                    code.addStatement("$T $N", type, target);
                }
                code.beginControlFlow("try");
                if (scalar.scalar().factory() != null) {
                    code.addStatement("$N = $T.$N(text)", target, scalar.javaType(), scalar.scalar().factory());
                } else {
                    code.addStatement("$N = new $T(text)", target, scalar.javaType());
                }
                code.nextControlFlow("catch ($T invalid)", RuntimeException.class);
                code.addStatement("throw $T.invalid($S, $S, text)", MESSAGE_CODEC, field.name(), message.name());
                code.endControlFlow();
            }
        }
        return code.build();
    }

    /** Returns {@code prefix} followed by {@code rest}, the arguments of a statement that may declare its target. */
    static Object[] args(Object[] prefix, Object... rest) {
        Object[] all = new Object[prefix.length + rest.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(rest, 0, all, prefix.length, rest.length);
        return all;
    }

    static TypeName localType(ProtoValue value) {
        if (value instanceof ProtoValue.Optional optional) {
            return optional.value().javaType().box();
        }
        if (value instanceof ProtoValue.Repeated repeated) {
            ClassName collection = switch (repeated.collection()) {
                case SET -> SET;
                case SORTED_SET -> NAVIGABLE_SET;
                default -> LIST;
            };
            return ParameterizedTypeName.get(collection, repeated.element().javaType().box());
        }
        if (value instanceof ProtoValue.MapOf map) {
            return ParameterizedTypeName.get(map.sorted() ? NAVIGABLE_MAP : MAP, map.key().javaType().box(),
                    map.value().javaType().box());
        }
        return required(value) ? value.javaType().box() : value.javaType();
    }

    static CodeBlock initial(ProtoValue value) {
        if (value instanceof ProtoValue.Scalar scalar && hasDefault(scalar)) {
            return defaultOf(scalar);
        }
        return CodeBlock.of("null");
    }

    /** The proto3 default a scalar reads as when absent; {@code null} when its Java type has none. */
    static CodeBlock defaultOf(ProtoValue value) {
        if (!(value instanceof ProtoValue.Scalar scalar) || !hasDefault(scalar)) {
            return CodeBlock.of("null");
        }
        return switch (scalar.scalar()) {
            case BOOLEAN -> CodeBlock.of("false");
            case INT -> CodeBlock.of("0");
            case LONG -> CodeBlock.of("0L");
            case SHORT -> CodeBlock.of("(short) 0");
            case BYTE -> CodeBlock.of("(byte) 0");
            case FLOAT -> CodeBlock.of("0f");
            case DOUBLE -> CodeBlock.of("0d");
            case CHAR -> CodeBlock.of("'\\u0000'");
            case CHARS -> CodeBlock.of("new char[0]");
            case BYTES -> CodeBlock.of("new byte[0]");
            case YEAR -> CodeBlock.of("$T.of(0)", YEAR);
            default -> CodeBlock.of("\"\"");
        };
    }

    /** Whether the Java type cannot do without the field: a message, an enum or a parsed text that is no optional. */
    static boolean required(ProtoValue value) {
        return value instanceof ProtoValue.MessageRef || value instanceof ProtoValue.WellKnown
                || value instanceof ProtoValue.EnumRef
                || value instanceof ProtoValue.Scalar scalar && !hasDefault(scalar);
    }

    /** The argument the record's constructor takes for a field read into {@code local}. */
    static CodeBlock finish(ProtoValue value, String local) {
        if (value instanceof ProtoValue.Optional optional) {
            return switch (optional.wrapper()) {
                case NULLABLE -> CodeBlock.of("$N", local);
                case OPTIONAL -> CodeBlock.of("$T.ofNullable($N)", OPTIONAL, local);
                default -> {
                    ClassName type = (ClassName) optional.javaType();
                    yield CodeBlock.of("$N == null ? $T.empty() : $T.of($N)", local, type, type, local);
                }
            };
        }
        if (value instanceof ProtoValue.Repeated repeated) {
            return switch (repeated.collection()) {
                case SET -> CodeBlock.of("$N == null ? $T.of() : $N", local, SET, local);
                case SORTED_SET -> CodeBlock.of("$N == null ? new $T<>() : $N", local, TREE_SET, local);
                case ARRAY -> toArray(repeated.element().javaType(), local);
                default -> CodeBlock.of("$N == null ? $T.of() : $N", local, LIST, local);
            };
        }
        if (value instanceof ProtoValue.MapOf map) {
            return map.sorted() ? CodeBlock.of("$N == null ? new $T<>() : $N", local, TREE_MAP, local)
                    : CodeBlock.of("$N == null ? $T.of() : $N", local, MAP, local);
        }
        return CodeBlock.of("$N", local);
    }

    /** An array of the elements read into the list {@code local}, empty when none was. */
    static CodeBlock toArray(TypeName element, String local) {
        if (!element.isPrimitive()) {
            return CodeBlock.of("$N == null ? new $T[0] : $N.toArray(new $T[0])", local, element, local, element);
        }
        // Streams unbox only ints, longs and doubles; one loop serves every primitive.
        return CodeBlock.of("to$LArray($N)", Names.capitalize(element.toString()), local);
    }

}
