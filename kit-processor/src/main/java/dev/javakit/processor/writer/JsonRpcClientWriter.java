package dev.javakit.processor.writer;

import static dev.javakit.processor.writer.RuntimeTypes.CONTEXT;
import static dev.javakit.processor.writer.RuntimeTypes.JSON_READER;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.javakit.processor.model.MethodModel;
import dev.javakit.processor.model.ServiceModel;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Service>JsonRpcClient}: client endpoints that call the service over JSON-RPC with
 * the request records as named params, turned back into the service by the endpoint set.
 */
public final class JsonRpcClientWriter extends SourceFileWriter {

    private static final ClassName TRANSPORT = ClassName.get("dev.javakit.transport.jsonrpc", "JsonRpcClientTransport");
    private static final ClassName HTTP_TRANSPORT = ClassName.get("dev.javakit.transport.http.client", "HttpClientTransport");

    @Override
    protected TypeSpec.Builder type(ServiceModel service) {
        ClassName endpoints = service.endpointsClass();
        TypeSpec.Builder type = TypeSpec.classBuilder(service.jsonRpcClientClass())
                .addModifiers(visibility(service))
                .addModifiers(Modifier.FINAL)
                .addField(TRANSPORT, "transport", Modifier.PRIVATE, Modifier.FINAL);
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(TRANSPORT, "transport")
                .addStatement("this.transport = $T.requireNonNull(transport, $S)", Objects.class, "transport");
        List<CodeBlock> methods = new ArrayList<>();
        for (MethodModel method : service.methods()) {
            type.addField(HttpClientWriter.errors(method));
            ClassName response = endpoints.nestedClass(method.responseRecordName());
            type.addField(ParameterizedTypeName.get(JSON_READER, response), HttpClientWriter.responseReader(method),
                    Modifier.PRIVATE, Modifier.FINAL);
            constructor.addStatement("this.$N = transport.http().json().reader($T.class)",
                    HttpClientWriter.responseReader(method), response);
            methods.add(CodeBlock.of("client::$N", method.name()));
        }
        type.addMethod(constructor.build());
        type.addMethod(MethodSpec.methodBuilder("endpoints")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(endpoints)
                .addParameter(TRANSPORT, "transport")
                .addStatement("$1T client = new $1T(transport)", service.jsonRpcClientClass())
                .addStatement("return new $T(\n$L)", endpoints, CodeBlock.join(methods, ",\n"))
                .build());
        type.addMethod(MethodSpec.methodBuilder("create")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(service.serviceType())
                .addParameter(String.class, "baseUrl")
                .addParameter(String.class, "path")
                .addStatement("return endpoints(new $T($T.builder($T.create(baseUrl)).build(), path))",
                        TRANSPORT, HTTP_TRANSPORT, URI.class)
                .build());
        for (MethodModel method : service.methods()) {
            type.addMethod(MethodSpec.methodBuilder(method.name())
                    .returns(endpoints.nestedClass(method.responseRecordName()))
                    .addParameter(CONTEXT, "ctx")
                    .addParameter(endpoints.nestedClass(method.requestRecordName()), "request")
                    .addException(Exception.class)
                    .addStatement("return transport.call(ctx, $S, $L, request, $N, $N)", method.jsonRpcName(),
                            method.idempotent(), HttpClientWriter.responseReader(method),
                            HttpClientWriter.errorsConstant(method))
                    .build());
        }
        return type;
    }
}
