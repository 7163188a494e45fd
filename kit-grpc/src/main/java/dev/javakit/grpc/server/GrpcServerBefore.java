package dev.javakit.grpc.server;

import dev.javakit.context.Context;
import io.grpc.Metadata;

/**
 * Runs before a gRPC request is decoded and may add request-scoped values from its metadata to the
 * context (a token's subject, a trace context), like Go kit's {@code grpctransport.ServerBefore}.
 */
@FunctionalInterface
public interface GrpcServerBefore {

    /** Returns the context the endpoint is called with. */
    Context apply(Context ctx, Metadata headers);
}
