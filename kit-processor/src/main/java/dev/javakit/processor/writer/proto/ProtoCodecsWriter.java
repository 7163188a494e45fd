package dev.javakit.processor.writer.proto;

import static dev.javakit.processor.writer.RuntimeTypes.CODED_INPUT_STREAM;
import static dev.javakit.processor.writer.RuntimeTypes.CODED_OUTPUT_STREAM;
import static dev.javakit.processor.writer.RuntimeTypes.MESSAGE_CODEC;
import static dev.javakit.processor.writer.RuntimeTypes.MESSAGE_SIZES;
import static dev.javakit.processor.writer.RuntimeTypes.PROTO_CODEC;

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
import dev.javakit.processor.model.proto.ProtoField;
import dev.javakit.processor.model.proto.ProtoFile;
import dev.javakit.processor.model.proto.ProtoMessage;
import dev.javakit.processor.model.proto.ProtoScalar;
import dev.javakit.processor.model.proto.ProtoValue;
import dev.javakit.processor.model.proto.ProtoValue.WellKnownType;
import dev.javakit.processor.writer.SourceFileWriter;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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

    private static final ClassName LIST = ClassName.get(List.class);
    private static final ClassName SET = ClassName.get(Set.class);
    private static final ClassName NAVIGABLE_SET = ClassName.get(NavigableSet.class);
    private static final ClassName MAP = ClassName.get(Map.class);
    private static final ClassName NAVIGABLE_MAP = ClassName.get(NavigableMap.class);
    private static final ClassName ARRAY_LIST = ClassName.get(ArrayList.class);
    private static final ClassName LINKED_HASH_SET = ClassName.get(LinkedHashSet.class);
    private static final ClassName TREE_SET = ClassName.get(TreeSet.class);
    private static final ClassName LINKED_HASH_MAP = ClassName.get(LinkedHashMap.class);
    private static final ClassName TREE_MAP = ClassName.get(TreeMap.class);
    private static final ClassName OPTIONAL = ClassName.get(Optional.class);
    private static final ClassName INSTANT = ClassName.get(Instant.class);
    private static final ClassName DURATION = ClassName.get(Duration.class);
    private static final ClassName YEAR = ClassName.get(Year.class);
    private static final ClassName RANDOM_ACCESS = ClassName.get(RandomAccess.class);
    private static final ClassName ITERATOR = ClassName.get(Iterator.class);

    /** Names of the generated methods' own variables, which a field's local must not take. */
    private static final Set<String> RESERVED = Set.of("value", "size", "sizes", "out", "in", "depth", "tag", "done",
            "element", "entry", "slot", "length", "limit", "key", "text", "raw", "number", "invalid", "entryDone", "entryTag", "i", "iterator");

    private static final int VARINT = 0;
    private static final int FIXED64 = 1;
    private static final int LENGTH_DELIMITED = 2;
    private static final int FIXED32 = 5;

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

    private static TypeName rawType(TypeName type) {
        return type instanceof ParameterizedTypeName parameterized ? parameterized.rawType() : type;
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

    // ---- sizing

    private MethodSpec sizer(ProtoMessage message, ClassName codecs, Set<WellKnownType> wellKnown) {
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

    private static void collectWellKnown(ProtoValue value, Set<WellKnownType> found) {
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

    private static CodeBlock read(ProtoMessage message, ProtoField field) {
        return message.kind() == ProtoMessage.Kind.WRAPPER ? CodeBlock.of("value") : CodeBlock.of("value.$N()",
                field.javaName());
    }

    /** Sizes one field held in {@code local}: skipped when absent, or when a proto3 default. */
    private CodeBlock sizeField(ProtoValue value, int number, String local, ProtoField field, ProtoMessage message) {
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

    private CodeBlock sizeSingle(ProtoValue value, int tagSize, String local) {
        return CodeBlock.builder().addStatement("size += $L + $L", tagSize, sizeNoTag(value, local)).build();
    }

    /** The size of one value without its tag; a nested message's size is recorded for the writing pass. */
    private CodeBlock sizeNoTag(ProtoValue value, String local) {
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

    private CodeBlock sizeRepeated(ProtoValue.Repeated repeated, int tagSize, String local, ProtoField field,
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

    /**
     * Loops over the elements of a repeated field held in {@code local} as {@code element}: a list by
     * index where it allows it (no iterator allocated on every encoding, measured faster), by
     * iterator otherwise, in one loop, since two copies of the body measured slower (a bigger method
     * inlines less); any other collection by iterator, and an array over its own elements.
     */
    private static void forEachElement(CodeBlock.Builder code, ProtoValue.Repeated repeated, String local,
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

    /** Refuses a {@code null} element by its field's name, where a bare NullPointerException would leave the caller guessing. */
    private static CodeBlock checkNotNull(ProtoValue.Repeated repeated, ProtoField field, ProtoMessage message) {
        if (elementType(repeated).isPrimitive()) {
            return CodeBlock.of("");
        }
        return CodeBlock.builder()
                .beginControlFlow("if (element == null)")
                .addStatement("throw $T.nullElement($S, $S)", MESSAGE_CODEC, field.name(), message.name())
                .endControlFlow()
                .build();
    }

    private CodeBlock sizeMap(ProtoValue.MapOf map, int tagSize, String local, ProtoField field, ProtoMessage message) {
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

    // ---- writing

    private MethodSpec writer(ProtoMessage message) {
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

    private CodeBlock writeField(ProtoValue value, int number, String local, ProtoField field, ProtoMessage message) {
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

    private CodeBlock writeSingle(ProtoValue value, int number, String local) {
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
    private CodeBlock writeNoTag(ProtoValue value, String local) {
        CodeBlock.Builder code = CodeBlock.builder();
        if (value instanceof ProtoValue.WellKnown known) {
            code.addStatement("out.writeUInt32NoTag(sizeOf$L($N))", wellKnownName(known.type()), local);
            return code.addStatement("write$L($N, out)", wellKnownName(known.type()), local).build();
        }
        ProtoValue.MessageRef ref = (ProtoValue.MessageRef) value;
        code.addStatement("out.writeUInt32NoTag(sizes.next())");
        return code.addStatement("write$L($N, out, sizes)", ref.name(), local).build();
    }

    private CodeBlock writeRepeated(ProtoValue.Repeated repeated, int number, String local, ProtoField field,
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

    private CodeBlock writeMap(ProtoValue.MapOf map, int number, String local) {
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

    // ---- reading

    private MethodSpec reader(ProtoMessage message, ClassName codecs) {
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

    private void readCases(MethodSpec.Builder method, ProtoMessage message, ProtoField field, ClassName codecs) {
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

    private void addElement(MethodSpec.Builder method, ProtoMessage message, ProtoField field,
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

    private void readEntry(MethodSpec.Builder method, ProtoMessage message, ProtoField field, ProtoValue.MapOf map,
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
    private CodeBlock readSingle(ProtoValue value, TypeName type, String target, ProtoField field,
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
    private static Object[] args(Object[] prefix, Object... rest) {
        Object[] all = new Object[prefix.length + rest.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(rest, 0, all, prefix.length, rest.length);
        return all;
    }

    private static TypeName localType(ProtoValue value) {
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

    private static CodeBlock initial(ProtoValue value) {
        if (value instanceof ProtoValue.Scalar scalar && hasDefault(scalar)) {
            return defaultOf(scalar);
        }
        return CodeBlock.of("null");
    }

    /** The proto3 default a scalar reads as when absent; {@code null} when its Java type has none. */
    private static CodeBlock defaultOf(ProtoValue value) {
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

    /** Whether an absent scalar reads as a value of its Java type: all but the parsed texts. */
    private static boolean hasDefault(ProtoValue.Scalar scalar) {
        return !scalar.scalar().isText();
    }

    /** Whether the Java type cannot do without the field: a message, an enum or a parsed text that is no optional. */
    private static boolean required(ProtoValue value) {
        return value instanceof ProtoValue.MessageRef || value instanceof ProtoValue.WellKnown
                || value instanceof ProtoValue.EnumRef
                || value instanceof ProtoValue.Scalar scalar && !hasDefault(scalar);
    }

    /** The argument the record's constructor takes for a field read into {@code local}. */
    private static CodeBlock finish(ProtoValue value, String local) {
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

    /** The condition under which a repeated field has elements to write. */
    private static CodeBlock notEmpty(ProtoValue.Repeated repeated, String local) {
        return repeated.collection() == ProtoValue.JavaCollection.ARRAY
                ? CodeBlock.of("$N != null && $N.length != 0", local, local)
                : CodeBlock.of("$N != null && !$N.isEmpty()", local, local);
    }

    private static CodeBlock count(ProtoValue.Repeated repeated, String local) {
        return repeated.collection() == ProtoValue.JavaCollection.ARRAY ? CodeBlock.of("$N.length", local)
                : CodeBlock.of("$N.size()", local);
    }

    /** The type of the loop variable over a repeated field: an array's own element type, a collection's box. */
    private static TypeName elementType(ProtoValue.Repeated repeated) {
        TypeName element = repeated.element().javaType();
        return repeated.collection() == ProtoValue.JavaCollection.ARRAY ? element : element.box();
    }

    /** An array of the elements read into the list {@code local}, empty when none was. */
    private static CodeBlock toArray(TypeName element, String local) {
        if (!element.isPrimitive()) {
            return CodeBlock.of("$N == null ? new $T[0] : $N.toArray(new $T[0])", local, element, local, element);
        }
        // Streams unbox only ints, longs and doubles; one loop serves every primitive.
        return CodeBlock.of("to$LArray($N)", Names.capitalize(element.toString()), local);
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

    // ---- small rules

    /** The condition under which a field without presence is written, present and no proto3 default; {@code null} for always. */
    private static CodeBlock written(ProtoValue value, String local) {
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

    private static CodeBlock present(ProtoValue.Optional optional, String local) {
        return optional.wrapper() == ProtoValue.JavaOptional.NULLABLE ? CodeBlock.of("$N != null", local)
                : CodeBlock.of("$N != null && $N.isPresent()", local, local);
    }

    /** Returns the local that holds an optional's present value, declaring it unless the field's own local does. */
    private static String unwrapped(CodeBlock.Builder code, ProtoValue.Optional optional, String local) {
        if (optional.wrapper() == ProtoValue.JavaOptional.NULLABLE) {
            return local;
        }
        String inner = local + "Value";
        code.addStatement("$T $N = $L", optional.value().javaType(), inner, unwrap(optional, local));
        return inner;
    }

    private static CodeBlock unwrap(ProtoValue.Optional optional, String local) {
        return switch (optional.wrapper()) {
            case NULLABLE -> CodeBlock.of("$N", local);
            case OPTIONAL -> CodeBlock.of("$N.get()", local);
            case OPTIONAL_INT -> CodeBlock.of("$N.getAsInt()", local);
            case OPTIONAL_LONG -> CodeBlock.of("$N.getAsLong()", local);
            case OPTIONAL_DOUBLE -> CodeBlock.of("$N.getAsDouble()", local);
        };
    }

    /** The name of CodedOutputStream's methods for a scalar, such as {@code Int32} in {@code writeInt32}. */
    private static String streamType(ProtoValue.Scalar scalar) {
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
    private static CodeBlock toWire(ProtoValue.Scalar scalar, String local) {
        return switch (scalar.scalar()) {
            case CHAR -> CodeBlock.of("$T.valueOf($N)", String.class, local);
            case CHARS -> CodeBlock.of("new $T($N)", String.class, local);
            case YEAR -> CodeBlock.of("$N.getValue()", local);
            case ENUM_NAME -> CodeBlock.of("$N.name()", local);
            case BOOLEAN, INT, SHORT, BYTE, LONG, FLOAT, DOUBLE, STRING, BYTES -> CodeBlock.of("$N", local);
            default -> CodeBlock.of("$N.toString()", local);
        };
    }

    private static boolean isPacked(ProtoValue element) {
        return element instanceof ProtoValue.EnumRef
                || element instanceof ProtoValue.Scalar scalar && !scalar.scalar().protoType().equals("string")
                        && !scalar.scalar().protoType().equals("bytes");
    }

    /** The size of each packed element of a fixed width: 4 for a float, 8 for a double, 1 for a bool; else {@code null}. */
    private static Integer fixedSize(ProtoValue element) {
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

    private static int wireType(ProtoValue value) {
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
    private static String wireTypeName(int wireType) {
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
    private static boolean nests(ProtoMessage message) {
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

    private static int tag(int number, int wireType) {
        return number << 3 | wireType;
    }

    private static int varintSize(int value) {
        int size = 1;
        while ((value & ~0x7F) != 0) {
            value >>>= 7;
            size++;
        }
        return size;
    }

    /** The stem of the methods that read and write a well-known type, such as {@code ProtobufTimestamp}. */
    private static String wellKnownName(WellKnownType known) {
        return known == WellKnownType.TIMESTAMP ? "ProtobufTimestamp" : "ProtobufDuration";
    }

    private static String local(ProtoField field) {
        return RESERVED.contains(field.javaName()) ? field.javaName() + "Field" : field.javaName();
    }
}
