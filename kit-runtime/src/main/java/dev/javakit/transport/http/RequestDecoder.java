package dev.javakit.transport.http;

/**
 * Turns an HTTP request into an endpoint's request record, like Go kit's
 * {@code DecodeRequestFunc}; generated per service method.
 *
 * @param <Req> the request record type
 */
@FunctionalInterface
public interface RequestDecoder<Req> {

    /**
     * Decodes the request.
     *
     * @throws HttpStatusException (usually 400) when the request is malformed
     */
    Req decode(HttpServerRequest request);
}
