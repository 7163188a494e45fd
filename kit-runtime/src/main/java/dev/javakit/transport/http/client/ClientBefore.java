package dev.javakit.transport.http.client;

import dev.javakit.context.Context;
import java.net.http.HttpRequest;

/**
 * Runs before each request is sent and may add headers from the context (a trace context, a
 * token), like Go kit's {@code ClientBefore}.
 */
@FunctionalInterface
public interface ClientBefore {

    /** Adds to the request being built. */
    void apply(Context ctx, HttpRequest.Builder request);
}
