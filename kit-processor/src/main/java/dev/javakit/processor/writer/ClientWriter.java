package dev.javakit.processor.writer;

import static dev.javakit.processor.writer.RuntimeTypes.JSON_READER;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.javakit.processor.model.ClientErrorModel;
import dev.javakit.processor.model.MethodModel;
import dev.javakit.processor.model.ServiceModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * The base of generated clients: a class holding a transport, one method per service method
 * turning a request record into a call, and {@code endpoints(transport)} building the service's
 * endpoint set from those methods, so that client-side middlewares apply as on the server.
 */
abstract class ClientWriter extends SourceFileWriter {

    private static final ClassName CLIENT_ERRORS = ClassName.get("dev.javakit.transport.http.client", "ClientErrors");

    /** Returns the generated client's class name. */
    protected abstract ClassName client(ServiceModel service);

    /** Returns the transport type the client sends with. */
    protected abstract ClassName transport();

    /** Returns the expression of the transport's JSON codec, inside the constructor. */
    protected abstract CodeBlock json();

    /** Adds what one method needs besides its error mapping and result reader (a body writer, say). */
    protected void addMembers(TypeSpec.Builder type, MethodSpec.Builder constructor, MethodModel method) {
    }

    /** Returns the static {@code create(...)} convenience factory. */
    protected abstract MethodSpec create(ServiceModel service);

    /** Returns the statement that sends one call and returns the decoded response record. */
    protected abstract CodeBlock call(ServiceModel service, MethodModel method);

    @Override
    protected final TypeSpec.Builder type(ServiceModel service) {
        ClassName endpoints = service.endpointsClass();
        TypeSpec.Builder type = TypeSpec.classBuilder(client(service))
                .addModifiers(visibility(service))
                .addModifiers(Modifier.FINAL)
                .addField(transport(), "transport", Modifier.PRIVATE, Modifier.FINAL);
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(transport(), "transport")
                .addStatement("this.transport = $T.requireNonNull(transport, $S)", Objects.class, "transport");
        List<CodeBlock> methods = new ArrayList<>();
        for (MethodModel method : service.methods()) {
            type.addField(errors(method));
            addMembers(type, constructor, method);
            ClassName response = endpoints.nestedClass(method.responseRecordName());
            type.addField(ParameterizedTypeName.get(JSON_READER, response), responseReader(method),
                    Modifier.PRIVATE, Modifier.FINAL);
            constructor.addStatement("this.$N = $L.reader($T.class)", responseReader(method), json(), response);
            methods.add(CodeBlock.of("client::$N", method.name()));
        }
        type.addMethod(constructor.build())
                .addMethod(MethodSpec.methodBuilder("endpoints")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(endpoints)
                        .addParameter(transport(), "transport")
                        .addStatement("$1T client = new $1T(transport)", client(service))
                        .addStatement("return new $T(\n$L)", endpoints, CodeBlock.join(methods, ",\n"))
                        .build())
                .addMethod(create(service));
        for (MethodModel method : service.methods()) {
            type.addMethod(MethodSpec.methodBuilder(method.name())
                    .returns(endpoints.nestedClass(method.responseRecordName()))
                    .addParameter(RuntimeTypes.CONTEXT, "ctx")
                    .addParameter(endpoints.nestedClass(method.requestRecordName()), "request")
                    .addException(Exception.class)
                    .addStatement(call(service, method))
                    .build());
        }
        return type;
    }

    /** Returns the constant mapping the method's error answers back to its declared exceptions. */
    private static FieldSpec errors(MethodModel method) {
        FieldSpec.Builder field = FieldSpec.builder(CLIENT_ERRORS, errorsConstant(method),
                Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL);
        if (method.clientErrors().isEmpty()) {
            return field.initializer("$T.NONE", CLIENT_ERRORS).build();
        }
        CodeBlock.Builder builder = CodeBlock.builder().add("$T.builder()$>$>", CLIENT_ERRORS);
        for (ClientErrorModel error : method.clientErrors()) {
            builder.add(error.fixedMessage() ? "\n.fixed($L, $T::new)" : "\n.withMessage($L, $T::new)",
                    error.status(), error.exception());
        }
        return field.initializer(builder.add("\n.build()$<$<").build()).build();
    }

    /** Returns the name of the method's error mapping constant, such as {@code GET_PROFILE_ERRORS}. */
    static String errorsConstant(MethodModel method) {
        return method.constantName() + "_ERRORS";
    }

    /** Returns the name of the method's response reader field. */
    static String responseReader(MethodModel method) {
        return method.name() + "Response";
    }
}
