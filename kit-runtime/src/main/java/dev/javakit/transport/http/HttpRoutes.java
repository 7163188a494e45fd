package dev.javakit.transport.http;

import dev.javakit.endpoint.Endpoint;
import dev.javakit.endpoint.EndpointInfo;
import dev.javakit.errors.ErrorStatuses;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A service's route table and the HTTP statuses of the exceptions its methods declare; generated
 * per service ({@code ProfileServiceHttpRoutes.of(endpoints)}) and mounted on an {@link HttpServer}.
 */
public final class HttpRoutes {

    private final List<HttpRoute> routes;
    private final Map<Class<? extends Throwable>, Integer> errorStatuses;
    private final List<ServerLifecycleListener> lifecycleListeners;
    private final boolean nonBlocking;

    private HttpRoutes(List<HttpRoute> routes, Map<Class<? extends Throwable>, Integer> errorStatuses,
            List<ServerLifecycleListener> lifecycleListeners, boolean nonBlocking) {
        this.routes = List.copyOf(routes);
        this.errorStatuses = Map.copyOf(errorStatuses);
        this.lifecycleListeners = List.copyOf(lifecycleListeners);
        this.nonBlocking = nonBlocking;
    }

    /** Returns a builder of an empty table. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the routes in the order they were added. */
    public List<HttpRoute> routes() {
        return routes;
    }

    /** Returns the HTTP status each declared business exception is answered with. */
    public Map<Class<? extends Throwable>, Integer> errorStatuses() {
        return errorStatuses;
    }

    /** Returns what must follow the life of the server this table is mounted on, such as readiness. */
    public List<ServerLifecycleListener> lifecycleListeners() {
        return lifecycleListeners;
    }

    /**
     * Returns this table with its routes answered on the server's event loops rather than on
     * handler threads, for services that never block: an in-memory store, or calls that hand their
     * waiting to something asynchronous. It saves two thread hand-offs per request (9-17% of
     * throughput with JDK 17's pool, 40-50% with virtual threads on 2 cores, see BENCHMARKS.md); a
     * handler that does block there stalls every connection of its event loop, which is why it is
     * never the default.
     */
    public HttpRoutes nonBlocking() {
        return new HttpRoutes(routes, errorStatuses, lifecycleListeners, true);
    }

    /** Returns whether the routes are answered on the event loops ({@link #nonBlocking()}). */
    public boolean isNonBlocking() {
        return nonBlocking;
    }

    /** Builds an {@link HttpRoutes}. */
    public static final class Builder {

        private final List<HttpRoute> routes = new ArrayList<>();
        private final Map<Class<? extends Throwable>, Integer> errorStatuses = new LinkedHashMap<>();
        private final List<ServerLifecycleListener> lifecycleListeners = new ArrayList<>();

        private Builder() {
        }

        /** Adds a route serving {@code endpoint} at {@code method} {@code pathTemplate}. */
        public <Req, Resp> Builder route(String method, String pathTemplate, EndpointInfo info,
                Endpoint<Req, Resp> endpoint, RequestDecoder<Req> decoder, ResponseEncoder<Resp> encoder) {
            return route(new HttpRoute(method, pathTemplate, info, new EndpointHandler<>(endpoint, decoder, encoder)));
        }

        /** Adds a plain route, answered by {@code handler} rather than an endpoint. */
        public Builder route(String method, String pathTemplate, RouteHandler handler) {
            return route(new HttpRoute(method, pathTemplate, null, handler));
        }

        /** Adds a route. */
        public Builder route(HttpRoute route) {
            routes.add(route);
            return this;
        }

        /** Answers exceptions of {@code type} (and its subclasses) with {@code status} and their message. */
        public Builder errorStatus(Class<? extends Throwable> type, int status) {
            errorStatuses.put(type, ErrorStatuses.requireErrorStatus(status));
            return this;
        }

        /** Tells {@code listener} when the server this table is mounted on starts and begins to stop. */
        public Builder lifecycleListener(ServerLifecycleListener listener) {
            lifecycleListeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /** Returns the table. */
        public HttpRoutes build() {
            return new HttpRoutes(routes, errorStatuses, lifecycleListeners, false);
        }
    }
}
