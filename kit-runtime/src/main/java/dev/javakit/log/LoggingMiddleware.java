package dev.javakit.log;

import dev.javakit.endpoint.Endpoint;
import dev.javakit.endpoint.EndpointInfo;
import dev.javakit.endpoint.Middleware;
import java.util.Objects;
import org.slf4j.Logger;

/**
 * Logs every endpoint call, like the talk's {@code loggingMiddleware(method)}: service, method,
 * duration and, on failure, the error; for teams that log at the endpoint layer rather than with
 * the generated service decorator (which also logs the arguments).
 */
public final class LoggingMiddleware implements Middleware {

    private final Logger log;

    /** Creates the middleware logging to {@code log}. */
    public LoggingMiddleware(Logger log) {
        this.log = Objects.requireNonNull(log, "log");
    }

    @Override
    public <Req, Resp> Endpoint<Req, Resp> wrap(EndpointInfo endpoint, Endpoint<Req, Resp> next) {
        ServiceLogger calls = new ServiceLogger(log, endpoint.service());
        String method = endpoint.method();
        return (ctx, request) -> {
            long start = calls.start();
            Resp response;
            try {
                response = next.call(ctx, request);
            } catch (Throwable e) {
                if (calls.isFailedEnabled(e)) {
                    calls.failed(method, start, e);
                }
                throw e;
            }
            if (calls.isSucceededEnabled()) {
                calls.succeeded(method, start);
            }
            return response;
        };
    }
}
