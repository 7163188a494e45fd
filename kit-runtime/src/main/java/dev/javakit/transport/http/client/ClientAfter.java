package dev.javakit.transport.http.client;

import dev.javakit.context.Context;
import java.net.http.HttpResponse;

/**
 * Runs after each response arrives, before it is decoded, like Go kit's {@code ClientAfter}: to
 * read headers, record metrics.
 */
@FunctionalInterface
public interface ClientAfter {

    /** Looks at the response. */
    void apply(Context ctx, HttpResponse<byte[]> response);
}
