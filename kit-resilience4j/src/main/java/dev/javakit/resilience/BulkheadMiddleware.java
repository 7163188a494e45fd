package dev.javakit.resilience;

import dev.javakit.endpoint.Endpoint;
import dev.javakit.endpoint.EndpointInfo;
import dev.javakit.endpoint.Middleware;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import java.util.Objects;
import java.util.function.Function;

/**
 * Bounds the calls running at once through a Resilience4j semaphore {@link Bulkhead}: a call over
 * the bound fails with an {@link OverloadedException} (503) after the bulkhead's
 * {@code maxWaitDuration} (by default at once), so that one slow dependency cannot take every
 * thread of the service.
 */
public final class BulkheadMiddleware implements Middleware {

    private final Function<EndpointInfo, Bulkhead> bulkheads;

    /** Creates the middleware sharing {@code bulkhead}'s bound among every endpoint it wraps. */
    public BulkheadMiddleware(Bulkhead bulkhead) {
        Objects.requireNonNull(bulkhead, "bulkhead");
        this.bulkheads = endpoint -> bulkhead;
    }

    private BulkheadMiddleware(Function<EndpointInfo, Bulkhead> bulkheads) {
        this.bulkheads = bulkheads;
    }

    /**
     * Returns a middleware giving each endpoint its own bulkhead from {@code registry}, named after
     * {@link EndpointInfo#fullName()}.
     */
    public static BulkheadMiddleware perEndpoint(BulkheadRegistry registry) {
        Objects.requireNonNull(registry, "registry");
        return new BulkheadMiddleware(endpoint -> registry.bulkhead(endpoint.fullName()));
    }

    @Override
    public <Req, Resp> Endpoint<Req, Resp> wrap(EndpointInfo endpoint, Endpoint<Req, Resp> next) {
        Objects.requireNonNull(next, "next");
        Bulkhead bulkhead = bulkheads.apply(endpoint);
        return (ctx, request) -> {
            if (!bulkhead.tryAcquirePermission()) {
                throw new OverloadedException();
            }
            try {
                return next.call(ctx, request);
            } finally {
                bulkhead.onComplete();
            }
        };
    }
}
