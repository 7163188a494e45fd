package dev.javakit.processor.writer;

import static dev.javakit.processor.writer.RuntimeTypes.JSON_CODEC;
import static dev.javakit.processor.writer.RuntimeTypes.JSON_READER;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.javakit.processor.model.MethodModel;
import dev.javakit.processor.model.ServiceModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The base of generated clients: {@code endpoints(transport)} builds the service's endpoint set,
 * one call per method turning a request record into a call on the transport, so that client-side
 * middlewares apply as on the server; {@code create(...)} is the shortcut to a service. The
 * factories taking an {@code Instancer} make those endpoints once per instance and balance over
 * them through the endpoint set's {@code with(Middleware)}, so they stay the same size whatever
 * the methods.
 *
 * <p>Each call is a lambda beside the JSON readers and writers it captures, all made once per
 * endpoint set: a method and two fields per endpoint would say the same thing in twice the lines.
 */
abstract class ClientWriter extends SourceFileWriter {

    /** Returns the generated client's class name. */
    protected abstract ClassName client(ServiceModel service);

    /** Returns the client's Javadoc. */
    protected abstract CodeBlock javadoc(ServiceModel service);

    /** Returns the transport type the client sends with. */
    protected abstract ClassName transport();

    /** Returns the expression of the transport's JSON codec. */
    protected abstract CodeBlock json();

    /** Adds the locals one method's call needs besides its result reader (a body writer, say). */
    protected void addLocals(MethodSpec.Builder endpoints, ServiceModel service, MethodModel method) {
    }

    /**
     * Returns why the transport cannot carry {@code method}, the message of the exception its client
     * endpoint throws, or {@code null} when it can.
     */
    protected String unsupported(ServiceModel service, MethodModel method) {
        return null;
    }

    /** Returns the static {@code create(...)} convenience factory. */
    protected abstract MethodSpec create(ServiceModel service);

    /**
     * Returns the factories of the service spread over the instances an {@code Instancer} lists:
     * {@code create(Instancer...)} with the defaults, and {@code endpoints(Instancer, ...)}.
     */
    protected abstract List<MethodSpec> balanced(ServiceModel service);

    /** Returns the expression that sends one call of {@code request} in {@code ctx} and returns the response record. */
    protected abstract CodeBlock call(ServiceModel service, MethodModel method);

    @Override
    protected final TypeSpec.Builder type(ServiceModel service) {
        ClassName endpoints = service.endpointsClass();
        MethodSpec.Builder factory = MethodSpec.methodBuilder("endpoints")
                .addJavadoc("Returns the endpoints that call the service with {@code transport}, as a service themselves;\n"
                        + "wrap them with client middlewares first.")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(endpoints)
                .addParameter(transport(), "transport")
                .addStatement("$T json = $L", JSON_CODEC, json());
        List<CodeBlock> calls = new ArrayList<>();
        for (MethodModel method : service.methods()) {
            String unsupported = unsupported(service, method);
            if (unsupported != null) {
                calls.add(CodeBlock.of("(ctx, request) -> {\n$>throw new $T($S);\n$<}",
                        UnsupportedOperationException.class, unsupported));
                continue;
            }
            addLocals(factory, service, method);
            ClassName response = endpoints.nestedClass(method.responseRecordName());
            factory.addStatement("$T $N = json.reader($T.class)",
                    ParameterizedTypeName.get(JSON_READER, response), responseReader(method), response);
            calls.add(CodeBlock.of("(ctx, request) -> $>$>$L$<$<", call(service, method)));
        }
        factory.addStatement("return new $T(\n$L)", endpoints, CodeBlock.join(calls, ",\n"));
        return TypeSpec.classBuilder(client(service))
                .addJavadoc(javadoc(service))
                .addModifiers(visibility(service))
                .addModifiers(Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(factory.build())
                .addMethod(create(service))
                .addMethods(balanced(service));
    }

    /** Returns the name of the local reading the method's response record. */
    static String responseReader(MethodModel method) {
        return method.name() + "Response";
    }

    /**
     * Returns the expression of {@code method}'s error mapping in the service's {@code ClientErrors},
     * such as {@code ProfileServiceClientErrors.GET_PROFILE}.
     */
    static CodeBlock clientErrors(ServiceModel service, MethodModel method) {
        return CodeBlock.of("$T.$N", service.clientErrorsClass(), method.constantName());
    }
}
