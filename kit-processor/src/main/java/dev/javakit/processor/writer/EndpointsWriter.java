package dev.javakit.processor.writer;

import static dev.javakit.processor.writer.RuntimeTypes.CONTEXT;
import static dev.javakit.processor.writer.RuntimeTypes.ENDPOINT;
import static dev.javakit.processor.writer.RuntimeTypes.ENDPOINT_INFO;
import static dev.javakit.processor.writer.RuntimeTypes.MIDDLEWARE;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.javakit.processor.model.Binding;
import dev.javakit.processor.model.MethodModel;
import dev.javakit.processor.model.ParameterModel;
import dev.javakit.processor.model.ServiceModel;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Service>Endpoints}: a record of one typed endpoint per method (Go kit's
 * {@code Endpoints} struct), with the request and response records, the factory of server
 * endpoints from a service ({@code MakeServerEndpoints}), middleware application, and the service
 * interface implemented over the endpoints.
 *
 * <p>Every part is written once per method: one endpoint is decorated with
 * {@code with(middleware.onlyFor(CONSTANT))}, not a method per endpoint that would copy all the
 * others, which made the file grow with the square of the method count.
 */
public final class EndpointsWriter extends SourceFileWriter {

    /**
     * The most checked exceptions {@code Endpoint.callDeclaring} is typed for: with up to three, a service
     * method over its endpoint is one line; one declaring more catches, rethrows and wraps by itself.
     */
    private static final int MAX_DECLARED_BY_CALL = 3;

