package dev.javakit.processor.writer;

import static dev.javakit.processor.writer.RuntimeTypes.HTTP_ROUTES;
import static dev.javakit.processor.writer.RuntimeTypes.JSON_CODEC;
import static dev.javakit.processor.writer.RuntimeTypes.JSON_READER;
import static dev.javakit.processor.writer.RuntimeTypes.PARAMS;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.javakit.processor.model.Binding;
import dev.javakit.processor.model.Cardinality;
import dev.javakit.processor.model.ErrorStatusModel;
import dev.javakit.processor.model.MethodModel;
import dev.javakit.processor.model.ParameterModel;
import dev.javakit.processor.model.ScalarType;
import dev.javakit.processor.model.ServiceModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Service>HttpRoutes}: the route table that binds each endpoint to its HTTP method
 * and path with its request decoder (Go kit's {@code MakeHTTPHandler} and {@code decode*Request}
 * functions). Each decoder is a lambda in its route, beside the body reader it captures, so a
 * route reads on consecutive lines: method, path, endpoint, decoder, encoder.
 */
public final class HttpRoutesWriter extends SourceFileWriter {

    @Override
    public boolean writesFor(ServiceModel service) {
        return service.artifacts().http();
    }

    @Override
    protected TypeSpec.Builder type(ServiceModel service) {
        return TypeSpec.classBuilder(service.httpRoutesClass())
                .addJavadoc("The HTTP routes of {@link $T}, each decoding a request into its request record for\n"
                        + "its endpoint, as Go kit's {@code MakeHTTPHandler}: give {@code of(endpoints)} to an HTTP server.",
                        service.serviceType())
                .addModifiers(visibility(service))
                .addModifiers(Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder("of")
                        .addJavadoc("Returns the routes of {@code endpoints}, with bodies in $L.",
                                JsonTypes.defaultCodecDescription(service))
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(HTTP_ROUTES)
                        .addParameter(service.endpointsClass(), "endpoints")
                        .addStatement("return of(endpoints, $L)", JsonTypes.defaultCodec(service))
                        .build())
                .addMethod(table(service))
                .addTypes(bodyRecords(service));
    }

    /** The records of the body fields of methods whose other parameters are in the path, query or headers. */
    private static List<TypeSpec> bodyRecords(ServiceModel service) {
        List<TypeSpec> records = new ArrayList<>();
        for (MethodModel method : service.methods()) {
            if (!method.isHttp() || method.bodyFields().isEmpty() || method.bodyIsRequest()) {
                continue;
            }
            MethodSpec.Builder components = MethodSpec.constructorBuilder();
            for (ParameterModel field : method.bodyFields()) {
                components.addParameter(Signatures.component(field));
            }
            records.add(TypeSpec.recordBuilder(method.bodyRecordName())
                    .addJavadoc(Javadocs.record(CodeBlock.of(
                            "The JSON body of $L over HTTP:\nthe arguments that are not in its path, query or headers.",
                            Javadocs.link(method)), method, method.bodyFields()))
                    .addModifiers(Modifier.PUBLIC)
                    .recordConstructor(components.build())
                    .build());
        }
        return records;
    }

    private static MethodSpec table(ServiceModel service) {
        MethodSpec.Builder table = MethodSpec.methodBuilder("of")
                .addJavadoc("Returns the routes of {@code endpoints}, with bodies read and written by {@code json}.")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(HTTP_ROUTES)
                .addParameter(service.endpointsClass(), "endpoints")
                .addParameter(JSON_CODEC, "json");
        CodeBlock.Builder routes = CodeBlock.builder().add("return $T.builder()\n$>$>", HTTP_ROUTES);
        for (MethodModel method : service.methods()) {
            if (!method.isHttp()) {
                continue;
            }
            TypeName body = service.httpBodyType(method);
            if (body != null && JsonTypes.declaresBody(service, method)) {
                table.addStatement("$T $N = json.reader($L)", ParameterizedTypeName.get(JSON_READER, body.box()),
                        JsonTypes.body(service, method), JsonTypes.token(body));
            }
            ClassName response = service.endpointsClass().nestedClass(method.responseRecordName());
            routes.add(".route($S, $S, $T.$N, endpoints.$N(),\n$>$>$L,\njson.writer($T.class)::write)\n$<$<",
                    method.verb().name(), method.path().text(),
                    service.endpointsClass(), method.constantName(), method.endpointName(),
                    decoder(service, method), response);
        }
        for (ErrorStatusModel error : service.errorStatuses()) {
            routes.add(".errorStatus($T.class, $L)\n", error.exception(), error.status());
        }
        routes.add(".build();\n$<$<");
        return table.addCode(routes.build()).build();
    }

