package dev.javakit.processor.writer;

import static dev.javakit.processor.writer.RuntimeTypes.CONTEXT;
import static dev.javakit.processor.writer.RuntimeTypes.ENDPOINT;
import static dev.javakit.processor.writer.RuntimeTypes.ENDPOINT_INFO;
import static dev.javakit.processor.writer.RuntimeTypes.MIDDLEWARE;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
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
import java.util.function.UnaryOperator;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Service>Endpoints}: the request and response records, one typed endpoint per
 * method, the factory of server endpoints from a service, middleware application, and the
 * service interface implemented over the endpoints (Go kit's {@code Endpoints} struct,
 * {@code MakeServerEndpoints} and its service methods).
 */
public final class EndpointsWriter extends SourceFileWriter {

    @Override
    protected TypeSpec.Builder type(ServiceModel service) {
        ClassName self = service.endpointsClass();
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addModifiers(visibility(service))
                .addModifiers(Modifier.FINAL)
                .addSuperinterface(service.serviceType());
        for (MethodModel method : service.methods()) {
            type.addField(FieldSpec.builder(ENDPOINT_INFO, method.constantName(),
                            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .initializer("new $T($S, $S, $L)", ENDPOINT_INFO, service.serviceName(), method.name(),
                            method.idempotent())
                    .build());
        }
        for (MethodModel method : service.methods()) {
            type.addField(endpointType(self, method), method.endpointName(), Modifier.PRIVATE, Modifier.FINAL);
        }
        type.addMethod(constructor(self, service));
        type.addMethod(factory(self, service));
        for (MethodModel method : service.methods()) {
            type.addMethod(MethodSpec.methodBuilder(method.endpointName())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(endpointType(self, method))
                    .addStatement("return $N", method.endpointName())
                    .build());
        }
        type.addMethod(withMiddleware(self, service));
        for (MethodModel method : service.methods()) {
            type.addMethod(withOne(self, service, method));
        }
        for (MethodModel method : service.methods()) {
            type.addMethod(serviceMethod(self, method));
        }
        for (MethodModel method : service.methods()) {
            type.addType(requestRecord(method));
            type.addType(responseRecord(method));
        }
        return type;
    }

    private static TypeName endpointType(ClassName self, MethodModel method) {
        return ParameterizedTypeName.get(ENDPOINT,
                self.nestedClass(method.requestRecordName()), self.nestedClass(method.responseRecordName()));
    }

    private static MethodSpec constructor(ClassName self, ServiceModel service) {
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC);
        for (MethodModel method : service.methods()) {
            constructor.addParameter(endpointType(self, method), method.endpointName());
            constructor.addStatement("this.$1N = $2T.requireNonNull($1N, $1S)", method.endpointName(), Objects.class);
        }
        return constructor.build();
    }

    private static MethodSpec factory(ClassName self, ServiceModel service) {
        List<CodeBlock> endpoints = new ArrayList<>();
        for (MethodModel method : service.methods()) {
            endpoints.add(serverEndpoint(self, method));
        }
        return MethodSpec.methodBuilder("of")
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
            // Plain add(), not addStatement(): these lines sit inside the constructor-call statement.
            return CodeBlock.of("(ctx, request) -> {\n$>$L;\nreturn new $T();\n$<}", call, response);
        }
        return CodeBlock.of("(ctx, request) -> new $T($L)", response, call);
    }

    private static MethodSpec withMiddleware(ClassName self, ServiceModel service) {
        List<CodeBlock> wrapped = new ArrayList<>();
        for (MethodModel method : service.methods()) {
            wrapped.add(CodeBlock.of("middleware.wrap($N, $N)", method.constantName(), method.endpointName()));
        }
        return MethodSpec.methodBuilder("with")
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addParameter(MIDDLEWARE, "middleware")
                .addStatement("return new $T(\n$L)", self, CodeBlock.join(wrapped, ",\n"))
                .build();
    }

    private static MethodSpec withOne(ClassName self, ServiceModel service, MethodModel target) {
        List<CodeBlock> endpoints = new ArrayList<>();
        for (MethodModel method : service.methods()) {
            endpoints.add(method == target
                    ? CodeBlock.of("wrapper.apply($N)", method.endpointName())
                    : CodeBlock.of("$N", method.endpointName()));
        }
        TypeName wrapper = ParameterizedTypeName.get(ClassName.get(UnaryOperator.class), endpointType(self, target));
        return MethodSpec.methodBuilder("with" + target.capitalizedName())
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addParameter(wrapper, "wrapper")
                .addStatement("return new $T(\n$L)", self, CodeBlock.join(endpoints, ",\n"))
                .build();
    }

    private static MethodSpec serviceMethod(ClassName self, MethodModel method) {
        MethodSpec.Builder spec = signature(method);
        String context = null;
        List<CodeBlock> components = new ArrayList<>();
        for (ParameterModel parameter : method.parameters()) {
            if (parameter.binding() == Binding.CONTEXT) {
                context = parameter.name();
            } else {
                components.add(CodeBlock.of("$N", parameter.name()));
            }
        }
        CodeBlock call = CodeBlock.of("$N.call($L, new $T($L))",
                method.endpointName(),
                context != null ? CodeBlock.of("$N", context) : CodeBlock.of("$T.background()", CONTEXT),
                self.nestedClass(method.requestRecordName()),
                CodeBlock.join(components, ", "));
        CodeBlock statement = method.returnsVoid()
                ? CodeBlock.of("$L", call)
                : CodeBlock.of("return $L.$N()", call, method.resultName());
        if (method.throwsAnyException()) {
            return spec.addStatement(statement).build();
        }
        String exception = unusedName("e", method);
        List<CodeBlock> rethrown = new ArrayList<>();
        for (TypeName type : method.rethrownTypes()) {
            rethrown.add(CodeBlock.of("$T", type));
        }
        rethrown.add(CodeBlock.of("$T", RuntimeException.class));
        return spec.beginControlFlow("try")
                .addStatement(statement)
                .nextControlFlow("catch ($L $N)", CodeBlock.join(rethrown, " | "), exception)
                .addStatement("throw $N", exception)
                .nextControlFlow("catch ($T $N)", Exception.class, exception)
                .addStatement("throw new $T($N)", UndeclaredThrowableException.class, exception)
                .endControlFlow()
                .build();
    }

    /** Returns the method's signature as an {@code @Override}, without the body. */
    static MethodSpec.Builder signature(MethodModel method) {
        MethodSpec.Builder spec = MethodSpec.methodBuilder(method.name())
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(method.returnType());
        for (ParameterModel parameter : method.parameters()) {
            spec.addParameter(ParameterSpec.builder(parameter.type(), parameter.name()).build());
        }
        spec.varargs(method.element().isVarArgs());
        for (TypeName thrown : method.thrownTypes()) {
            spec.addException(thrown);
        }
        return spec;
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
            components.addParameter(parameter.type(), parameter.name());
        }
        return TypeSpec.recordBuilder(method.requestRecordName())
                .addModifiers(Modifier.PUBLIC)
                .recordConstructor(components.build())
                .build();
    }

    private static TypeSpec responseRecord(MethodModel method) {
        MethodSpec.Builder components = MethodSpec.constructorBuilder();
        if (!method.returnsVoid()) {
            components.addParameter(method.returnType(), method.resultName());
        }
        return TypeSpec.recordBuilder(method.responseRecordName())
                .addModifiers(Modifier.PUBLIC)
                .recordConstructor(components.build())
                .build();
    }
}