    @Override
    protected TypeSpec.Builder type(ServiceModel service) {
        ClassName self = service.endpointsClass();
        // A record: the components are the fields, accessors and constructor an endpoint set needs.
        TypeSpec.Builder type = TypeSpec.recordBuilder(self)
                .addJavadoc(javadoc(service))
                .addModifiers(visibility(service))
                .addSuperinterface(service.serviceType())
                .recordConstructor(constructor(self, service));
        for (MethodModel method : service.methods()) {
            type.addField(FieldSpec.builder(ENDPOINT_INFO, method.constantName(),
                            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc(Javadocs.brief(CodeBlock.of(
                            "Names $L to middlewares:\n{@code with(middleware.onlyFor($N))} wraps its endpoint alone.",
                            Javadocs.link(method), method.constantName()), method))
                    .initializer("new $T($S, $S, $L)", ENDPOINT_INFO, service.serviceName(), method.name(),
                            method.idempotent())
                    .build());
        }
        type.addMethod(factory(self, service));
        type.addMethod(withMiddleware(self, service));
        for (MethodModel method : service.methods()) {
            type.addMethod(serviceMethod(self, method));
        }
        for (MethodModel method : service.methods()) {
            type.addType(requestRecord(method));
            type.addType(responseRecord(method));
        }
        return type;
    }

    private static CodeBlock javadoc(ServiceModel service) {
        CodeBlock.Builder doc = CodeBlock.builder()
                .add("The endpoints of {@link $T}, one per method, as Go kit's {@code Endpoints}:\n",
                        service.serviceType())
                .add("build them from a service with {@link #of($T)}, wrap them with {@link #with($T)},\n",
                        service.serviceType(), MIDDLEWARE)
                .add("serve them over a transport, or call them as the service itself.\n");
        for (MethodModel method : service.methods()) {
            String summary = method.doc().firstSentence();
            doc.add("\n@param $N the endpoint of $L$L", method.endpointName(), Javadocs.link(method),
                    summary.isEmpty() ? "" : ".\n    " + summary.replace("\n", "\n    "));
        }
        return doc.build();
    }

    private static TypeName endpointType(ClassName self, MethodModel method) {
        return ParameterizedTypeName.get(ENDPOINT,
                self.nestedClass(method.requestRecordName()), self.nestedClass(method.responseRecordName()));
    }

    /** Returns the compact canonical constructor, which rejects a missing endpoint when the set is built. */
    private static MethodSpec constructor(ClassName self, ServiceModel service) {
        MethodSpec.Builder constructor = MethodSpec.compactConstructorBuilder()
                .addJavadoc("Creates an endpoint set from one endpoint per method, none of them {@code null}.")
                .addModifiers(visibility(service));
        for (MethodModel method : service.methods()) {
            constructor.addParameter(endpointType(self, method), method.endpointName());
            constructor.addStatement("$1T.requireNonNull($2N, $2S)", Objects.class, method.endpointName());
        }
        return constructor.build();
    }

    private static MethodSpec factory(ClassName self, ServiceModel service) {
        List<CodeBlock> endpoints = new ArrayList<>();
        for (MethodModel method : service.methods()) {
            endpoints.add(serverEndpoint(self, method));
        }
        return MethodSpec.methodBuilder("of")
                .addJavadoc("Returns the server endpoints of {@code service}, each calling its method, as Go kit's\n"
                        + "{@code MakeServerEndpoints}.")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(service.serviceType(), "service")
                .addStatement("$T.requireNonNull(service, $S)", Objects.class, "service")
                .addStatement("return new $T(\n$L)", self, CodeBlock.join(endpoints, ",\n"))
                .build();
    }

    private static CodeBlock serverEndpoint(ClassName self, MethodModel method) {
        List<CodeBlock> arguments = new ArrayList<>();
        for (ParameterModel parameter : method.parameters()) {
            arguments.add(parameter.binding() == Binding.CONTEXT
                    ? CodeBlock.of("ctx")
                    : CodeBlock.of("request.$N()", parameter.name()));
        }
        CodeBlock call = CodeBlock.of("service.$N($L)", method.name(), CodeBlock.join(arguments, ", "));
        ClassName response = self.nestedClass(method.responseRecordName());
        if (method.returnsVoid()) {
            return CodeBlock.of("(ctx, request) -> { $L; return new $T(); }", call, response);
        }
        return CodeBlock.of("(ctx, request) -> new $T($L)", response, call);
    }

    private static MethodSpec withMiddleware(ClassName self, ServiceModel service) {
        List<CodeBlock> wrapped = new ArrayList<>();
        for (MethodModel method : service.methods()) {
            wrapped.add(CodeBlock.of("middleware.wrap($N, $N)", method.constantName(), method.endpointName()));
        }
        return MethodSpec.methodBuilder("with")
                .addJavadoc("Returns these endpoints, each wrapped with {@code middleware};\n"
                        + "{@code with(middleware.onlyFor(...))} wraps some of them alone.")
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addParameter(MIDDLEWARE, "middleware")
                .addStatement("return new $T(\n$L)", self, CodeBlock.join(wrapped, ",\n"))
                .build();
    }

    private static MethodSpec serviceMethod(ClassName self, MethodModel method) {
        MethodSpec.Builder spec = Signatures.override(method).addJavadoc(Javadocs.sameSignature(
                CodeBlock.of("Calls $L\nthrough its endpoint, {@link #$N()}.", Javadocs.link(method), method.endpointName()),
                method));
        String contextName = null;
        List<CodeBlock> components = new ArrayList<>();
        for (ParameterModel parameter : method.parameters()) {
            if (parameter.binding() == Binding.CONTEXT) {
                contextName = parameter.name();
            } else {
                components.add(CodeBlock.of("$N", parameter.name()));
            }
        }
        CodeBlock context = contextName != null ? CodeBlock.of("$N", contextName) : CodeBlock.of("$T.background()", CONTEXT);
        CodeBlock request = CodeBlock.of("new $T($L)",
                self.nestedClass(method.requestRecordName()), CodeBlock.join(components, ", "));
        CodeBlock call = CodeBlock.of("$N.call($L, $L)", method.endpointName(), context, request);
        if (method.throwsAnyException()) {
            return spec.addStatement(result(method, call)).build();
        }
        List<TypeName> declared = method.rethrownTypes();
        if (declared.size() <= MAX_DECLARED_BY_CALL) {
            List<CodeBlock> arguments = new ArrayList<>(List.of(context, request));
            for (TypeName type : declared) {
                arguments.add(CodeBlock.of("$T.class", type.withoutAnnotations()));
            }
            return spec.addStatement(result(method, CodeBlock.of("$N.callDeclaring($L)",
                    method.endpointName(), CodeBlock.join(arguments, ", ")))).build();
        }
        String exception = unusedName("e", method);
        List<CodeBlock> rethrown = new ArrayList<>();
        for (TypeName type : declared) {
            rethrown.add(CodeBlock.of("$T", type));
        }
        rethrown.add(CodeBlock.of("$T", RuntimeException.class));
        return spec.beginControlFlow("try")
                .addStatement(result(method, call))
                .nextControlFlow("catch ($L $N)", CodeBlock.join(rethrown, " | "), exception)
                .addStatement("throw $N", exception)
                .nextControlFlow("catch ($T $N)", Exception.class, exception)
                .addStatement("throw new $T($N)", UndeclaredThrowableException.class, exception)
                .endControlFlow()
                .build();
    }

    /** Returns {@code call} as the statement of a method: its result returned, or nothing for a void method. */
    private static CodeBlock result(MethodModel method, CodeBlock call) {
        return method.returnsVoid() ? call : CodeBlock.of("return $L.$N()", call, method.resultName());
    }

    private static String unusedName(String preferred, MethodModel method) {
        String name = preferred;
        while (true) {
            String candidate = name;
            if (method.parameters().stream().noneMatch(p -> p.name().equals(candidate))) {
                return name;
            }
            name = name + "_";
        }
    }

    private static TypeSpec requestRecord(MethodModel method) {
        MethodSpec.Builder components = MethodSpec.constructorBuilder();
        for (ParameterModel parameter : method.requestComponents()) {
            components.addParameter(Signatures.component(parameter));
        }
        return TypeSpec.recordBuilder(method.requestRecordName())
                .addJavadoc(Javadocs.record(CodeBlock.of(
                        "The arguments of $L,\nas its endpoint takes them and transports carry them.",
                        Javadocs.link(method)), method, method.requestComponents()))
                .addModifiers(Modifier.PUBLIC)
                .recordConstructor(components.build())
                .build();
    }

    private static TypeSpec responseRecord(MethodModel method) {
        MethodSpec.Builder components = MethodSpec.constructorBuilder();
        if (!method.returnsVoid()) {
            components.addParameter(Signatures.result(method));
        }
        return TypeSpec.recordBuilder(method.responseRecordName())
                .addJavadoc(Javadocs.responseRecord(CodeBlock.of(
                        method.returnsVoid()
                                ? "The empty result of $L,\nas its endpoint returns it and transports carry it."
                                : "The result of $L,\nas its endpoint returns it and transports carry it.",
                        Javadocs.link(method)), method))
                .addModifiers(Modifier.PUBLIC)
                .recordConstructor(components.build())
                .build();
    }
}
