package dev.javakit.processor.writer.proto;

import static dev.javakit.processor.writer.RuntimeTypes.CODED_INPUT_STREAM;
import static dev.javakit.processor.writer.RuntimeTypes.CODED_OUTPUT_STREAM;
import static dev.javakit.processor.writer.RuntimeTypes.MESSAGE_CODEC;
import static dev.javakit.processor.writer.RuntimeTypes.PROTO_CODEC;
import static dev.javakit.processor.writer.proto.ProtoReadCode.reader;
import static dev.javakit.processor.writer.proto.ProtoSizeCode.sizer;
import static dev.javakit.processor.writer.proto.ProtoWireRules.DURATION;
import static dev.javakit.processor.writer.proto.ProtoWireRules.INSTANT;
import static dev.javakit.processor.writer.proto.ProtoWireRules.LIST;
import static dev.javakit.processor.writer.proto.ProtoWireRules.VARINT;
import static dev.javakit.processor.writer.proto.ProtoWireRules.nests;
import static dev.javakit.processor.writer.proto.ProtoWireRules.rawType;
import static dev.javakit.processor.writer.proto.ProtoWireRules.tag;
import static dev.javakit.processor.writer.proto.ProtoWireRules.wellKnownName;
import static dev.javakit.processor.writer.proto.ProtoWriteCode.writer;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.javakit.processor.model.Names;
import dev.javakit.processor.model.ServiceModel;
import dev.javakit.processor.model.proto.ProtoDeclaration;
import dev.javakit.processor.model.proto.ProtoEnum;
import dev.javakit.processor.model.proto.ProtoFile;
import dev.javakit.processor.model.proto.ProtoMessage;
import dev.javakit.processor.model.proto.ProtoValue.WellKnownType;
import dev.javakit.processor.writer.SourceFileWriter;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Service>ProtoCodecs}: a {@code ProtoCodec} per request, response and record of a
 * service that chose gRPC, in the exact layout of its .proto, on protobuf-java's coded streams.
 * Encoding sizes a value once (nested sizes recorded in a {@code MessageSizes} in the order writing
 * meets them, none for a message that nests nothing), then writes into an exactly sized array, looping
 * over lists by index where they allow it (no iterator), and refusing a {@code null} element by name; decoding skips unknown fields, reads absent
 * scalars as proto3's defaults and collections as empty, and refuses a message that lacks a field its
 * Java type cannot do without.
 */
public final class ProtoCodecsWriter extends SourceFileWriter {

    @Override
    public boolean writesFor(ServiceModel service) {
        return service.artifacts().grpc();
    }

