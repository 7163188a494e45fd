package dev.javakit.transport.http;

import dev.javakit.context.Context;
import dev.javakit.endpoint.Endpoint;
import java.util.Objects;

/**
 * Serves one endpoint over HTTP: decode the request, call the endpoint, encode the response, like
 * Go kit's {@code httptransport.Server}.
 *
 * @param endpoint the endpoint, with its middlewares already applied
 * @param decoder reads the request record from the HTTP request
 * @param encoder writes the response record as the response body
 * @param <Req> the request record type
 * @param <Resp> the response record type
 */
public record EndpointHandler<Req, Resp>(
        Endpoint<Req, Resp> endpoint, RequestDecoder<Req> decoder, ResponseEncoder<Resp> encoder)
        implements RouteHandler {

    /** Checks every part is present. */
    public EndpointHandler {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(decoder, "decoder");
        Objects.requireNonNull(encoder, "encoder");
    }

    /** Decodes the request, calls the endpoint and answers 200 with the encoded response. */
    @Override
    public HttpResponse handle(Context ctx, HttpServerRequest request) throws Exception {
        return respond(ctx, decoder.decode(request));
    }

    /** Calls the endpoint with a decoded request and answers 200 with the encoded response. */
    HttpResponse respond(Context ctx, Req request) throws Exception {
        byte[] body = encoder.encode(endpoint.call(ctx, request));
        if (body == null) {
            throw new IllegalStateException("the response encoder returned null");
        }
        return HttpResponse.json(body);
    }
}
