package dev.javakit.endpoint;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Wraps an endpoint with one cross-cutting concern (logging, metrics, rate limiting...), like Go
 * kit's {@code endpoint.Middleware}, told which endpoint it wraps.
 *
 * <p>A middleware is generic in the request and response types, so one instance can wrap every
 * endpoint of every service: {@code endpoints.with(middleware)}, or one endpoint alone:
 * {@code endpoints.with(middleware.onlyFor(ProfileServiceEndpoints.GET_PROFILE))}. It runs once
 * per endpoint when the chain is built, not per call, so per-endpoint state (a timer, a logger
 * name) is created there.
 */
public interface Middleware {

    /** Returns an endpoint that adds this middleware's behaviour around {@code next}. */
    <Req, Resp> Endpoint<Req, Resp> wrap(EndpointInfo endpoint, Endpoint<Req, Resp> next);

    /**
     * Chains middlewares so that the first is the outermost: a call passes through them in the
     * order given, like Go kit's {@code endpoint.Chain(outer, others...)}.
     */
    static Middleware chain(Middleware... middlewares) {
        List<Middleware> chain = List.of(middlewares);
        return new Middleware() {
            @Override
            public <Req, Resp> Endpoint<Req, Resp> wrap(EndpointInfo endpoint, Endpoint<Req, Resp> next) {
                Endpoint<Req, Resp> wrapped = next;
                for (int i = chain.size() - 1; i >= 0; i--) {
                    wrapped = chain.get(i).wrap(endpoint, wrapped);
                }
                return wrapped;
            }
        };
    }

    /** Returns a middleware that applies this one to the given endpoints and leaves the others as they are. */
    default Middleware onlyFor(EndpointInfo... endpoints) {
        Set<EndpointInfo> selected = Set.of(endpoints);
        Middleware self = this;
        return new Middleware() {
            @Override
            public <Req, Resp> Endpoint<Req, Resp> wrap(EndpointInfo endpoint, Endpoint<Req, Resp> next) {
                Objects.requireNonNull(next, "next");
                return selected.contains(endpoint) ? self.wrap(endpoint, next) : next;
            }
        };
    }
}
