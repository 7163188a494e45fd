package dev.javakit.processor.writer.proto;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumDescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumValueDescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import com.google.protobuf.DescriptorProtos.FileOptions;
import com.google.protobuf.DescriptorProtos.MessageOptions;
import com.google.protobuf.DescriptorProtos.MethodDescriptorProto;
import com.google.protobuf.DescriptorProtos.OneofDescriptorProto;
import com.google.protobuf.DescriptorProtos.ServiceDescriptorProto;
import com.google.protobuf.TextFormat;
import dev.javakit.processor.model.ServiceModel;
import dev.javakit.processor.model.proto.ProtoDeclaration;
import dev.javakit.processor.model.proto.ProtoEnum;
import dev.javakit.processor.model.proto.ProtoField;
import dev.javakit.processor.model.proto.ProtoFile;
import dev.javakit.processor.model.proto.ProtoMessage;
import dev.javakit.processor.model.proto.ProtoRpc;
import dev.javakit.processor.model.proto.ProtoValue;
import dev.javakit.processor.writer.ResourceFileWriter;

/**
 * Writes {@code META-INF/javakit/<service>.desc} for a service with gRPC: a serialized
 * {@code FileDescriptorSet} holding the one {@code FileDescriptorProto} of its .proto, printed from
 * the same {@link ProtoFile}, as {@code protoc --descriptor_set_out} would give it (map fields with
 * their {@code Entry} types, {@code optional} fields in their synthetic oneofs). The gRPC runtime
 * serves it through server reflection.
 */
public final class ProtoDescriptorWriter extends ResourceFileWriter {

    @Override
    public boolean writesFor(ServiceModel service) {
        return service.artifacts().grpc();
    }

    @Override
    public String resourceName(ServiceModel service) {
        return service.proto().descriptorName();
    }

    /** Returns the descriptor set in protobuf's text format, for a reader. */
    @Override
    public String write(ServiceModel service) {
        return TextFormat.printer().printToString(descriptorSet(service.proto()));
    }

    @Override
    public byte[] content(ServiceModel service) {
        return descriptorSet(service.proto()).toByteArray();
    }

    private static FileDescriptorSet descriptorSet(ProtoFile proto) {
        return FileDescriptorSet.newBuilder().addFile(file(proto)).build();
    }

    private static FileDescriptorProto file(ProtoFile proto) {
        FileDescriptorProto.Builder file = FileDescriptorProto.newBuilder()
                .setName(proto.fileName())
                .addAllDependency(proto.imports())
                .setOptions(FileOptions.newBuilder()
                        .setJavaPackage(proto.javaPackage())
                        .setJavaOuterClassname(proto.javaOuterClassName())
                        .setJavaMultipleFiles(true))
                .setSyntax("proto3");
        if (!proto.protoPackage().isEmpty()) {
            file.setPackage(proto.protoPackage());
        }
        for (ProtoDeclaration declaration : proto.declarations()) {
            if (declaration instanceof ProtoMessage message) {
                file.addMessageType(message(proto, message));
            } else {
                file.addEnumType(enumeration((ProtoEnum) declaration));
            }
        }
        ServiceDescriptorProto.Builder service = ServiceDescriptorProto.newBuilder().setName(proto.service());
        for (ProtoRpc rpc : proto.rpcs()) {
            service.addMethod(MethodDescriptorProto.newBuilder()
                    .setName(rpc.name())
                    .setInputType(proto.qualified(rpc.request()))
                    .setOutputType(proto.qualified(rpc.response())));
        }
        return file.addService(service).build();
    }