    @Override
    protected TypeSpec.Builder type(ServiceModel service) {
        ProtoFile proto = service.proto();
        TypeSpec.Builder type = TypeSpec.classBuilder(service.protoCodecsClass())
                .addJavadoc("The protobuf codecs of {@link $T}'s requests, responses and records, in the layout of\n"
                        + "{@code $L}; the gRPC transport reads and writes its messages with them.",
                        service.serviceType(), proto.fileName())
                .addModifiers(visibility(service))
                .addModifiers(Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        Set<WellKnownType> wellKnown = EnumSet.noneOf(WellKnownType.class);
        List<MethodSpec> methods = new ArrayList<>();
        for (ProtoDeclaration declaration : proto.declarations()) {
            if (declaration instanceof ProtoEnum enumeration) {
                enumeration(type, enumeration);
                continue;
            }
            ProtoMessage message = (ProtoMessage) declaration;
            if (message.constant() != null) {
                type.addField(FieldSpec.builder(ParameterizedTypeName.get(PROTO_CODEC, message.javaType()),
                                message.constant(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The codec of message {@code $L}, read into {@link $T}.", message.name(),
                                rawType(message.javaType()))
                        .initializer("$T.$L($T::$N, $T::$N, $T::$N)", MESSAGE_CODEC, nests(message) ? "of" : "flat",
                                service.protoCodecsClass(), "sizeOf" + message.name(),
                                service.protoCodecsClass(), "write" + message.name(),
                                service.protoCodecsClass(), "read" + message.name())
                        .build());
            }
            methods.add(sizer(message, service.protoCodecsClass(), wellKnown));
            methods.add(writer(message));
            methods.add(reader(message, service.protoCodecsClass()));
        }
        type.addMethods(methods);
        // Which private helpers the methods call, read from their text: rendered once, since
        // rendering every method is most of what this writer costs.
        String calls = methods.toString();
        for (TypeName primitive : List.of(TypeName.INT, TypeName.LONG, TypeName.SHORT, TypeName.BYTE, TypeName.FLOAT,
                TypeName.DOUBLE, TypeName.BOOLEAN)) {
            String name = "to" + Names.capitalize(primitive.toString()) + "Array";
            if (calls.contains(name + "(")) {
                type.addMethod(MethodSpec.methodBuilder(name)
                        .addJavadoc("Returns the elements of {@code list} as an array, empty when {@code null}.")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(ArrayTypeName.of(primitive))
                        .addParameter(ParameterizedTypeName.get(LIST, primitive.box()), "list")
                        .addStatement("$T array = new $T[list == null ? 0 : list.size()]", ArrayTypeName.of(primitive),
                                primitive)
                        .beginControlFlow("for (int i = 0; i < array.length; i++)")
                        .addStatement("array[i] = list.get(i)")
                        .endControlFlow()
                        .addStatement("return array")
                        .build());
            }
        }
        if (calls.contains("lengthDelimited(")) {
            type.addMethod(MethodSpec.methodBuilder("lengthDelimited")
                    .addJavadoc("Returns the size of a length-delimited payload of {@code length} bytes with its length.")
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .returns(TypeName.INT)
                    .addParameter(TypeName.INT, "length")
                    .addStatement("return $T.computeUInt32SizeNoTag(length) + length", CODED_OUTPUT_STREAM)
                    .build());
        }
        for (WellKnownType known : wellKnown) {
            wellKnownMethods(type, known);
        }
        return type;
    }

    // ---- enums

    private static void enumeration(TypeSpec.Builder type, ProtoEnum enumeration) {
        String values = enumeration.name().toUpperCase(Locale.ROOT) + "_VALUES";
        type.addField(FieldSpec.builder(ArrayTypeName.of(enumeration.javaType()), values, Modifier.PRIVATE,
                        Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.values()", enumeration.javaType())
                .build());
        type.addMethod(MethodSpec.methodBuilder("to" + enumeration.name())
                .addJavadoc("Returns the constant numbered {@code number}, {@code null} for {@code $L} and unknown numbers.",
                        enumeration.unspecified())
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(enumeration.javaType())
                .addParameter(TypeName.INT, "number")
                // Constants are numbered from 1 in declaration order, which is their ordinal order.
                .addStatement("return number >= 1 && number <= $N.length ? $N[number - 1] : null", values, values)
                .build());
    }

    // ---- the well-known types

    private static void wellKnownMethods(TypeSpec.Builder type, WellKnownType known) {
        ClassName javaType = known == WellKnownType.TIMESTAMP ? INSTANT : DURATION;
        String seconds = known == WellKnownType.TIMESTAMP ? "getEpochSecond()" : "getSeconds()";
        String name = wellKnownName(known);
        // A Duration's nanos take the sign of its seconds in protobuf; Java's are never negative.
        CodeBlock parts = known == WellKnownType.TIMESTAMP
                ? CodeBlock.builder()
                        .addStatement("long seconds = value.$L", seconds)
                        .addStatement("int nanos = value.getNano()").build()
                : CodeBlock.builder()
                        .addStatement("long seconds = value.$L", seconds)
                        .addStatement("int nanos = value.getNano()")
                        .beginControlFlow("if (seconds < 0 && nanos > 0)")
                        .addStatement("seconds++")
                        .addStatement("nanos -= 1_000_000_000")
                        .endControlFlow().build();
        type.addMethod(MethodSpec.methodBuilder("sizeOf" + name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(TypeName.INT)
                .addParameter(javaType, "value")
                .addCode(parts)
                .addStatement("return (seconds == 0 ? 0 : 1 + $T.computeInt64SizeNoTag(seconds))\n"
                        + "+ (nanos == 0 ? 0 : 1 + $T.computeInt32SizeNoTag(nanos))", CODED_OUTPUT_STREAM, CODED_OUTPUT_STREAM)
                .build());
        type.addMethod(MethodSpec.methodBuilder("write" + name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(javaType, "value")
                .addParameter(CODED_OUTPUT_STREAM, "out")
                .addException(IOException.class)
                .addCode(parts)
                .beginControlFlow("if (seconds != 0)").addStatement("out.writeInt64(1, seconds)").endControlFlow()
                .beginControlFlow("if (nanos != 0)").addStatement("out.writeInt32(2, nanos)").endControlFlow()
                .build());
        type.addMethod(MethodSpec.methodBuilder("read" + name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(javaType)
                .addParameter(CODED_INPUT_STREAM, "in")
                .addParameter(TypeName.INT, "depth")
                .addException(IOException.class)
                .addStatement("long seconds = 0")
                .addStatement("int nanos = 0")
                .addStatement("boolean done = false")
                .beginControlFlow("while (!done)")
                .addStatement("int tag = in.readTag()")
                .beginControlFlow("if (tag == $L)", tag(1, VARINT))
                .addStatement("seconds = in.readInt64()")
                .nextControlFlow("else if (tag == $L)", tag(2, VARINT))
                .addStatement("nanos = in.readInt32()")
                .nextControlFlow("else")
                .addStatement("done = tag == 0 || !in.skipField(tag)")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return $T.$L(seconds, nanos)", javaType,
                        known == WellKnownType.TIMESTAMP ? "ofEpochSecond" : "ofSeconds")
                .build());
    }

}
