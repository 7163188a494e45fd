package dev.javakit.endpoint;

import dev.javakit.context.Context;

/**
 * One remote procedure: a request in, a response (or an exception) out; the building block of
 * every service, like Go kit's {@code endpoint.Endpoint}.
 *
 * <p>The processor generates one endpoint per service method, typed with that method's request
 * and response records. Transports decode into the request record and encode the response
 * record; middlewares wrap endpoints without knowing either.
 *
 * @param <Req> the request record type
 * @param <Resp> the response record type
 */
@FunctionalInterface
public interface Endpoint<Req, Resp> {

    /** Calls the endpoint; business failures are thrown as the exceptions the service declares. */
    Resp call(Context ctx, Req request) throws Exception;
}
