package dev.javakit.transport.http;

import dev.javakit.context.Context;

/**
 * Runs before decoding and may add request-scoped values to the context (a request id, the
 * caller's deadline, trace headers), like Go kit's {@code ServerBefore}.
 */
@FunctionalInterface
public interface ServerBefore {

    /** Returns the context the endpoint is called with. */
    Context apply(Context ctx, HttpServerRequest request);
}
