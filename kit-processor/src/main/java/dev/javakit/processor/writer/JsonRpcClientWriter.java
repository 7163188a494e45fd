package dev.javakit.processor.writer;

import static dev.javakit.processor.writer.RuntimeTypes.HTTP_CLIENT_TRANSPORT;
import static dev.javakit.processor.writer.RuntimeTypes.INSTANCER;
import static dev.javakit.processor.writer.RuntimeTypes.JSON_RPC_CLIENT_TRANSPORT;
import static dev.javakit.processor.writer.RuntimeTypes.LOAD_BALANCING;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.javakit.processor.model.MethodModel;
import dev.javakit.processor.model.ServiceModel;
import java.net.URI;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Service>JsonRpcClient}: client endpoints that call the service over JSON-RPC with
 * the request records as named params, turned back into the service by the endpoint set.
 */
public final class JsonRpcClientWriter extends ClientWriter {

    @Override
    public boolean writesFor(ServiceModel service) {
        return service.artifacts().jsonRpcClient();
    }

    @Override
    protected ClassName client(ServiceModel service) {
        return service.jsonRpcClientClass();
    }

    @Override
    protected CodeBlock javadoc(ServiceModel service) {
        return CodeBlock.of("Calls {@link $T} over JSON-RPC 2.0 with the request records as named params,\n"
                + "as Go kit's {@code jsonrpc.NewClient}: {@link #create} returns the service, {@link #endpoints} its\n"
                + "endpoints.",
                service.serviceType());
    }

    @Override
    protected ClassName transport() {
        return JSON_RPC_CLIENT_TRANSPORT;
    }

    @Override
    protected CodeBlock json() {
        return CodeBlock.of("transport.http().json()");
    }

    @Override
    protected MethodSpec create(ServiceModel service) {
        return MethodSpec.methodBuilder("create")
                .addJavadoc("Returns the service whose JSON-RPC methods are served at {@code path} of {@code baseUrl},\n"
                        + "called with a default transport.")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(service.serviceType())
                .addParameter(String.class, "baseUrl")
                .addParameter(String.class, "path")
                .addStatement("return endpoints(new $T($T.builder($T.create(baseUrl)).build(), path))",
                        JSON_RPC_CLIENT_TRANSPORT, HTTP_CLIENT_TRANSPORT, URI.class)
                .build();
    }

    @Override
    protected List<MethodSpec> balanced(ServiceModel service) {
        return List.of(
                MethodSpec.methodBuilder("create")
                        .addJavadoc("Returns the service whose JSON-RPC methods are served at {@code path} of the instances\n"
                                + "{@code instancer} lists, spread over them with the default load balancing and transport.")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(service.serviceType())
                        .addParameter(INSTANCER, "instancer")
                        .addParameter(String.class, "path")
                        .addStatement("return endpoints(instancer, path, $T.defaults(), $T.builder())",
                                LOAD_BALANCING, HTTP_CLIENT_TRANSPORT)
                        .build(),
                MethodSpec.methodBuilder("endpoints")
                        .addJavadoc("Returns the endpoints that spread calls over the instances {@code instancer} lists as\n"
                                + "{@code policy} says, calling {@code path} of each with a transport {@code transports} builds;\n"
                                + "the endpoints of a transport to no instance give the set its shape.")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(service.endpointsClass())
                        .addParameter(INSTANCER, "instancer")
                        .addParameter(String.class, "path")
                        .addParameter(LOAD_BALANCING, "policy")
                        .addParameter(HTTP_CLIENT_TRANSPORT.nestedClass("Builder"), "transports")
                        .addStatement("return policy.over(instancer, instance -> endpoints(new $T(transports.build(instance), path)))\n"
                                + ".endpoints(endpoints(new $T(transports.build(), path)), $T::with)",
                                JSON_RPC_CLIENT_TRANSPORT, JSON_RPC_CLIENT_TRANSPORT, service.endpointsClass())
                        .build());
    }

    @Override
    protected CodeBlock call(ServiceModel service, MethodModel method) {
        return CodeBlock.of("transport.call(ctx, $S, request, $N, $L)", method.jsonRpcName(), responseReader(method),
                clientErrors(service, method));
    }
}
