package dev.javakit.grpc;

import dev.javakit.grpc.codec.ProtoMarshaller;
import io.grpc.CallOptions;
import io.grpc.ManagedChannel;
import io.grpc.MethodDescriptor;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.ClientCalls;

/** Plain grpc-java calls, as a client that knows nothing of the kit makes them. */
public final class RawCalls {

    private RawCalls() {
    }

    /** Returns a plaintext channel to a server on the loopback. */
    public static ManagedChannel channel(int port) {
        return NettyChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build();
    }

    /** Returns a method sending and receiving bare bytes under {@code fullName}, to send what no codec would. */
    public static MethodDescriptor<byte[], byte[]> bytesMethod(String fullName) {
        return MethodDescriptor.<byte[], byte[]>newBuilder()
                .setType(MethodDescriptor.MethodType.UNARY)
                .setFullMethodName(fullName)
                .setRequestMarshaller(ProtoMarshaller.unparsed())
                .setResponseMarshaller(ProtoMarshaller.unparsed())
                .build();
    }

    /** Sends {@code message} as it is to {@code fullName}. */
    public static byte[] callBytes(ManagedChannel channel, String fullName, byte[] message) {
        return ClientCalls.blockingUnaryCall(channel, bytesMethod(fullName), CallOptions.DEFAULT, message);
    }
}
