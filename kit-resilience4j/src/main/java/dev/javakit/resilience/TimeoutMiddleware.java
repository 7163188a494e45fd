package dev.javakit.resilience;

import dev.javakit.concurrent.Threads;
import dev.javakit.context.Context;
import dev.javakit.endpoint.Endpoint;
import dev.javakit.endpoint.EndpointInfo;
import dev.javakit.endpoint.Middleware;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Limits how long each call may take, with a Resilience4j {@link TimeLimiter}'s timeout: a call
 * still running at the limit fails with an {@link EndpointTimeoutException} (504) and is
 * interrupted.
 *
 * <p>The call runs on another thread so that the caller can stop waiting; it sees a context whose
 * deadline is at most the limit away, so that the HTTP clients it calls give up in time too.
 * Values kept in thread-locals (the MDC, OpenTelemetry's current span) do not follow it there:
 * middlewares that set them belong inside this one. Calls run on virtual threads where the JDK has
 * them (21+), else on a pool of daemon threads; the middleware owns that executor, and
 * {@link #close()} shuts it down.
 */
public final class TimeoutMiddleware implements Middleware, AutoCloseable {

    private final TimeLimiter timeLimiter;
    private final ExecutorService executor;
    private final boolean ownsExecutor;

    /** Creates the middleware limiting every call to {@code limit}. */
    public TimeoutMiddleware(Duration limit) {
        this(TimeLimiter.of(TimeLimiterConfig.custom().timeoutDuration(limit).build()));
    }

    /** Creates the middleware limiting every call to {@code timeLimiter}'s timeout and reporting to it. */
    public TimeoutMiddleware(TimeLimiter timeLimiter) {
        this(timeLimiter, defaultExecutor(), true);
    }

    /**
     * Creates the middleware limiting every call to {@code timeLimiter}'s timeout, running calls on
     * {@code executor}, which it does not shut down.
     */
    public TimeoutMiddleware(TimeLimiter timeLimiter, ExecutorService executor) {
        this(timeLimiter, executor, false);
    }

    private TimeoutMiddleware(TimeLimiter timeLimiter, ExecutorService executor, boolean ownsExecutor) {
        this.timeLimiter = Objects.requireNonNull(timeLimiter, "timeLimiter");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.ownsExecutor = ownsExecutor;
    }

    @Override
    public <Req, Resp> Endpoint<Req, Resp> wrap(EndpointInfo endpoint, Endpoint<Req, Resp> next) {
        Objects.requireNonNull(next, "next");
        Duration limit = timeLimiter.getTimeLimiterConfig().getTimeoutDuration();
        boolean cancel = timeLimiter.getTimeLimiterConfig().shouldCancelRunningFuture();
        // The wait is here rather than in TimeLimiter.executeFutureSupplier, whose TimeoutException
        // cannot be told apart from one the endpoint throws; the limiter still hears of every
        // outcome, for its events and metrics.
        return (ctx, request) -> {
            Context limited = ctx.withTimeout(limit);
            Future<Resp> future = executor.submit(() -> next.call(limited, request));
            Resp response;
            try {
                response = future.get(limit.toNanos(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                timeLimiter.onError(e);
                if (cancel) {
                    future.cancel(true);
                }
                throw new EndpointTimeoutException();
            } catch (ExecutionException e) {
                Throwable failure = e.getCause();
                timeLimiter.onError(failure);
                if (failure instanceof Error error) {
                    throw error;
                }
                // A Callable throws nothing but exceptions and errors.
                throw (Exception) failure;
            } catch (InterruptedException e) {
                // Nobody waits for the answer any more.
                future.cancel(true);
                throw e;
            }
            timeLimiter.onSuccess();
            return response;
        };
    }

    /**
     * Shuts down the executor the middleware created, letting calls in progress finish; does nothing
     * to an executor it was given.
     */
    @Override
    public void close() {
        if (ownsExecutor) {
            executor.shutdown();
        }
    }

    private static ExecutorService defaultExecutor() {
        ExecutorService virtualThreads = Threads.virtualPerTask("kit-timeout-");
        return virtualThreads != null ? virtualThreads : Executors.newCachedThreadPool(Threads.daemons("kit-timeout-"));
    }
}
