package dev.javakit.transport.http;

import dev.javakit.context.Context;
import dev.javakit.endpoint.EndpointInfo;
import dev.javakit.log.ServiceLogger;
import dev.javakit.transport.Transport;
import io.netty.handler.codec.http.DefaultHttpHeadersFactory;
import io.netty.handler.codec.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One request's way through the server, as in Go kit's {@code ServeHTTP}: route, before hooks,
 * decode, endpoint, after hooks, encode, and the error encoder for whatever fails on the way.
 *
 * <p>Engine-neutral: each protocol hands it a complete request and writes the {@link Answer} it
 * returns, so HTTP/1.1 and HTTP/2 serve the same routes with the same errors, hooks and logs.
 */
final class Exchange {

    private static final Logger log = LoggerFactory.getLogger(HttpServer.class);
    /** Every request's context starts here: immutable, so one instance serves them all. */
    private static final Context HTTP_CONTEXT = Context.background().with(Transport.KEY, Transport.HTTP);

    /** {@code OPTIONS *} and its kin: the server as a whole rather than a path. */
    private static final Router.Miss ASTERISK = new Router.Miss(400, "request target * is for OPTIONS only", Set.of());

    private final Router router;
    private final ErrorEncoder errors;
    private final List<ServerBefore> before;
    private final List<ServerAfter> after;
    private final String allMethods;

    Exchange(Router router, ErrorEncoder errors, List<ServerBefore> before, List<ServerAfter> after) {
        this.router = router;
        this.errors = errors;
        this.before = List.copyOf(before);
        this.after = List.copyOf(after);
        this.allMethods = String.join(", ", router.methods());
    }

    /** Returns headers that check names and values, so a hook cannot split a response. */
    static HttpHeaders newHeaders() {
        return DefaultHttpHeadersFactory.headersFactory().newHeaders();
    }

    /**
     * Routes one complete request, cheaply enough for the event loop: a miss, or a match that says
     * where its handler runs ({@link Router.Match#nonBlocking()}).
     */
    Router.Result route(NettyHttpServerRequest request) {
        if (request.target().isAsterisk()) {
            return ASTERISK;
        }
        Router.Result result = router.match(request.method(), request.path());
        if (result instanceof Router.Match match) {
            request.route(match);
        }
        return result;
    }

    /** Answers a request routed by {@link #route}; never throws. */
    Answer serve(NettyHttpServerRequest request, Router.Result routed) {
        String method = request.method();
        if (routed == ASTERISK) {
            return method.equals("OPTIONS")
                    ? Answer.allow(allMethods, null)
                    : fail(request, null, HttpStatusException.badRequest("request target * is for OPTIONS only"));
        }
        if (routed instanceof Router.Miss miss) {
            if (miss.status() == 405 && method.equals("OPTIONS")) {
                return Answer.allow(String.join(", ", miss.allowed()), null);
            }
            return fail(request, null, miss.toException());
        }
        Router.Match match = (Router.Match) routed;
        Context ctx = HTTP_CONTEXT;
        try {
            for (ServerBefore hook : before) {
                ctx = hook.apply(ctx, request);
            }
        } catch (Throwable error) {
            return failBeforeEndpoint(request, match, error);
        }
        if (match.route().handler() instanceof EndpointHandler<?, ?> endpoint) {
            return serveEndpoint(endpoint, ctx, request, match);
        }
        try {
            return answered(ctx, match.route().handler().handle(ctx, request), match);
        } catch (Throwable error) {
            return fail(request, match.template().text(), error);
        }
    }

    /**
     * Decodes the request, then calls the endpoint: taken apart from {@link EndpointHandler#handle}
     * so that a request its decoder refuses, which no service log line will tell of, is logged here.
     */
    private <Req> Answer serveEndpoint(EndpointHandler<Req, ?> endpoint, Context ctx, NettyHttpServerRequest request,
            Router.Match match) {
        Req decoded;
        try {
            decoded = endpoint.decoder().decode(request);
        } catch (Throwable error) {
            return failBeforeEndpoint(request, match, error);
        }
        try {
            return answered(ctx, endpoint.respond(ctx, decoded), match);
        } catch (Throwable error) {
            return fail(request, match.template().text(), error);
        }
    }