    private static DescriptorProto message(ProtoFile proto, ProtoMessage message) {
        DescriptorProto.Builder builder = DescriptorProto.newBuilder().setName(message.name());
        String scope = proto.qualified(message.name());
        for (ProtoField field : message.fields()) {
            if (field.value() == null) {
                builder.addReservedRange(DescriptorProto.ReservedRange.newBuilder()
                        .setStart(field.number()).setEnd(field.number() + 1));
                continue;
            }
            FieldDescriptorProto.Builder descriptor = FieldDescriptorProto.newBuilder()
                    .setName(field.name())
                    .setNumber(field.number())
                    .setJsonName(jsonName(field.name()));
            ProtoValue value = field.value();
            if (value instanceof ProtoValue.MapOf map) {
                String entry = camel(field.name()) + "Entry";
                builder.addNestedType(DescriptorProto.newBuilder()
                        .setName(entry)
                        .addField(single(proto, FieldDescriptorProto.newBuilder().setName("key").setNumber(1)
                                .setJsonName("key").setLabel(FieldDescriptorProto.Label.LABEL_OPTIONAL), map.key()))
                        .addField(single(proto, FieldDescriptorProto.newBuilder().setName("value").setNumber(2)
                                .setJsonName("value").setLabel(FieldDescriptorProto.Label.LABEL_OPTIONAL), map.value()))
                        .setOptions(MessageOptions.newBuilder().setMapEntry(true)));
                descriptor.setLabel(FieldDescriptorProto.Label.LABEL_REPEATED)
                        .setType(FieldDescriptorProto.Type.TYPE_MESSAGE)
                        .setTypeName(scope + "." + entry);
            } else if (value instanceof ProtoValue.Repeated repeated) {
                single(proto, descriptor.setLabel(FieldDescriptorProto.Label.LABEL_REPEATED), repeated.element());
            } else if (value instanceof ProtoValue.Optional optional) {
                // proto3's optional is a oneof of one field, named after it, declared after the real oneofs.
                descriptor.setOneofIndex(builder.getOneofDeclCount()).setProto3Optional(true);
                builder.addOneofDecl(OneofDescriptorProto.newBuilder().setName("_" + field.name()));
                single(proto, descriptor.setLabel(FieldDescriptorProto.Label.LABEL_OPTIONAL), optional.value());
            } else {
                single(proto, descriptor.setLabel(FieldDescriptorProto.Label.LABEL_OPTIONAL), value);
            }
            builder.addField(descriptor);
        }
        return builder.build();
    }

    /** Sets the type of a field of one value. */
    private static FieldDescriptorProto.Builder single(ProtoFile proto, FieldDescriptorProto.Builder field,
            ProtoValue value) {
        if (value instanceof ProtoValue.EnumRef ref) {
            return field.setType(FieldDescriptorProto.Type.TYPE_ENUM).setTypeName(proto.qualified(ref.name()));
        }
        if (value instanceof ProtoValue.MessageRef ref) {
            return field.setType(FieldDescriptorProto.Type.TYPE_MESSAGE).setTypeName(proto.qualified(ref.name()));
        }
        if (value instanceof ProtoValue.WellKnown known) {
            return field.setType(FieldDescriptorProto.Type.TYPE_MESSAGE).setTypeName("." + known.type().protoName());
        }
        return field.setType(switch (((ProtoValue.Scalar) value).scalar().protoType()) {
            case "bool" -> FieldDescriptorProto.Type.TYPE_BOOL;
            case "int32" -> FieldDescriptorProto.Type.TYPE_INT32;
            case "int64" -> FieldDescriptorProto.Type.TYPE_INT64;
            case "float" -> FieldDescriptorProto.Type.TYPE_FLOAT;
            case "double" -> FieldDescriptorProto.Type.TYPE_DOUBLE;
            case "bytes" -> FieldDescriptorProto.Type.TYPE_BYTES;
            default -> FieldDescriptorProto.Type.TYPE_STRING;
        });
    }

    private static EnumDescriptorProto enumeration(ProtoEnum enumeration) {
        EnumDescriptorProto.Builder builder = EnumDescriptorProto.newBuilder()
                .setName(enumeration.name())
                .addValue(EnumValueDescriptorProto.newBuilder().setName(enumeration.unspecified()).setNumber(0));
        for (ProtoEnum.Value value : enumeration.values()) {
            builder.addValue(EnumValueDescriptorProto.newBuilder().setName(value.name()).setNumber(value.number()));
        }
        return builder.build();
    }

    /** Returns a field's JSON name as protoc derives it: {@code next_cursor} as {@code nextCursor}. */
    private static String jsonName(String field) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : field.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }

    /** Returns a map field's name as its entry type's stem, as protoc derives it: {@code by_id} as {@code ById}. */
    private static String camel(String field) {
        String json = jsonName(field);
        return Character.toUpperCase(json.charAt(0)) + json.substring(1);
    }
}
