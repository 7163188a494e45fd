package dev.javakit.grpc;

import dev.javakit.endpoint.EndpointInfo;
import dev.javakit.grpc.codec.ProtoCodec;
import dev.javakit.grpc.codec.ProtoMarshaller;
import io.grpc.MethodDescriptor;
import java.util.Objects;

/**
 * One unary method of a gRPC service, typed with its endpoint's request and response records:
 * grpc-java's {@link MethodDescriptor} over the generated {@link ProtoCodec}s, and the
 * {@link EndpointInfo} of the endpoint it serves. Generated per method ({@code XGrpc.POST_PROFILE})
 * and shared by server and client.
 *
 * @param <Req> the request record
 * @param <Res> the response record
 */
public final class GrpcMethod<Req, Res> {

    private final EndpointInfo info;
    private final MethodDescriptor<Req, Res> descriptor;
    private final ProtoMarshaller<Req> request;
    private final ProtoMarshaller<Res> response;

    private GrpcMethod(EndpointInfo info, MethodDescriptor<Req, Res> descriptor, ProtoMarshaller<Req> request,
            ProtoMarshaller<Res> response) {
        this.info = info;
        this.descriptor = descriptor;
        this.request = request;
        this.response = response;
    }

    /**
     * Describes the unary method {@code method} of {@code service}, called {@code <service>/<method>}
     * on the wire.
     *
     * @param service the service's full protobuf name, such as {@code profile.ProfileService}
     * @param method the method's protobuf name, such as {@code PostProfile}
     * @param info the endpoint the method serves; its {@link EndpointInfo#idempotent()} flag becomes the descriptor's
     * @param request the codec of the request record
     * @param response the codec of the response record
     */
    public static <Req, Res> GrpcMethod<Req, Res> unary(String service, String method, EndpointInfo info,
            ProtoCodec<Req> request, ProtoCodec<Res> response) {
        Objects.requireNonNull(info, "info");
        String fullName = MethodDescriptor.generateFullMethodName(
                requireName(service, "service"), requireName(method, "method"));
        ProtoMarshaller<Req> requests = ProtoMarshaller.of(request, "request of " + fullName);
        ProtoMarshaller<Res> responses = ProtoMarshaller.of(response, "response of " + fullName);
        MethodDescriptor<Req, Res> descriptor = MethodDescriptor.<Req, Res>newBuilder()
                .setType(MethodDescriptor.MethodType.UNARY)
                .setFullMethodName(fullName)
                .setRequestMarshaller(requests)
                .setResponseMarshaller(responses)
                .setIdempotent(info.idempotent())
                .build();
        return new GrpcMethod<>(info, descriptor, requests, responses);
    }

    /** Returns grpc-java's description of the method, which raw grpc-java calls take. */
    public MethodDescriptor<Req, Res> descriptor() {
        return descriptor;
    }

    /** Returns the endpoint the method serves. */
    public EndpointInfo info() {
        return info;
    }

    /** Returns the method's name on the wire: {@code <service>/<method>}. */
    public String fullName() {
        return descriptor.getFullMethodName();
    }

    /** Returns the service's full protobuf name. */
    public String serviceName() {
        return descriptor.getServiceName();
    }

    /** Returns the method's protobuf name, such as {@code PostProfile}. */
    public String methodName() {
        return descriptor.getBareMethodName();
    }

    /** Returns the marshaller of requests. */
    public ProtoMarshaller<Req> request() {
        return request;
    }

    /** Returns the marshaller of responses. */
    public ProtoMarshaller<Res> response() {
        return response;
    }

    @Override
    public String toString() {
        return fullName();
    }

    private static String requireName(String name, String what) {
        Objects.requireNonNull(name, what);
        if (name.isEmpty() || name.indexOf('/') >= 0) {
            throw new IllegalArgumentException("a gRPC " + what + " name is not empty and has no '/': '" + name + "'");
        }
        return name;
    }
}