    private static CodeBlock decoder(ServiceModel service, MethodModel method) {
        if (method.bodyIsRequest()) {
            return CodeBlock.of("request -> request.body($N)", JsonTypes.body(service, method));
        }
        ClassName request = service.endpointsClass().nestedClass(method.requestRecordName());
        List<CodeBlock> components = new ArrayList<>();
        for (ParameterModel parameter : method.requestComponents()) {
            components.add(value(service, method, parameter));
        }
        CodeBlock arguments = components.size() <= 1
                ? CodeBlock.join(components, ", ")
                : CodeBlock.of("$>$>\n$L$<$<", CodeBlock.join(components, ",\n"));
        if (method.bodyFields().isEmpty()) {
            return CodeBlock.of("request -> new $T($L)", request, arguments);
        }
        return CodeBlock.of("request -> {\n$>$T body = request.body($N);\nreturn new $T($L);\n$<}",
                service.httpBodyType(method), JsonTypes.body(service, method), request, arguments);
    }

    private static CodeBlock value(ServiceModel service, MethodModel method, ParameterModel parameter) {
        if (parameter.binding() == Binding.BODY) {
            return CodeBlock.of("request.body($N)", JsonTypes.body(service, method));
        }
        if (parameter.binding() == Binding.BODY_FIELD) {
            return CodeBlock.of("body.$N()", parameter.name());
        }
        boolean many = parameter.cardinality() == Cardinality.LIST;
        CodeBlock raw = switch (parameter.binding()) {
            case PATH -> CodeBlock.of("request.pathParam($S)", parameter.wireName());
            case QUERY -> CodeBlock.of(many ? "request.queryParams($S)" : "request.queryParam($S)", parameter.wireName());
            case HEADER -> CodeBlock.of(many ? "request.headers($S)" : "request.header($S)", parameter.wireName());
            default -> throw new IllegalStateException("not a wire parameter: " + parameter);
        };
        String what = switch (parameter.binding()) {
            case PATH -> "path parameter '" + parameter.wireName() + "'";
            case QUERY -> "query parameter '" + parameter.wireName() + "'";
            default -> "header '" + parameter.wireName() + "'";
        };
        boolean isString = parameter.scalar().kind() == ScalarType.Kind.STRING;
        if (parameter.binding() == Binding.PATH) {
            return isString ? raw : convert(parameter.scalar(), raw, what);
        }
        return switch (parameter.cardinality()) {
            case REQUIRED -> isString
                    ? CodeBlock.of("$T.required($L, $S)", PARAMS, raw, what)
                    : CodeBlock.of("$T.required($L, $S, $L)", PARAMS, raw, what, converter(parameter.scalar()));
            case NULLABLE -> isString
                    ? raw
                    : CodeBlock.of("$T.nullable($L, $S, $L)", PARAMS, raw, what, converter(parameter.scalar()));
            case OPTIONAL -> isString
                    ? CodeBlock.of("$T.ofNullable($L)", Optional.class, raw)
                    : CodeBlock.of("$T.optional($L, $S, $L)", PARAMS, raw, what, converter(parameter.scalar()));
            case LIST -> isString
                    ? raw
                    : CodeBlock.of("$T.list($L, $S, $L)", PARAMS, raw, what, converter(parameter.scalar()));
        };
    }

    /** Returns a {@code Params.Converter} expression for the scalar type. */
    private static CodeBlock converter(ScalarType scalar) {
        if (scalar.kind() == ScalarType.Kind.ENUM) {
            return CodeBlock.of("$T.toEnum($T.class)", PARAMS, scalar.type());
        }
        return CodeBlock.of("$T::$N", PARAMS, converterMethod(scalar.kind()));
    }

    /** Returns a direct conversion of a present value. */
    private static CodeBlock convert(ScalarType scalar, CodeBlock raw, String what) {
        if (scalar.kind() == ScalarType.Kind.ENUM) {
            return CodeBlock.of("$T.toEnum($T.class).convert($L, $S)", PARAMS, scalar.type(), raw, what);
        }
        return CodeBlock.of("$T.$N($L, $S)", PARAMS, converterMethod(scalar.kind()), raw, what);
    }

    private static String converterMethod(ScalarType.Kind kind) {
        return switch (kind) {
            case INT -> "toInt";
            case LONG -> "toLong";
            case SHORT -> "toShort";
            case BYTE -> "toByte";
            case DOUBLE -> "toDouble";
            case FLOAT -> "toFloat";
            case BOOLEAN -> "toBoolean";
            case CHAR -> "toChar";
            case BIG_DECIMAL -> "toBigDecimal";
            case BIG_INTEGER -> "toBigInteger";
            case UUID -> "toUuid";
            case STRING, ENUM -> throw new IllegalStateException("no converter method for " + kind);
        };
    }
}
