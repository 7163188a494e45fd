package dev.javakit.processor.writer;

import static dev.javakit.processor.writer.RuntimeTypes.CONTEXT;
import static dev.javakit.processor.writer.RuntimeTypes.JSON_READER;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.javakit.processor.model.Binding;
import dev.javakit.processor.model.Cardinality;
import dev.javakit.processor.model.ClientErrorModel;
import dev.javakit.processor.model.MethodModel;
import dev.javakit.processor.model.ParameterModel;
import dev.javakit.processor.model.ServiceModel;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Service>HttpClient}: client endpoints that call the service over HTTP with the
 * same records, routes and bindings the server decodes, turned back into the service by the
 * endpoint set (Go kit's {@code MakeClientEndpoints} and {@code encode*Request} functions).
 */
public final class HttpClientWriter extends SourceFileWriter {

    private static final ClassName TRANSPORT = ClassName.get("dev.javakit.transport.http.client", "HttpClientTransport");
    private static final ClassName CLIENT_REQUEST = ClassName.get("dev.javakit.transport.http.client", "ClientRequest");
    private static final ClassName CLIENT_ERRORS = ClassName.get("dev.javakit.transport.http.client", "ClientErrors");
    private static final ClassName JSON_WRITER = ClassName.get("dev.javakit.json", "JsonWriter");

    @Override
    protected TypeSpec.Builder type(ServiceModel service) {
        ClassName endpoints = service.endpointsClass();
        TypeSpec.Builder type = TypeSpec.classBuilder(service.httpClientClass())
                .addModifiers(visibility(service))
                .addModifiers(Modifier.FINAL)
                .addField(TRANSPORT, "transport", Modifier.PRIVATE, Modifier.FINAL);
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(TRANSPORT, "transport")
                .addStatement("this.transport = $T.requireNonNull(transport, $S)", Objects.class, "transport");
        for (MethodModel method : service.methods()) {
            type.addField(errors(method));
            ParameterModel body = HttpRoutesWriter.body(method);
            if (body != null) {
                type.addField(ParameterizedTypeName.get(JSON_WRITER, body.type().box()), bodyWriter(method),
                        Modifier.PRIVATE, Modifier.FINAL);
                constructor.addStatement("this.$N = transport.json().writer($L)", bodyWriter(method),
                        JsonTypes.token(body.type()));
            }
            ClassName response = endpoints.nestedClass(method.responseRecordName());
            type.addField(ParameterizedTypeName.get(JSON_READER, response), responseReader(method),
                    Modifier.PRIVATE, Modifier.FINAL);
            constructor.addStatement("this.$N = transport.json().reader($T.class)", responseReader(method), response);
        }
        type.addMethod(constructor.build());
        type.addMethod(factory(service));
        type.addMethod(MethodSpec.methodBuilder("create")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(service.serviceType())
                .addParameter(String.class, "baseUrl")
                .addStatement("return endpoints($T.builder($T.create(baseUrl)).build())", TRANSPORT, URI.class)
                .build());
        for (MethodModel method : service.methods()) {
            type.addMethod(call(service, method));
        }
        return type;
    }

    private static MethodSpec factory(ServiceModel service) {
        List<CodeBlock> endpoints = new ArrayList<>();
        for (MethodModel method : service.methods()) {
            endpoints.add(CodeBlock.of("client::$N", method.name()));
        }
        return MethodSpec.methodBuilder("endpoints")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(service.endpointsClass())
                .addParameter(TRANSPORT, "transport")
                .addStatement("$1T client = new $1T(transport)", service.httpClientClass())
                .addStatement("return new $T(\n$L)", service.endpointsClass(), CodeBlock.join(endpoints, ",\n"))
                .build();
    }

    /** Returns the constant mapping the method's error answers back to its declared exceptions. */
    static FieldSpec errors(MethodModel method) {
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

    private static MethodSpec call(ServiceModel service, MethodModel method) {
        ClassName request = service.endpointsClass().nestedClass(method.requestRecordName());
        ClassName response = service.endpointsClass().nestedClass(method.responseRecordName());
        CodeBlock.Builder built = CodeBlock.builder()
                .add("$T.of($S, $S)", CLIENT_REQUEST, method.verb().name(), method.path().text())
                .add("\n.idempotent($L)", method.idempotent());
        for (ParameterModel parameter : method.requestComponents()) {
            built.add("\n").add(bind(method, parameter));
        }
        return MethodSpec.methodBuilder(method.name())
                .returns(response)
                .addParameter(CONTEXT, "ctx")
                .addParameter(request, "request")
                .addException(Exception.class)
                .addStatement("return transport.call(ctx, $L,\n$N, $N)", built.build(), responseReader(method),
                        errorsConstant(method))
                .build();
    }

    /** Returns the builder call that puts one request component where the server's decoder reads it. */
    private static CodeBlock bind(MethodModel method, ParameterModel parameter) {
        CodeBlock value = CodeBlock.of("request.$N()", parameter.name());
        if (parameter.binding() == Binding.BODY) {
            return CodeBlock.of(".body($N.write($L))", bodyWriter(method), value);
        }
        if (parameter.binding() == Binding.PATH) {
            return CodeBlock.of(".path($S, $L)", parameter.wireName(), value);
        }
        String kind = parameter.binding() == Binding.QUERY ? "query" : "header";
        if (parameter.cardinality() == Cardinality.LIST) {
            return CodeBlock.of(".$NAll($S, $L)", kind, parameter.wireName(), value);
        }
        if (parameter.cardinality() == Cardinality.OPTIONAL) {
            return CodeBlock.of(".$N($S, $L.orElse(null))", kind, parameter.wireName(), value);
        }
        return CodeBlock.of(".$N($S, $L)", kind, parameter.wireName(), value);
    }

    private static String bodyWriter(MethodModel method) {
        return method.name() + "Body";
    }

    static String responseReader(MethodModel method) {
        return method.name() + "Response";
    }

    static String errorsConstant(MethodModel method) {
        return method.constantName() + "_ERRORS";
    }
}
