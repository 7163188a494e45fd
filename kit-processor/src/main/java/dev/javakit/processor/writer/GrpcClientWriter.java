package dev.javakit.processor.writer;

import static dev.javakit.processor.writer.RuntimeTypes.GRPC_CLIENT_TRANSPORT;
import static dev.javakit.processor.writer.RuntimeTypes.INSTANCER;
import static dev.javakit.processor.writer.RuntimeTypes.LOAD_BALANCING;
import static dev.javakit.processor.writer.RuntimeTypes.MIDDLEWARE;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.javakit.processor.model.MethodModel;
import dev.javakit.processor.model.ServiceModel;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Service>GrpcClient}: client endpoints that call the service's rpcs with the
 * {@code GrpcMethod}s of its binding, turned back into the service by the endpoint set (Go kit's
 * {@code grpctransport.NewClient} per method), with the same factories as the HTTP client. A
 * load-balanced client keeps each instance's transport beside its endpoints in a small record the
 * balancer closes when the instance leaves, so its channel does not outlive it.
 */
public final class GrpcClientWriter extends SourceFileWriter {

    /** The nested record of one instance's endpoints and transport. */
    private static final String CONNECTED = "Connected";

    @Override
    public boolean writesFor(ServiceModel service) {
        return service.artifacts().grpcClient();
    }

    @Override
    protected TypeSpec.Builder type(ServiceModel service) {
        ClassName endpoints = service.endpointsClass();
        ClassName connected = service.grpcClientClass().nestedClass(CONNECTED);
        List<CodeBlock> calls = service.methods().stream()
                .map(method -> CodeBlock.of("transport.endpoint($T.$N, $L)", service.grpcClass(),
                        method.constantName(), clientErrors(service, method)))
                .toList();
        return TypeSpec.classBuilder(service.grpcClientClass())
                .addJavadoc("Calls {@link $T} over gRPC with the methods of {@link $T}, as Go kit's\n"
                        + "{@code grpctransport.NewClient}: {@link #create} returns the service, {@link #endpoints} its\n"
                        + "endpoints.", service.serviceType(), service.grpcClass())
                .addModifiers(visibility(service))
                .addModifiers(Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder("endpoints")
                        .addJavadoc("Returns the endpoints that call the service with {@code transport}, as a service themselves;\n"
                                + "wrap them with client middlewares first.")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(endpoints)
                        .addParameter(GRPC_CLIENT_TRANSPORT, "transport")
                        .addStatement("return new $T(\n$L)", endpoints, CodeBlock.join(calls, ",\n"))
                        .build())
                .addMethod(MethodSpec.methodBuilder("create")
                        .addJavadoc("Returns the service served at {@code target}, {@code host:port}, called with a default\n"
                                + "transport.")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(service.serviceType())
                        .addParameter(String.class, "target")
                        .addStatement("return endpoints($T.builder(target).build())", GRPC_CLIENT_TRANSPORT)
                        .build())
                .addMethod(MethodSpec.methodBuilder("create")
                        .addJavadoc("Returns the service spread over the instances {@code instancer} lists, with the default\n"
                                + "load balancing and transport.")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(service.serviceType())
                        .addParameter(INSTANCER, "instancer")
                        .addStatement("return endpoints(instancer, $T.defaults(), $T.builder())",
                                LOAD_BALANCING, GRPC_CLIENT_TRANSPORT)
                        .build())
                .addMethod(MethodSpec.methodBuilder("endpoints")
                        .addJavadoc("Returns the endpoints that spread calls over the instances {@code instancer} lists as\n"
                                + "{@code policy} says, calling each with a transport {@code transports} builds, which is\n"
                                + "closed when its instance leaves; the endpoints of a transport to no instance give the\n"
                                + "set its shape.")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(endpoints)
                        .addParameter(INSTANCER, "instancer")
                        .addParameter(LOAD_BALANCING, "policy")
                        .addParameter(GRPC_CLIENT_TRANSPORT.nestedClass("Builder"), "transports")
                        .addStatement("return policy.over(instancer, instance -> new $T(transports.build(instance)))\n"
                                + ".endpoints(new $T(transports.build()), $T::with)\n.endpoints()",
                                connected, connected, connected)
                        .build())
                .addType(connected(service, connected));
    }

    /** The record the balancer keeps per instance: closing it closes the instance's channel. */
    private static TypeSpec connected(ServiceModel service, ClassName connected) {
        ClassName endpoints = service.endpointsClass();
        return TypeSpec.recordBuilder(connected)
                .addJavadoc("One instance's endpoints and the transport they call, which the balancer closes when\n"
                        + "the instance leaves.")
                .addModifiers(Modifier.PRIVATE)
                .addSuperinterface(AutoCloseable.class)
                .recordConstructor(MethodSpec.constructorBuilder()
                        .addParameter(GRPC_CLIENT_TRANSPORT, "transport")
                        .addParameter(endpoints, "endpoints")
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(GRPC_CLIENT_TRANSPORT, "transport")
                        .addStatement("this(transport, $T.endpoints(transport))", service.grpcClientClass())
                        .build())
                .addMethod(MethodSpec.methodBuilder("with")
                        .addModifiers(Modifier.PRIVATE)
                        .returns(connected)
                        .addParameter(MIDDLEWARE, "middleware")
                        .addStatement("return new $T(transport, endpoints.with(middleware))", connected)
                        .build())
                .addMethod(MethodSpec.methodBuilder("close")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addStatement("transport.close()")
                        .build())
                .build();
    }

    /** Returns the method's error mapping in the service's {@code ClientErrors}. */
    private static CodeBlock clientErrors(ServiceModel service, MethodModel method) {
        return CodeBlock.of("$T.$N", service.clientErrorsClass(), method.constantName());
    }
}
