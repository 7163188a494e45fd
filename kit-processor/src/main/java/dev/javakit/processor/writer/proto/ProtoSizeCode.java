package dev.javakit.processor.writer.proto;

import static dev.javakit.processor.writer.RuntimeTypes.CODED_OUTPUT_STREAM;
import static dev.javakit.processor.writer.RuntimeTypes.MESSAGE_CODEC;
import static dev.javakit.processor.writer.RuntimeTypes.MESSAGE_SIZES;
import static dev.javakit.processor.writer.proto.ProtoWireRules.checkNotNull;
import static dev.javakit.processor.writer.proto.ProtoWireRules.count;
import static dev.javakit.processor.writer.proto.ProtoWireRules.fixedSize;
import static dev.javakit.processor.writer.proto.ProtoWireRules.forEachElement;
import static dev.javakit.processor.writer.proto.ProtoWireRules.isPacked;
import static dev.javakit.processor.writer.proto.ProtoWireRules.local;
import static dev.javakit.processor.writer.proto.ProtoWireRules.notEmpty;
import static dev.javakit.processor.writer.proto.ProtoWireRules.present;
import static dev.javakit.processor.writer.proto.ProtoWireRules.read;
import static dev.javakit.processor.writer.proto.ProtoWireRules.streamType;
import static dev.javakit.processor.writer.proto.ProtoWireRules.toWire;
import static dev.javakit.processor.writer.proto.ProtoWireRules.unwrapped;
import static dev.javakit.processor.writer.proto.ProtoWireRules.varintSize;
import static dev.javakit.processor.writer.proto.ProtoWireRules.wellKnownName;
import static dev.javakit.processor.writer.proto.ProtoWireRules.written;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.javakit.processor.model.proto.ProtoField;
import dev.javakit.processor.model.proto.ProtoMessage;
import dev.javakit.processor.model.proto.ProtoValue;
import dev.javakit.processor.model.proto.ProtoValue.WellKnownType;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Prints the methods that size a message before it is written: a field is skipped when absent or a
 * proto3 default, and nested sizes are recorded for the writer.
 */
final class ProtoSizeCode {

    private ProtoSizeCode() {
    }

