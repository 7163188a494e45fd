package dev.javakit.grpc.server;

import dev.javakit.endpoint.Endpoint;
import dev.javakit.errors.ErrorStatuses;
import dev.javakit.errors.StatusTable;
import dev.javakit.grpc.GrpcMethod;
import dev.javakit.grpc.codec.ProtoMarshaller;
import io.grpc.BindableService;
import io.grpc.MethodDescriptor;
import io.grpc.ServerMethodDefinition;
import io.grpc.ServerServiceDefinition;
import io.grpc.ServiceDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A service's endpoints served over gRPC, with the statuses of the exceptions its methods declare
 * and its protobuf schema; generated per service ({@code XGrpc.of(endpoints)}) and mounted on a
 * {@link GrpcServer}, or, as any {@link BindableService}, on a server of grpc-java's own.
 *
 * <p>Each unary call runs its endpoint with a context holding {@code Transport.KEY} = {@code "grpc"},
 * the caller's deadline, the request's metadata ({@link GrpcServerContext}) and what the server's
 * {@link GrpcServerBefore} hooks add. An exception is answered with the gRPC code of its HTTP
 * status ({@link dev.javakit.grpc.GrpcStatuses}), found as the HTTP server finds it: the statuses
 * declared here ({@link Builder#errorStatus}, the service's {@code @ErrorStatus} table) and on the
 * server, then the exception's own ({@code HasStatus}, {@code @ErrorStatus}). The status's
 * description is exactly the exception's message (its status's reason phrase, such as
 * {@code not found}, when it has none), and the {@code kit-error} trailer names it
 * ({@link dev.javakit.errors.ErrorIdentity}), so that a generated client rethrows the same
 * exception. An exception nothing declares is answered {@code INTERNAL} "internal server error" and
 * logged; its message never leaves the server. A request that does not decode is answered
 * {@code INVALID_ARGUMENT} with the reason.
 */
public final class GrpcService implements BindableService {

    private record Binding<Req, Res>(GrpcMethod<Req, Res> method, Endpoint<Req, Res> endpoint) {

        ServerMethodDefinition<byte[], byte[]> define(MethodDescriptor<byte[], byte[]> descriptor,
                StatusTable statuses, List<GrpcServerBefore> before) {
            return ServerMethodDefinition.create(descriptor, new UnaryHandler<>(method, endpoint, statuses, before));
        }

        /** Returns the method's descriptor with messages left as bytes: the handler decodes and encodes them. */
        MethodDescriptor<byte[], byte[]> serverDescriptor() {
            return method.descriptor().toBuilder(ProtoMarshaller.unparsed(), ProtoMarshaller.unparsed()).build();
        }
    }

    private final String name;
    private final ServiceSchema schema;
    private final List<Binding<?, ?>> bindings;
    private final Map<Class<? extends Throwable>, Integer> errorStatuses;

    private GrpcService(Builder builder, ServiceSchema schema) {
        this.name = builder.service;
        this.schema = schema;
        this.bindings = List.copyOf(builder.bindings);
        this.errorStatuses = Map.copyOf(builder.errorStatuses);
    }

    /**
     * Returns a builder of the service named {@code service} (its full protobuf name, such as
     * {@code profile.ProfileService}), whose schema {@code owner}'s class loader reads from
     * {@code descriptorResource}, such as {@code META-INF/javakit/profile.ProfileService.desc}.
     */
    public static Builder builder(String service, Class<?> owner, String descriptorResource) {
        return new Builder(service, owner, descriptorResource);
    }

    /** Returns the service's full protobuf name. */
    public String name() {
        return name;
    }

    /** Returns the methods served, in the order they were added. */
    public List<GrpcMethod<?, ?>> methods() {
        return bindings.stream().<GrpcMethod<?, ?>>map(Binding::method).toList();
    }

    /** Returns the HTTP status each declared exception is answered by (as its gRPC code). */
    public Map<Class<? extends Throwable>, Integer> errorStatuses() {
        return errorStatuses;
    }

    /** Returns the service's protobuf schema, which server reflection answers with. */
    public com.google.protobuf.Descriptors.ServiceDescriptor schema() {
        return schema.getServiceDescriptor();
    }

    /** Returns the definition grpc-java serves, without any server's hooks: for a server of grpc-java's own. */
    @Override
    public ServerServiceDefinition bindService() {
        return definition(List.of(), Map.of());
    }

    /** Returns the definition a {@link GrpcServer} serves: its hooks run before each call, its statuses override the service's. */
    ServerServiceDefinition definition(List<GrpcServerBefore> before,
            Map<Class<? extends Throwable>, Integer> serverStatuses) {
        Map<Class<? extends Throwable>, Integer> declared = new LinkedHashMap<>(errorStatuses);
        declared.putAll(serverStatuses);
        StatusTable statuses = new StatusTable(declared);
        List<MethodDescriptor<byte[], byte[]>> descriptors = bindings.stream().map(Binding::serverDescriptor).toList();
        ServiceDescriptor.Builder service = ServiceDescriptor.newBuilder(name).setSchemaDescriptor(schema);
        descriptors.forEach(service::addMethod);
        ServerServiceDefinition.Builder definition = ServerServiceDefinition.builder(service.build());
        for (int i = 0; i < bindings.size(); i++) {
            definition.addMethod(bindings.get(i).define(descriptors.get(i), statuses, before));
        }
        return definition.build();
    }

    /** Builds a {@link GrpcService}. */
    public static final class Builder {

        private final String service;
        private final Class<?> owner;
        private final String descriptorResource;
        private final List<Binding<?, ?>> bindings = new ArrayList<>();
        private final Map<Class<? extends Throwable>, Integer> errorStatuses = new LinkedHashMap<>();

        private Builder(String service, Class<?> owner, String descriptorResource) {
            this.service = Objects.requireNonNull(service, "service");
            this.owner = Objects.requireNonNull(owner, "owner");
            this.descriptorResource = Objects.requireNonNull(descriptorResource, "descriptorResource");
        }

        /**
         * Serves {@code method} with {@code endpoint}.
         *
         * @throws IllegalArgumentException when the method belongs to another service, or is already served
         */
        public <Req, Res> Builder unary(GrpcMethod<Req, Res> method, Endpoint<Req, Res> endpoint) {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(endpoint, "endpoint");
            if (!method.serviceName().equals(service)) {
                throw new IllegalArgumentException("method " + method + " is not one of service " + service);
            }
            if (bindings.stream().anyMatch(b -> b.method().fullName().equals(method.fullName()))) {
                throw new IllegalArgumentException("method " + method + " is served twice");
            }
            bindings.add(new Binding<>(method, endpoint));
            return this;
        }

        /** Answers exceptions of {@code type} (and subclasses) with the gRPC code of {@code httpStatus} and their message. */
        public Builder errorStatus(Class<? extends Throwable> type, int httpStatus) {
            errorStatuses.put(Objects.requireNonNull(type, "type"), ErrorStatuses.requireErrorStatus(httpStatus));
            return this;
        }

        /**
         * Returns the service, reading its schema.
         *
         * @throws IllegalArgumentException when the descriptor resource is missing or invalid, has
         *     no such service, or the service there has no method of a name served here
         */
        public GrpcService build() {
            ServiceSchema schema = ServiceSchema.load(owner, descriptorResource, service);
            for (Binding<?, ?> binding : bindings) {
                if (schema.getServiceDescriptor().findMethodByName(binding.method().methodName()) == null) {
                    throw new IllegalArgumentException("service " + service + " in " + descriptorResource
                            + " has no method " + binding.method().methodName());
                }
            }
            return new GrpcService(this, schema);
        }
    }
}
