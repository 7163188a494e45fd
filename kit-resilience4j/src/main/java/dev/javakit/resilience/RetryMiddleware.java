package dev.javakit.resilience;

import dev.javakit.endpoint.Endpoint;
import dev.javakit.endpoint.EndpointInfo;
import dev.javakit.endpoint.Middleware;
import dev.javakit.errors.ErrorStatuses;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Calls idempotent endpoints again when they fail in a way that may pass on a second try, with
 * Resilience4j's {@link Retry}, like Go kit's {@code lb.Retry}.
 *
 * <p>An endpoint whose {@link EndpointInfo#idempotent()} is false is never retried: repeating a
 * {@code POST} whose answer was lost could create the same thing twice. By default only
 * {@linkplain #isRetryable transient failures} are retried, never a client error. Attempts and
 * backoff come from the {@link RetryConfig}; for example, four attempts 100, 200 and 400 ms apart:
 *
 * <pre>{@code
 * new RetryMiddleware(RetryConfig.custom()
 *         .maxAttempts(4)
 *         .intervalFunction(IntervalFunction.ofExponentialBackoff(Duration.ofMillis(100), 2.0))
 *         .build());
 * }</pre>
 *
 * <p>After the last attempt the last failure is thrown as it is. On a client, put this middleware
 * outside a {@link CircuitBreakerMiddleware} and a {@link TimeoutMiddleware}, so that the breaker
 * counts every attempt and each attempt gets its own time limit.
 */
public final class RetryMiddleware implements Middleware {

    private final Function<EndpointInfo, Retry> retries;

    /** Creates the middleware retrying {@linkplain #isRetryable transient failures} as {@code config} says. */
    public RetryMiddleware(RetryConfig config) {
        this(config, RetryMiddleware::isRetryable);
    }

    /**
     * Creates the middleware retrying the failures {@code retryable} accepts as {@code config} says;
     * the predicate takes the place of the config's {@code retryOnException} (its
     * {@code retryExceptions} and {@code ignoreExceptions} still apply).
     */
    public RetryMiddleware(RetryConfig config, Predicate<Throwable> retryable) {
        RetryConfig retrying = retryingOn(config, retryable);
        // One Retry per endpoint, so that its events and metrics name the endpoint that retried.
        this.retries = endpoint -> Retry.of(endpoint.fullName(), retrying);
    }

    private RetryMiddleware(Function<EndpointInfo, Retry> retries) {
        this.retries = retries;
    }

    /**
     * Returns a middleware taking each endpoint's {@link Retry} from {@code registry}, named after
     * {@link EndpointInfo#fullName()}: a retry registered under that name is used as it is; others
     * are created from the registry's default configuration, retrying
     * {@linkplain #isRetryable transient failures}.
     */
    public static RetryMiddleware perEndpoint(RetryRegistry registry) {
        return perEndpoint(registry, RetryMiddleware::isRetryable);
    }

    /**
     * Returns a middleware like {@link #perEndpoint(RetryRegistry)} whose created retries retry the
     * failures {@code retryable} accepts.
     */
    public static RetryMiddleware perEndpoint(RetryRegistry registry, Predicate<Throwable> retryable) {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(retryable, "retryable");
        return new RetryMiddleware(endpoint -> registry.retry(endpoint.fullName(),
                () -> retryingOn(registry.getDefaultConfig(), retryable)));
    }

    /**
     * Returns whether {@code error} is worth another try: a status of 502, 503 or 504, which a
     * gateway, an overloaded or restarting instance, or a timeout answers. An
     * {@code HttpClientException} that got no answer is one of these (503 when the connection
     * failed, 504 when it timed out). A {@link CircuitOpenException} is not: the breaker stays open
     * for longer than a retry's backoff, so every attempt would be refused again.
     */
    public static boolean isRetryable(Throwable error) {
        if (error instanceof CircuitOpenException) {
            return false;
        }
        int status = ErrorStatuses.statusOf(error);
        return status == 502 || status == 503 || status == 504;
    }

    @Override
    public <Req, Resp> Endpoint<Req, Resp> wrap(EndpointInfo endpoint, Endpoint<Req, Resp> next) {
        Objects.requireNonNull(next, "next");
        if (!endpoint.idempotent()) {
            return next;
        }
        Retry retry = retries.apply(endpoint);
        return (ctx, request) -> retry.executeCallable(() -> next.call(ctx, request));
    }

    private static RetryConfig retryingOn(RetryConfig config, Predicate<Throwable> retryable) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(retryable, "retryable");
        return RetryConfig.from(config).retryOnException(retryable).build();
    }
}
