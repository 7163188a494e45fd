package dev.javakit.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.javakit.processor.model.json.ServiceShapes;
import dev.javakit.processor.model.proto.ProtoFile;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A validated {@code @KitService} interface: everything the writers need, and nothing they must
 * look up again.
 *
 * @param element the interface, the originating element of every generated file
 * @param serviceType the interface's class name
 * @param serviceName the name in logs, metrics and traces
 * @param isPublic whether generated classes are public (the interface and its enclosing types are)
 * @param methods the endpoints, in declaration order
 * @param errorStatuses the declared business exceptions with an {@code @ErrorStatus}, without duplicates
 * @param artifacts the optional artifacts the service chose
 * @param rejectUnknownFields whether the server bindings' default codec refuses unknown fields
 * @param shapes the JSON shapes of every parameter and result, and of the types they reach
 * @param proto the service as a proto3 file, which its .proto, descriptor and protobuf codecs print
 */
public record ServiceModel(
        TypeElement element,
        ClassName serviceType,
        String serviceName,
        boolean isPublic,
        List<MethodModel> methods,
        List<ErrorStatusModel> errorStatuses,
        Artifacts artifacts,
        boolean rejectUnknownFields,
        ServiceShapes shapes,
        ProtoFile proto) {

    /** Returns the package the interface and the generated classes are in. */
    public String packageName() {
        return serviceType.packageName();
    }

    /** Returns the prefix of generated names: the simple name, or {@code Outer_Inner} for nested interfaces. */
    public String prefix() {
        return String.join("_", serviceType.simpleNames());
    }

    /** Returns the generated endpoint set, such as {@code ProfileServiceEndpoints}. */
    public ClassName endpointsClass() {
        return ClassName.get(packageName(), prefix() + "Endpoints");
    }

    /** Returns the generated forwarding base class, such as {@code ForwardingProfileService}. */
    public ClassName forwardingClass() {
        return ClassName.get(packageName(), "Forwarding" + prefix());
    }

    /** Returns the generated logging decorator, such as {@code ProfileServiceLogging}. */
    public ClassName loggingClass() {
        return ClassName.get(packageName(), prefix() + "Logging");
    }

    /** Returns the generated metrics decorator, such as {@code ProfileServiceMetrics}. */
    public ClassName metricsClass() {
        return ClassName.get(packageName(), prefix() + "Metrics");
    }

    /** Returns the generated HTTP client, such as {@code ProfileServiceHttpClient}. */
    public ClassName httpClientClass() {
        return ClassName.get(packageName(), prefix() + "HttpClient");
    }

    /** Returns the generated JSON-RPC binding, such as {@code ProfileServiceJsonRpc}. */
    public ClassName jsonRpcClass() {
        return ClassName.get(packageName(), prefix() + "JsonRpc");
    }

    /** Returns the generated JSON-RPC client, such as {@code ProfileServiceJsonRpcClient}. */
    public ClassName jsonRpcClientClass() {
        return ClassName.get(packageName(), prefix() + "JsonRpcClient");
    }

    /** Returns the generated error mappings of the clients, such as {@code ProfileServiceClientErrors}. */
    public ClassName clientErrorsClass() {
        return ClassName.get(packageName(), prefix() + "ClientErrors");
    }

    /** Returns the generated protobuf codecs, such as {@code ProfileServiceProtoCodecs}. */
    public ClassName protoCodecsClass() {
        return ClassName.get(packageName(), prefix() + "ProtoCodecs");
    }

    /** Returns the generated gRPC binding, such as {@code ProfileServiceGrpc}. */
    public ClassName grpcClass() {
        return ClassName.get(packageName(), prefix() + "Grpc");
    }

    /** Returns the generated gRPC client, such as {@code ProfileServiceGrpcClient}. */
    public ClassName grpcClientClass() {
        return ClassName.get(packageName(), prefix() + "GrpcClient");
    }

    /** Returns the generated HTTP route table, such as {@code ProfileServiceHttpRoutes}. */
    public ClassName httpRoutesClass() {
        return ClassName.get(packageName(), prefix() + "HttpRoutes");
    }

    /**
     * Returns the type of a method's JSON request body: its body parameter's; its request record when
     * every component is a body field; else the record of its body fields nested in the HTTP routes;
     * {@code null} when its requests have no body.
     */
    public TypeName httpBodyType(MethodModel method) {
        for (ParameterModel parameter : method.parameters()) {
            if (parameter.binding() == Binding.BODY) {
                return parameter.type();
            }
        }
        if (method.bodyFields().isEmpty()) {
            return null;
        }
        return method.bodyIsRequest()
                ? endpointsClass().nestedClass(method.requestRecordName())
                : httpRoutesClass().nestedClass(method.bodyRecordName());
    }
}
