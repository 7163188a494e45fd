package dev.javakit.processor.writer.proto;

import static dev.javakit.processor.writer.RuntimeTypes.CODED_OUTPUT_STREAM;
import static dev.javakit.processor.writer.RuntimeTypes.MESSAGE_SIZES;
import static dev.javakit.processor.writer.proto.ProtoWireRules.LENGTH_DELIMITED;
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
import static dev.javakit.processor.writer.proto.ProtoWireRules.wellKnownName;
import static dev.javakit.processor.writer.proto.ProtoWireRules.written;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.javakit.processor.model.proto.ProtoField;
import dev.javakit.processor.model.proto.ProtoMessage;
import dev.javakit.processor.model.proto.ProtoValue;
import java.io.IOException;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Prints the methods that write a message field by field, consuming nested sizes in the order they
 * were recorded.
 */
final class ProtoWriteCode {

    private ProtoWriteCode() {
    }

    static MethodSpec writer(ProtoMessage message) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("write" + message.name())
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(message.javaType(), "value")
                .addParameter(CODED_OUTPUT_STREAM, "out")
                .addParameter(MESSAGE_SIZES, "sizes")
                .addException(IOException.class);
        for (ProtoField field : message.fields()) {
            String local = local(field);
            method.addStatement("var $N = $L", local, read(message, field));
            method.addCode(writeField(field.value(), field.number(), local, field, message));
        }
        return method.build();
    }

    static CodeBlock writeField(ProtoValue value, int number, String local, ProtoField field, ProtoMessage message) {
        CodeBlock.Builder code = CodeBlock.builder();
        if (value instanceof ProtoValue.Optional optional) {
            code.beginControlFlow("if ($L)", present(optional, local));
            code.add(writeSingle(optional.value(), number, unwrapped(code, optional, local)));
            return code.endControlFlow().build();
        }
        if (value instanceof ProtoValue.Repeated repeated) {
            return writeRepeated(repeated, number, local, field, message);
        }
        if (value instanceof ProtoValue.MapOf map) {
            return writeMap(map, number, local);
        }
        CodeBlock condition = written(value, local);
        if (condition == null) {
            return writeSingle(value, number, local);
        }
        code.beginControlFlow("if ($L)", condition);
        code.add(writeSingle(value, number, local));
        return code.endControlFlow().build();
    }

    static CodeBlock writeSingle(ProtoValue value, int number, String local) {
        CodeBlock.Builder code = CodeBlock.builder();
        if (value instanceof ProtoValue.Scalar scalar) {
            return code.addStatement("out.write$L($L, $L)", streamType(scalar), number, toWire(scalar, local)).build();
        }
        if (value instanceof ProtoValue.EnumRef) {
            return code.addStatement("out.writeEnum($L, $N.ordinal() + 1)", number, local).build();
        }
        code.addStatement("out.writeTag($L, $L)", number, LENGTH_DELIMITED);
        code.add(writeNoTag(value, local));
        return code.build();
    }

    /** Writes a length-delimited value after its tag: its length, then its fields. */
    static CodeBlock writeNoTag(ProtoValue value, String local) {
        CodeBlock.Builder code = CodeBlock.builder();
        if (value instanceof ProtoValue.WellKnown known) {
            code.addStatement("out.writeUInt32NoTag(sizeOf$L($N))", wellKnownName(known.type()), local);
            return code.addStatement("write$L($N, out)", wellKnownName(known.type()), local).build();
        }
        ProtoValue.MessageRef ref = (ProtoValue.MessageRef) value;
        code.addStatement("out.writeUInt32NoTag(sizes.next())");
        return code.addStatement("write$L($N, out, sizes)", ref.name(), local).build();
    }

    static CodeBlock writeRepeated(ProtoValue.Repeated repeated, int number, String local, ProtoField field,
            ProtoMessage message) {
        CodeBlock.Builder code = CodeBlock.builder();
        ProtoValue element = repeated.element();
        code.beginControlFlow("if ($L)", notEmpty(repeated, local));
        if (isPacked(element)) {
            code.addStatement("out.writeTag($L, $L)", number, LENGTH_DELIMITED);
            Integer fixed = fixedSize(element);
            code.addStatement(fixed != null ? CodeBlock.of("out.writeUInt32NoTag($L * $L)", count(repeated, local), fixed)
                    : CodeBlock.of("out.writeUInt32NoTag(sizes.next())"));
            CodeBlock.Builder body = CodeBlock.builder();
            if (fixed != null) {
                // Sizing counted these elements without meeting them: a null one is met here first.
                body.add(checkNotNull(repeated, field, message));
            }
            if (element instanceof ProtoValue.Scalar scalar) {
                body.addStatement("out.write$LNoTag($L)", streamType(scalar), toWire(scalar, "element"));
            } else {
                body.addStatement("out.writeEnumNoTag(element.ordinal() + 1)");
            }
            forEachElement(code, repeated, local, body.build());
        } else {
            forEachElement(code, repeated, local, writeSingle(element, number, "element"));
        }
        return code.endControlFlow().build();
    }

    static CodeBlock writeMap(ProtoValue.MapOf map, int number, String local) {
        CodeBlock.Builder code = CodeBlock.builder();
        code.beginControlFlow("if ($N != null)", local);
        code.beginControlFlow("for (var entry : $N.entrySet())", local);
        code.addStatement("out.writeTag($L, $L)", number, LENGTH_DELIMITED);
        code.addStatement("out.writeUInt32NoTag(sizes.next())");
        code.addStatement("$T key = entry.getKey()", map.key().javaType().box());
        code.addStatement("$T element = entry.getValue()", map.value().javaType().box());
        code.add(writeSingle(map.key(), 1, "key"));
        code.add(writeSingle(map.value(), 2, "element"));
        code.endControlFlow();
        return code.endControlFlow().build();
    }

}