    static MethodSpec sizer(ProtoMessage message, ClassName codecs, Set<WellKnownType> wellKnown) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("sizeOf" + message.name())
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(TypeName.INT)
                .addParameter(message.javaType(), "value")
                .addParameter(MESSAGE_SIZES, "sizes");
        if (message.fields().isEmpty()) {
            return method.addStatement("return 0").build();
        }
        method.addStatement("int size = 0");
        for (ProtoField field : message.fields()) {
            collectWellKnown(field.value(), wellKnown);
            String local = local(field);
            method.addStatement("var $N = $L", local, read(message, field));
            method.addCode(sizeField(field.value(), field.number(), local, field, message));
        }
        return method.addStatement("return size").build();
    }

    static void collectWellKnown(ProtoValue value, Set<WellKnownType> found) {
        if (value instanceof ProtoValue.WellKnown known) {
            found.add(known.type());
        } else if (value instanceof ProtoValue.Optional optional) {
            collectWellKnown(optional.value(), found);
        } else if (value instanceof ProtoValue.Repeated repeated) {
            collectWellKnown(repeated.element(), found);
        } else if (value instanceof ProtoValue.MapOf map) {
            collectWellKnown(map.value(), found);
        }
    }

    /** Sizes one field held in {@code local}: skipped when absent, or when a proto3 default. */
    static CodeBlock sizeField(ProtoValue value, int number, String local, ProtoField field, ProtoMessage message) {
        CodeBlock.Builder code = CodeBlock.builder();
        int tagSize = varintSize(number << 3);
        if (value instanceof ProtoValue.Optional optional) {
            code.beginControlFlow("if ($L)", present(optional, local));
            code.add(sizeSingle(optional.value(), tagSize, unwrapped(code, optional, local)));
            return code.endControlFlow().build();
        }
        if (value instanceof ProtoValue.Repeated repeated) {
            return sizeRepeated(repeated, tagSize, local, field, message);
        }
        if (value instanceof ProtoValue.MapOf map) {
            return sizeMap(map, tagSize, local, field, message);
        }
        CodeBlock condition = written(value, local);
        if (condition == null) {
            return sizeSingle(value, tagSize, local);
        }
        code.beginControlFlow("if ($L)", condition);
        code.add(sizeSingle(value, tagSize, local));
        return code.endControlFlow().build();
    }

    static CodeBlock sizeSingle(ProtoValue value, int tagSize, String local) {
        return CodeBlock.builder().addStatement("size += $L + $L", tagSize, sizeNoTag(value, local)).build();
    }

    /** The size of one value without its tag; a nested message's size is recorded for the writing pass. */
    static CodeBlock sizeNoTag(ProtoValue value, String local) {
        if (value instanceof ProtoValue.Scalar scalar) {
            return CodeBlock.of("$T.compute$LSizeNoTag($L)", CODED_OUTPUT_STREAM, streamType(scalar), toWire(scalar, local));
        }
        if (value instanceof ProtoValue.EnumRef) {
            return CodeBlock.of("$T.computeEnumSizeNoTag($N.ordinal() + 1)", CODED_OUTPUT_STREAM, local);
        }
        if (value instanceof ProtoValue.WellKnown known) {
            return CodeBlock.of("lengthDelimited(sizeOf$L($N))", wellKnownName(known.type()), local);
        }
        ProtoValue.MessageRef ref = (ProtoValue.MessageRef) value;
        return CodeBlock.of("lengthDelimited(sizes.set(sizes.reserve(), $N($N, sizes)))", "sizeOf" + ref.name(), local);
    }

    static CodeBlock sizeRepeated(ProtoValue.Repeated repeated, int tagSize, String local, ProtoField field,
            ProtoMessage message) {
        CodeBlock.Builder code = CodeBlock.builder();
        ProtoValue element = repeated.element();
        code.beginControlFlow("if ($L)", notEmpty(repeated, local));
        if (isPacked(element)) {
            Integer fixed = fixedSize(element);
            if (fixed != null) {
                code.addStatement("size += $L + lengthDelimited($L * $L)", tagSize, count(repeated, local), fixed);
            } else {
                // The packed payload's size is recorded too, so the writing pass does not add it up again.
                code.addStatement("int slot = sizes.reserve()");
                code.addStatement("int length = 0");
                forEachElement(code, repeated, local, CodeBlock.builder()
                        .add(checkNotNull(repeated, field, message))
                        .addStatement("length += $L", sizeNoTag(element, "element"))
                        .build());
                code.addStatement("size += $L + lengthDelimited(sizes.set(slot, length))", tagSize);
            }
        } else {
            forEachElement(code, repeated, local, CodeBlock.builder()
                    .add(checkNotNull(repeated, field, message))
                    .addStatement("size += $L + $L", tagSize, sizeNoTag(element, "element"))
                    .build());
        }
        return code.endControlFlow().build();
    }

    static CodeBlock sizeMap(ProtoValue.MapOf map, int tagSize, String local, ProtoField field, ProtoMessage message) {
        CodeBlock.Builder code = CodeBlock.builder();
        code.beginControlFlow("if ($N != null)", local);
        code.beginControlFlow("for (var entry : $N.entrySet())", local);
        // Each entry is a message of its key (1) and value (2), both always written, as protobuf-java writes them.
        code.addStatement("int slot = sizes.reserve()");
        code.addStatement("$T key = entry.getKey()", map.key().javaType().box());
        code.addStatement("$T element = entry.getValue()", map.value().javaType().box());
        code.beginControlFlow("if (key == null || element == null)")
                .addStatement("throw $T.nullEntry($S, $S)", MESSAGE_CODEC, field.name(), message.name())
                .endControlFlow();
        code.addStatement("int length = 1 + $L + 1 + $L", sizeNoTag(map.key(), "key"), sizeNoTag(map.value(), "element"));
        code.addStatement("size += $L + lengthDelimited(sizes.set(slot, length))", tagSize);
        code.endControlFlow();
        return code.endControlFlow().build();
    }

}
