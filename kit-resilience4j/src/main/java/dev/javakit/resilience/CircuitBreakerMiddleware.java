package dev.javakit.resilience;

import dev.javakit.endpoint.Endpoint;
import dev.javakit.endpoint.EndpointInfo;
import dev.javakit.endpoint.Middleware;
import dev.javakit.errors.Outcome;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

/**
 * Guards endpoints with a Resilience4j {@link CircuitBreaker}, like Go kit's
 * {@code circuitbreaker.Gobreaker}: while the circuit is open, calls fail at once with a
 * {@link CircuitOpenException} (503) instead of reaching a service that is failing.
 *
 * <p>Only server errors (5xx statuses and exceptions nothing declares) count as failures. A client
 * error such as "not found" is the caller's fault and says nothing about the service's health, so
 * it counts as a success; otherwise a few bad requests would cut every caller off.
 */
public final class CircuitBreakerMiddleware implements Middleware {

    private final Function<EndpointInfo, CircuitBreaker> breakers;

    /** Creates the middleware sharing {@code breaker} among every endpoint it wraps. */
    public CircuitBreakerMiddleware(CircuitBreaker breaker) {
        Objects.requireNonNull(breaker, "breaker");
        this.breakers = endpoint -> breaker;
    }

    private CircuitBreakerMiddleware(Function<EndpointInfo, CircuitBreaker> breakers) {
        this.breakers = breakers;
    }

    /**
     * Returns a middleware giving each endpoint its own breaker from {@code registry}, named after
     * {@link EndpointInfo#fullName()}, so that one failing method does not cut off the others.
     */
    public static CircuitBreakerMiddleware perEndpoint(CircuitBreakerRegistry registry) {
        Objects.requireNonNull(registry, "registry");
        return new CircuitBreakerMiddleware(endpoint -> registry.circuitBreaker(endpoint.fullName()));
    }

    @Override
    public <Req, Resp> Endpoint<Req, Resp> wrap(EndpointInfo endpoint, Endpoint<Req, Resp> next) {
        Objects.requireNonNull(next, "next");
        CircuitBreaker breaker = breakers.apply(endpoint);
        // Resilience4j keeps when the circuit closes again to itself; the wait after a first opening
        // is the best public estimate.
        Duration retryAfter = Duration.ofMillis(
                breaker.getCircuitBreakerConfig().getWaitIntervalFunctionInOpenState().apply(1));
        return (ctx, request) -> {
            if (!breaker.tryAcquirePermission()) {
                throw new CircuitOpenException(retryAfter);
            }
            long start = breaker.getCurrentTimestamp();
            Resp response;
            try {
                response = next.call(ctx, request);
            } catch (Throwable e) {
                long duration = breaker.getCurrentTimestamp() - start;
                if (Outcome.of(e) == Outcome.CLIENT_ERROR) {
                    breaker.onSuccess(duration, breaker.getTimestampUnit());
                } else {
                    breaker.onError(duration, breaker.getTimestampUnit(), e);
                }
                throw e;
            }
            // onResult rather than onSuccess, so that a recordResult policy still applies.
            breaker.onResult(breaker.getCurrentTimestamp() - start, breaker.getTimestampUnit(), response);
            return response;
        };
    }
}
