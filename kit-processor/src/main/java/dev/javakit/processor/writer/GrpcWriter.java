package dev.javakit.processor.writer;

import static dev.javakit.processor.writer.RuntimeTypes.GRPC_METHOD;
import static dev.javakit.processor.writer.RuntimeTypes.GRPC_SERVICE;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.javakit.processor.model.ErrorStatusModel;
import dev.javakit.processor.model.MethodModel;
import dev.javakit.processor.model.ServiceModel;
import dev.javakit.processor.model.proto.ProtoFile;
import dev.javakit.processor.model.proto.ProtoMessage;
import dev.javakit.processor.model.proto.ProtoRpc;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Service>Grpc}: the service's full protobuf name, one {@code GrpcMethod} per method
 * (the descriptor server and client share, over the generated protobuf codecs), and
 * {@code of(endpoints)}, the {@code GrpcService} a {@code GrpcServer} serves (Go kit's
 * {@code grpctransport.NewServer} per method), with the declared exceptions' statuses as the HTTP
 * routes have them.
 */
public final class GrpcWriter extends SourceFileWriter {

    @Override
    public boolean writesFor(ServiceModel service) {
        return service.artifacts().grpc();
    }

    @Override
    protected TypeSpec.Builder type(ServiceModel service) {
        ProtoFile proto = service.proto();
        ClassName grpc = service.grpcClass();
        ClassName endpoints = service.endpointsClass();
        TypeSpec.Builder type = TypeSpec.classBuilder(grpc)
                .addJavadoc("The gRPC binding of {@link $T}, the service of {@code $L}:\n"
                        + "its methods as unary rpcs, and {@code of(endpoints)} to give to a gRPC server.",
                        service.serviceType(), proto.fileName())
                .addModifiers(visibility(service))
                .addModifiers(Modifier.FINAL)
                .addField(FieldSpec.builder(String.class, "SERVICE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The service's full protobuf name, the prefix of its methods' names on the wire.")
                        .initializer("$S", proto.protoPackage().isEmpty()
                                ? proto.service() : proto.protoPackage() + "." + proto.service())
                        .build());
        CodeBlock.Builder serve = CodeBlock.builder().add("return $T.builder(SERVICE, $T.class, $S)\n$>$>",
                GRPC_SERVICE, grpc, proto.descriptorName());
        for (MethodModel method : service.methods()) {
            ProtoRpc rpc = rpc(proto, method);
            ClassName request = endpoints.nestedClass(method.requestRecordName());
            ClassName response = endpoints.nestedClass(method.responseRecordName());
            type.addField(FieldSpec.builder(ParameterizedTypeName.get(GRPC_METHOD, request, response),
                            method.constantName(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc(Javadocs.brief(CodeBlock.of("Calls $L as the rpc {@code $L}.", Javadocs.link(method),
                            rpc.name()), method))
                    .initializer("$T.unary(SERVICE, $S, $T.$N,\n$>$>$T.$N, $T.$N)$<$<", GRPC_METHOD, rpc.name(),
                            endpoints, method.constantName(),
                            service.protoCodecsClass(), constant(proto, rpc.request()),
                            service.protoCodecsClass(), constant(proto, rpc.response()))
                    .build());
            serve.add(".unary($N, endpoints.$N())\n", method.constantName(), method.endpointName());
        }
        for (ErrorStatusModel error : service.errorStatuses()) {
            serve.add(".errorStatus($T.class, $L)\n", error.exception(), error.status());
        }
        serve.add(".build();\n$<$<");
        return type
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder("of")
                        .addJavadoc("Returns the gRPC service that calls {@code endpoints}, with the schema server\n"
                                + "reflection answers from the service's descriptor.")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(GRPC_SERVICE)
                        .addParameter(endpoints, "endpoints")
                        .addCode(serve.build())
                        .build());
    }

    private static ProtoRpc rpc(ProtoFile proto, MethodModel method) {
        return proto.rpcs().stream()
                .filter(rpc -> rpc.methodName().equals(method.name()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no rpc for " + method.name()));
    }

    /** Returns the name of the codec constant of the message {@code name}. */
    private static String constant(ProtoFile proto, String name) {
        return proto.messages().stream()
                .filter(message -> message.name().equals(name))
                .map(ProtoMessage::constant)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no message " + name));
    }
}
