package dev.javakit.grpc.server;

import dev.javakit.context.Context;
import io.grpc.Metadata;

/**
 * The context keys of a call a {@link GrpcService} serves, beside {@code Transport.KEY} (=
 * {@code "grpc"}) and the caller's deadline: what middlewares and services read of the gRPC request.
 */
public final class GrpcServerContext {

    /** The request's metadata (its headers), as the caller sent them. */
    public static final Context.Key<Metadata> METADATA = Context.Key.of("grpc.metadata", Metadata.class);

    /** The method called, as named on the wire: {@code <service>/<method>}. */
    public static final Context.Key<String> METHOD = Context.Key.of("grpc.method", String.class);

    private GrpcServerContext() {
    }

    /** Returns the metadata of the request {@code ctx} serves, or empty metadata for a call that came by no gRPC request. */
    public static Metadata metadata(Context ctx) {
        Metadata headers = ctx.get(METADATA);
        return headers != null ? headers : new Metadata();
    }
}
