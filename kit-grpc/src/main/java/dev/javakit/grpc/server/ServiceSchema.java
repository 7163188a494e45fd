package dev.javakit.grpc.server;

import com.google.protobuf.AnyProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import com.google.protobuf.Descriptors;
import com.google.protobuf.DurationProto;
import com.google.protobuf.EmptyProto;
import com.google.protobuf.FieldMaskProto;
import com.google.protobuf.StructProto;
import com.google.protobuf.TimestampProto;
import com.google.protobuf.WrappersProto;
import io.grpc.protobuf.ProtoServiceDescriptorSupplier;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * A service's protobuf schema, read from the descriptor resource the processor writes beside its
 * {@code .proto} (a serialized {@code FileDescriptorSet}): what server reflection answers
 * {@code grpcurl} and its kin with, found through grpc-java's {@link ProtoServiceDescriptorSupplier}.
 *
 * <p>The set holds the service's file, and may hold the files it imports ({@code protoc
 * --include_imports}); an import it does not hold must be one of the well-known types protobuf-java
 * bundles ({@code google/protobuf/timestamp.proto}, {@code duration.proto}...), whose own
 * descriptors are used, so that reflection answers them as protoc compiled them.
 */
final class ServiceSchema implements ProtoServiceDescriptorSupplier {

    private static final Map<String, Descriptors.FileDescriptor> WELL_KNOWN = wellKnown();

    private final Descriptors.FileDescriptor file;
    private final Descriptors.ServiceDescriptor service;

    private ServiceSchema(Descriptors.FileDescriptor file, Descriptors.ServiceDescriptor service) {
        this.file = file;
        this.service = service;
    }

    /**
     * Reads {@code resource} with {@code owner}'s class loader and finds {@code serviceName} in it.
     *
     * @throws IllegalArgumentException naming the resource, when it is missing, is not a
     *     descriptor set, imports a file it does not hold, or has no such service
     */
    static ServiceSchema load(Class<?> owner, String resource, String serviceName) {
        ClassLoader loader = owner.getClassLoader() != null ? owner.getClassLoader() : ClassLoader.getSystemClassLoader();
        FileDescriptorSet set;
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("the descriptor " + resource + " of gRPC service " + serviceName
                        + " is not on the class path of " + owner.getName());
            }
            set = FileDescriptorSet.parseFrom(in);
        } catch (IOException e) {
            throw new IllegalArgumentException("the descriptor " + resource + " of gRPC service " + serviceName
                    + " is not a FileDescriptorSet: " + e.getMessage(), e);
        }
        Map<String, Descriptors.FileDescriptor> built = new HashMap<>();
        for (FileDescriptorProto proto : set.getFileList()) {
            Descriptors.FileDescriptor file = build(proto, built, resource);
            built.put(file.getName(), file);
            for (Descriptors.ServiceDescriptor service : file.getServices()) {
                if (service.getFullName().equals(serviceName)) {
                    return new ServiceSchema(file, service);
                }
            }
        }
        throw new IllegalArgumentException("the descriptor " + resource + " has no service " + serviceName);
    }

    private static Descriptors.FileDescriptor build(FileDescriptorProto proto,
            Map<String, Descriptors.FileDescriptor> built, String resource) {
        Descriptors.FileDescriptor[] dependencies = new Descriptors.FileDescriptor[proto.getDependencyCount()];
        for (int i = 0; i < dependencies.length; i++) {
            String name = proto.getDependency(i);
            Descriptors.FileDescriptor dependency = built.containsKey(name) ? built.get(name) : WELL_KNOWN.get(name);
            if (dependency == null) {
                throw new IllegalArgumentException("the descriptor " + resource + ": " + proto.getName() + " imports "
                        + name + ", which the set does not hold and is no well-known type");
            }
            dependencies[i] = dependency;
        }
        try {
            return Descriptors.FileDescriptor.buildFrom(proto, dependencies);
        } catch (Descriptors.DescriptorValidationException e) {
            throw new IllegalArgumentException("the descriptor " + resource + ": " + proto.getName()
                    + " is not a valid file: " + e.getMessage(), e);
        }
    }

    private static Map<String, Descriptors.FileDescriptor> wellKnown() {
        Map<String, Descriptors.FileDescriptor> files = new HashMap<>();
        for (Descriptors.FileDescriptor file : new Descriptors.FileDescriptor[] {
                TimestampProto.getDescriptor(), DurationProto.getDescriptor(), EmptyProto.getDescriptor(),
                WrappersProto.getDescriptor(), StructProto.getDescriptor(), AnyProto.getDescriptor(),
                FieldMaskProto.getDescriptor()}) {
            files.put(file.getName(), file);
        }
        return Map.copyOf(files);
    }

    @Override
    public Descriptors.FileDescriptor getFileDescriptor() {
        return file;
    }

    @Override
    public Descriptors.ServiceDescriptor getServiceDescriptor() {
        return service;
    }
}
