package dev.javakit.transport.http;

import dev.javakit.context.Context;

/**
 * Runs after the endpoint, before the response is written, and may set response headers, like Go
 * kit's {@code ServerAfter}. It runs for successful responses only; errors are written by the
 * server's error encoding.
 */
@FunctionalInterface
public interface ServerAfter {

    /** Sets response headers from what the request's context holds. */
    void apply(Context ctx, ResponseHeaders headers);

    /** The response's headers while they can still be changed. */
    interface ResponseHeaders {

        /** Sets a header, replacing any value it had. */
        void set(String name, String value);

        /** Adds a value to a header. */
        void add(String name, String value);
    }
}
