package dev.javakit.transport;

import dev.javakit.context.Context;

/**
 * Names the transport a call arrived by, carried in its {@link Context} so that middlewares
 * shared by several transports (metrics, logs) can tell them apart.
 */
public final class Transport {

    /** The context key of the transport's name. */
    public static final Context.Key<String> KEY = Context.Key.of("transport", String.class);

    /** Calls decoded from an HTTP route. */
    public static final String HTTP = "http";

    /** Calls decoded from a JSON-RPC 2.0 request. */
    public static final String JSON_RPC = "jsonrpc";

    /** Calls decoded from a gRPC request (kit-grpc's {@code GrpcServer}). */
    public static final String GRPC = "grpc";

    private Transport() {
    }

    /** Returns the transport of {@code ctx}, or {@code "none"} for a call made in process. */
    public static String of(Context ctx) {
        return ctx.getOrDefault(KEY, "none");
    }
}
