package dev.javakit.grpc.client;

import dev.javakit.context.Context;
import io.grpc.Metadata;

/**
 * Runs before each gRPC call is sent and may add metadata from the context (a trace context, a
 * token), like Go kit's {@code grpctransport.ClientBefore}.
 */
@FunctionalInterface
public interface GrpcClientBefore {

    /** Adds to the call's outgoing metadata. */
    void apply(Context ctx, Metadata headers);
}