    /** Runs the after hooks on a handler's response and makes it the answer. */
    private Answer answered(Context ctx, HttpResponse response, Router.Match match) {
        HttpHeaders headers = null;
        if (!after.isEmpty()) {
            headers = newHeaders();
            ServerAfter.ResponseHeaders view = responseHeaders(headers);
            for (ServerAfter hook : after) {
                hook.apply(ctx, view);
            }
        }
        return new Answer(response.status(), response.contentType(), response.body(), headers, match.template().text());
    }

    /**
     * Answers a routed request that failed before its endpoint ran (a hook, or its decoder): no
     * service log line or endpoint span will tell of it, so the server logs it once, at WARN.
     */
    private Answer failBeforeEndpoint(NettyHttpServerRequest request, Router.Match match, Throwable error) {
        ErrorEncoder.Encoded encoded = errors.encode(error);
        if (encoded.unexpected() || !log.isWarnEnabled()) {
            return fail(request, match.template().text(), error, encoded);
        }
        EndpointInfo endpoint = match.route().endpoint();
        log.atWarn()
                .addKeyValue("method", request.method())
                .addKeyValue("route", match.template().text())
                .addKeyValue("endpoint", endpoint == null ? null : endpoint.service() + "." + endpoint.method())
                .addKeyValue("status", encoded.status())
                .addKeyValue("took", ServiceLogger.took(request.arrivedNanos()))
                .addKeyValue("err", error.getMessage())
                .log("request refused before its endpoint");
        return encoded(encoded, match.template().text());
    }

    /** Returns whether a routed request is answered where it was read, on the event loop. */
    static boolean onEventLoop(Router.Result routed) {
        return !(routed instanceof Router.Match match) || match.nonBlocking();
    }

    /**
     * Answers {@code error} for a request the server could not serve, logging what the client must
     * not see: a 500's stack trace, unless the service's logging decorator has just logged it.
     */
    Answer fail(NettyHttpServerRequest request, String route, Throwable error) {
        return fail(request, route, error, errors.encode(error));
    }

    private Answer fail(NettyHttpServerRequest request, String route, Throwable error, ErrorEncoder.Encoded encoded) {
        if (encoded.unexpected() && !ServiceLogger.loggedWithStackTrace(error)) {
            log.atError()
                    .setCause(error)
                    .addKeyValue("method", request.method())
                    .addKeyValue("path", request.path())
                    .log("unexpected error; answered 500");
        } else if (log.isDebugEnabled()) {
            log.atDebug()
                    .addKeyValue("method", request.method())
                    .addKeyValue("path", request.path())
                    .addKeyValue("status", encoded.status())
                    .addKeyValue("error", error.getMessage())
                    .log("request failed");
        }
        return encoded(encoded, route);
    }

    /**
     * Answers a request the engine refused before it was complete: a framing error, a limit, a
     * timeout. The route is reported when the request line was read, so that metrics show which
     * route a 413 was for.
     */
    Answer reject(String method, RequestTarget target, int status, String message) {
        String route = null;
        if (method != null && target != null && !target.isAsterisk()
                && router.match(method, target.rawPath()) instanceof Router.Match match) {
            route = match.template().text();
        }
        return encoded(errors.encode(new HttpStatusException(status, message)), route);
    }

    /** Answers a request the server has no capacity for. */
    Answer overloaded(NettyHttpServerRequest request) {
        return fail(request, null, new HttpStatusException(503, "server is overloaded; retry later", Map.of("Retry-After", "1")));
    }

    private static Answer encoded(ErrorEncoder.Encoded encoded, String route) {
        HttpHeaders headers = null;
        if (!encoded.headers().isEmpty()) {
            headers = newHeaders();
            encoded.headers().forEach(headers::set);
        }
        return new Answer(encoded.status(), HttpResponse.JSON, encoded.body(), headers, route);
    }

    private static ServerAfter.ResponseHeaders responseHeaders(HttpHeaders headers) {
        return new ServerAfter.ResponseHeaders() {
            @Override
            public void set(String name, String value) {
                headers.set(name, value);
            }

            @Override
            public void add(String name, String value) {
                headers.add(name, value);
            }
        };
    }
}
