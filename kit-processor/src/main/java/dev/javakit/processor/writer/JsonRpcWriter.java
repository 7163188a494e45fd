package dev.javakit.processor.writer;

import static dev.javakit.processor.writer.RuntimeTypes.JSON_CODEC;
import static dev.javakit.processor.writer.RuntimeTypes.JSON_RPC_METHODS;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.javakit.processor.model.Cardinality;
import dev.javakit.processor.model.ErrorStatusModel;
import dev.javakit.processor.model.MethodModel;
import dev.javakit.processor.model.ParameterModel;
import dev.javakit.processor.model.ServiceModel;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Service>JsonRpc}: the service's JSON-RPC methods, bound to the same endpoints as
 * its HTTP routes, with params read as the request records (Go kit's {@code jsonrpc.EndpointCodecMap}).
 */
public final class JsonRpcWriter extends SourceFileWriter {

    @Override
    public boolean writesFor(ServiceModel service) {
        return service.artifacts().jsonRpc();
    }

    @Override
    protected TypeSpec.Builder type(ServiceModel service) {
        ClassName endpoints = service.endpointsClass();
        CodeBlock.Builder table = CodeBlock.builder().add("return $T.builder()\n$>$>", JSON_RPC_METHODS);
        for (MethodModel method : service.methods()) {
            List<CodeBlock> names = method.requestComponents().stream().map(p -> CodeBlock.of("$S", p.name())).toList();
            List<CodeBlock> required = method.requestComponents().stream()
                    .filter(p -> p.cardinality() == Cardinality.REQUIRED)
                    .map(ParameterModel::name)
                    .map(name -> CodeBlock.of("$S", name))
                    .toList();
            // The type witnesses <String> keep javac from inferring List.of and Set.of (a dozen
            // generic overloads each) inside the inference of the generic method(...): with them,
            // javac compiles this file in half the time, for a service of ten methods.
            table.add(".method($S, $T.$N, endpoints.$N(),\n$>$>json.reader($T.class), $T.<$T>of($L), $T.<$T>of($L))\n$<$<",
                    method.jsonRpcName(), endpoints, method.constantName(), method.endpointName(),
                    endpoints.nestedClass(method.requestRecordName()),
                    List.class, String.class, CodeBlock.join(names, ", "),
                    Set.class, String.class, CodeBlock.join(required, ", "));
        }
        for (ErrorStatusModel error : service.errorStatuses()) {
            table.add(".errorStatus($T.class, $L)\n", error.exception(), error.status());
        }
        table.add(".build();\n$<$<");
        return TypeSpec.classBuilder(service.jsonRpcClass())
                .addJavadoc("The JSON-RPC 2.0 methods of {@link $T}, bound to its endpoints with the request\n"
                        + "records as named params, as Go kit's {@code jsonrpc.EndpointCodecMap}: serve them with\n"
                        + "{@code JsonRpcHandler.routes(path, of(endpoints))}.", service.serviceType())
                .addModifiers(visibility(service))
                .addModifiers(Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder("of")
                        .addJavadoc("Returns the methods of {@code endpoints}, with params and results in $L.",
                                JsonTypes.defaultCodecDescription(service))
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(JSON_RPC_METHODS)
                        .addParameter(endpoints, "endpoints")
                        .addStatement("return of(endpoints, $L)", JsonTypes.defaultCodec(service))
                        .build())
                .addMethod(MethodSpec.methodBuilder("of")
                        .addJavadoc("Returns the methods of {@code endpoints}, with params and results read and written by\n"
                                + "{@code json}.")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(JSON_RPC_METHODS)
                        .addParameter(endpoints, "endpoints")
                        .addParameter(JSON_CODEC, "json")
                        .addCode(table.build())
                        .build());
    }
}
