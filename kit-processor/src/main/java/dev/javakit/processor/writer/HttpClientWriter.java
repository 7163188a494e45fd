package dev.javakit.processor.writer;

import static dev.javakit.processor.writer.RuntimeTypes.CLIENT_REQUEST;
import static dev.javakit.processor.writer.RuntimeTypes.HTTP_CLIENT_TRANSPORT;
import static dev.javakit.processor.writer.RuntimeTypes.INSTANCER;
import static dev.javakit.processor.writer.RuntimeTypes.JSON_WRITER;
import static dev.javakit.processor.writer.RuntimeTypes.LOAD_BALANCING;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.javakit.processor.model.Binding;
import dev.javakit.processor.model.Cardinality;
import dev.javakit.processor.model.MethodModel;
import dev.javakit.processor.model.ParameterModel;
import dev.javakit.processor.model.ServiceModel;
import java.net.URI;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Service>HttpClient}: client endpoints that call the service over HTTP with the
 * same records, routes and bindings the server decodes, turned back into the service by the
 * endpoint set (Go kit's {@code MakeClientEndpoints} and {@code encode*Request} functions).
 */
public final class HttpClientWriter extends ClientWriter {

    @Override
    public boolean writesFor(ServiceModel service) {
        return service.artifacts().httpClient();
    }

    @Override
    protected ClassName client(ServiceModel service) {
        return service.httpClientClass();
    }

    @Override
    protected CodeBlock javadoc(ServiceModel service) {
        return CodeBlock.of("Calls {@link $T} over HTTP with the routes and records of its server,\n"
                + "as Go kit's {@code MakeClientEndpoints}: {@link #create} returns the service, {@link #endpoints} its\n"
                + "endpoints.",
                service.serviceType());
    }

    @Override
    protected ClassName transport() {
        return HTTP_CLIENT_TRANSPORT;
    }

    @Override
    protected CodeBlock json() {
        return CodeBlock.of("transport.json()");
    }

    @Override
    protected void addLocals(MethodSpec.Builder endpoints, ServiceModel service, MethodModel method) {
        TypeName body = service.httpBodyType(method);
        if (body != null && JsonTypes.declaresBody(service, method)) {
            endpoints.addStatement("$T $N = json.writer($L)", ParameterizedTypeName.get(JSON_WRITER, body.box()),
                    JsonTypes.body(service, method), JsonTypes.token(body));
        }
    }

    @Override
    protected String unsupported(ServiceModel service, MethodModel method) {
        return method.isHttp()
                ? null
                : service.serviceType().simpleName() + "." + method.name() + " is @NoHttp: call it over JSON-RPC";
    }

    @Override
    protected MethodSpec create(ServiceModel service) {
        return MethodSpec.methodBuilder("create")
                .addJavadoc("Returns the service served at {@code baseUrl}, called with a default transport.")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(service.serviceType())
                .addParameter(String.class, "baseUrl")
                .addStatement("return endpoints($T.builder($T.create(baseUrl)).build())", HTTP_CLIENT_TRANSPORT, URI.class)
                .build();
    }

    @Override
    protected List<MethodSpec> balanced(ServiceModel service) {
        return List.of(
                MethodSpec.methodBuilder("create")
                        .addJavadoc("Returns the service spread over the instances {@code instancer} lists, with the default\n"
                                + "load balancing and transport.")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(service.serviceType())
                        .addParameter(INSTANCER, "instancer")
                        .addStatement("return endpoints(instancer, $T.defaults(), $T.builder())",
                                LOAD_BALANCING, HTTP_CLIENT_TRANSPORT)
                        .build(),
                MethodSpec.methodBuilder("endpoints")
                        .addJavadoc("Returns the endpoints that spread calls over the instances {@code instancer} lists as\n"
                                + "{@code policy} says, calling each with a transport {@code transports} builds; the\n"
                                + "endpoints of a transport to no instance give the set its shape.")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(service.endpointsClass())
                        .addParameter(INSTANCER, "instancer")
                        .addParameter(LOAD_BALANCING, "policy")
                        .addParameter(HTTP_CLIENT_TRANSPORT.nestedClass("Builder"), "transports")
                        .addStatement("return policy.over(instancer, instance -> endpoints(transports.build(instance)))\n"
                                + ".endpoints(endpoints(transports.build()), $T::with)", service.endpointsClass())
                        .build());
    }

    @Override
    protected CodeBlock call(ServiceModel service, MethodModel method) {
        CodeBlock.Builder request = CodeBlock.builder().add("$T.of($S, $S)", CLIENT_REQUEST,
                method.verb().name(), method.path().text());
        boolean bodyWritten = false;
        for (ParameterModel parameter : method.requestComponents()) {
            if (parameter.binding() != Binding.BODY_FIELD) {
                request.add("\n").add(bind(service, method, parameter));
            } else if (!bodyWritten) {
                request.add("\n").add(bodyOfFields(service, method));
                bodyWritten = true;
            }
        }
        return CodeBlock.of("transport.call(ctx, $L,\n$N, $L)", request.build(), responseReader(method),
                clientErrors(service, method));
    }

    /** Returns the builder call that writes the body whose fields are request components. */
    private static CodeBlock bodyOfFields(ServiceModel service, MethodModel method) {
        if (method.bodyIsRequest()) {
            return CodeBlock.of(".body($N.write(request))", JsonTypes.body(service, method));
        }
        CodeBlock fields = CodeBlock.join(method.bodyFields().stream()
                .map(p -> CodeBlock.of("request.$N()", p.name())).toList(), ", ");
        return CodeBlock.of(".body($N.write(new $T($L)))", JsonTypes.body(service, method), service.httpBodyType(method),
                fields);
    }

    /** Returns the builder call that puts one request component where the server's decoder reads it. */
    private static CodeBlock bind(ServiceModel service, MethodModel method, ParameterModel parameter) {
        CodeBlock value = CodeBlock.of("request.$N()", parameter.name());
        if (parameter.binding() == Binding.BODY) {
            return CodeBlock.of(".body($N.write($L))", JsonTypes.body(service, method), value);
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
}
