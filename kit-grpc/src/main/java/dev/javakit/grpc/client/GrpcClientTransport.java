package dev.javakit.grpc.client;

import dev.javakit.context.Context;
import dev.javakit.endpoint.Endpoint;
import dev.javakit.grpc.GrpcMethod;
import dev.javakit.grpc.GrpcStatuses;
import dev.javakit.transport.Delivery;
import dev.javakit.transport.http.client.ClientErrors;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientInterceptors;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.MetadataUtils;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Sends the calls of generated gRPC clients to one instance over one grpc-java channel (plaintext
 * HTTP/2), like Go kit's {@code grpctransport.Client}: gives each call the context's deadline,
 * adds the hooks' metadata, and turns a failed status into the method's exception
 * ({@link ClientErrors}) or a {@link GrpcClientException}.
 *
 * <pre>{@code
 * ProfileService profiles = ProfileServiceGrpcClient.endpoints(GrpcClientTransport.builder("10.0.0.7:8081").build());
 * }</pre>
 *
 * <p>A status carrying the {@code kit-error} trailer (a server of ours answered) is rebuilt as the
 * exception it names, with exactly the status's message; one without it is matched by the HTTP
 * status of its code ({@link GrpcStatuses}) and its message, as answers of other servers are over
 * HTTP. It makes no retry of its own: that belongs to {@code dev.javakit.sd.lb}. A failure says how
 * far the call got: {@code UNAVAILABLE} for a connection that could not be made is
 * {@link Delivery#NOT_DELIVERED}; any other {@code UNAVAILABLE}, {@code DEADLINE_EXCEEDED} and
 * {@code CANCELLED} without the trailer are {@link Delivery#NO_ANSWER} (the call may have run);
 * every other status is the server's answer.
 */
public final class GrpcClientTransport implements AutoCloseable {

    private final String target;
    private final ManagedChannel channel;
    private final Duration timeout;
    private final List<GrpcClientBefore> before;
    private final Set<GrpcClientTransport> siblings;

    private GrpcClientTransport(Builder builder, String target, ManagedChannel channel) {
        this.target = target;
        this.channel = channel;
        this.timeout = builder.timeout;
        this.before = List.copyOf(builder.before);
        this.siblings = builder.built;
    }

    /** Returns a builder of a transport to the instance at {@code target}, {@code host:port}, such as {@code 10.0.0.7:8081}. */
    public static Builder builder(String target) {
        HostPort.parse(Objects.requireNonNull(target, "target"));
        return new Builder(target);
    }

    /**
     * Returns a builder of transports to instances named later ({@link Builder#build(URI)}): what a
     * load balancer's factory uses.
     */
    public static Builder builder() {
        return new Builder(null);
    }

    /** Returns an endpoint that calls {@code method}, rethrowing the exceptions {@code errors} maps. */
    public <Req, Res> Endpoint<Req, Res> endpoint(GrpcMethod<Req, Res> method, ClientErrors errors) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(errors, "errors");
        return (ctx, request) -> call(ctx, method, request, errors);
    }

    /**
     * Sends one call and returns its response, giving it the configured timeout or what is left of
     * the context's deadline, whichever is shorter.
     *
     * @throws Exception the method's declared exception the server answered, or a
     *     {@link GrpcClientException} for any other status
     */
    public <Req, Res> Res call(Context ctx, GrpcMethod<Req, Res> method, Req request, ClientErrors errors)
            throws Exception {
        String call = method.fullName() + " to " + (target != null ? target : "no instance");
        Duration callTimeout = timeout;
        Duration remaining = ctx.remaining();
        if (remaining != null) {
            if (remaining.isNegative() || remaining.isZero()) {
                throw new GrpcClientException(call, Status.DEADLINE_EXCEEDED.withDescription(
                        "the context's deadline passed before the call was sent"), Delivery.NOT_DELIVERED, null);
            }
            callTimeout = remaining.compareTo(timeout) < 0 ? remaining : timeout;
        }
        if (channel == null) {
            throw new GrpcClientException(call, Status.UNAVAILABLE.withDescription(
                    "this transport was built without an instance"), Delivery.NOT_DELIVERED, null);
        }
        Channel to = channel;
        if (!before.isEmpty()) {
            Metadata headers = new Metadata();
            for (GrpcClientBefore hook : before) {
                hook.apply(ctx, headers);
            }
            if (!headers.keys().isEmpty()) {
                to = ClientInterceptors.intercept(channel, MetadataUtils.newAttachHeadersInterceptor(headers));
            }
        }
        CallOptions options = CallOptions.DEFAULT.withDeadlineAfter(callTimeout.toNanos(), TimeUnit.NANOSECONDS);
        try {
            return ClientCalls.blockingUnaryCall(to, method.descriptor(), options, request);
        } catch (StatusRuntimeException e) {
            throw failure(call, e, errors);
        }
    }

    private Exception failure(String call, StatusRuntimeException failure, ClientErrors errors) {
        Status status = failure.getStatus();
        Metadata trailers = failure.getTrailers();
        String identity = trailers == null ? null : trailers.get(GrpcStatuses.ERROR_IDENTITY);
        if (identity == null
                && status.getCause() instanceof StatusRuntimeException unreadable
                && unreadable.getStatus().getCode() == Status.Code.INTERNAL) {
            // grpc-java cancels a call whose response its marshaller cannot read: the server did answer.
            return new GrpcClientException(call, unreadable.getStatus(), Delivery.ANSWERED, failure);
        }
        Delivery delivery = identity != null ? Delivery.ANSWERED : deliveryOf(status);
        if (delivery == Delivery.ANSWERED) {
            Exception declared = errors.decode(identity, GrpcStatuses.httpStatusOf(status.getCode()),
                    status.getDescription());
            if (declared != null) {
                return declared;
            }
        }
        return new GrpcClientException(call, status, delivery, failure);
    }

    /** Returns how far a call that ended with {@code status}, which no server of ours answered, got. */
    private Delivery deliveryOf(Status status) {
        return switch (status.getCode()) {
            case UNAVAILABLE -> channel.isShutdown() || neverConnected(status.getCause())
                    ? Delivery.NOT_DELIVERED
                    : Delivery.NO_ANSWER;
            case DEADLINE_EXCEEDED, CANCELLED -> Delivery.NO_ANSWER;
            default -> Delivery.ANSWERED;
        };
    }

    /** Returns whether {@code cause} says no connection could be made (refused, timed out, no route, no such host). */
    private static boolean neverConnected(Throwable cause) {
        for (Throwable c = cause; c != null; c = c.getCause()) {
            // Netty's connect timeout and "connection refused" are both ConnectExceptions.
            if (c instanceof ConnectException || c instanceof NoRouteToHostException
                    || c instanceof UnknownHostException) {
                return true;
            }
        }
        return false;
    }

    /** Returns the instance this transport calls, {@code host:port}, or {@code null} when it was built without one. */
    public String target() {
        return target;
    }

    /** Shuts the channel down: calls in flight finish, new ones fail undelivered. */
    @Override
    public void close() {
        siblings.remove(this);
        if (channel != null) {
            channel.shutdown();
        }
    }

    @Override
    public String toString() {
        return "GrpcClientTransport[" + target + "]";
    }

    /** A target's host and port. */
    private record HostPort(String host, int port) {

        static HostPort parse(String target) {
            int colon = target.lastIndexOf(':');
            String host = colon < 0 ? "" : target.substring(0, colon);
            if (host.startsWith("[") && host.endsWith("]")) {
                host = host.substring(1, host.length() - 1);
            }
            int port;
            try {
                port = colon < 0 ? -1 : Integer.parseInt(target.substring(colon + 1));
            } catch (NumberFormatException e) {
                port = -1;
            }
            if (host.isEmpty() || port < 1 || port > 65535) {
                throw new IllegalArgumentException("a gRPC target is host:port, like 10.0.0.7:8081 or [::1]:8081: " + target);
            }
            return new HostPort(host, port);
        }
    }

    /** Configures a {@link GrpcClientTransport}. */
    public static final class Builder implements AutoCloseable {

        private final String target;
        private Duration timeout = Duration.ofSeconds(10);
        private final List<GrpcClientBefore> before = new ArrayList<>();
        private int maxMessageBytes = 4 << 20;
        private final Set<GrpcClientTransport> built = ConcurrentHashMap.newKeySet();

        private Builder(String target) {
            this.target = target;
        }

        /** Gives each call at most {@code timeout} (less when its context's deadline is nearer); 10 s by default. */
        public Builder timeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive: " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /** Adds a hook run before each call is sent. */
        public Builder before(GrpcClientBefore hook) {
            before.add(Objects.requireNonNull(hook, "hook"));
            return this;
        }

        /** Refuses response messages larger than {@code bytes}; 4 MiB by default, as grpc-java's. */
        public Builder maxMessageBytes(int bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxMessageBytes must be positive: " + bytes);
            }
            this.maxMessageBytes = bytes;
            return this;
        }

        /**
         * Returns the transport to the target this builder was created for; from a builder created
         * without one ({@link #builder()}), a transport whose every call fails undelivered, which
         * gives a load-balanced client's endpoint set its shape.
         */
        public GrpcClientTransport build() {
            return target == null ? new GrpcClientTransport(this, null, null) : open(target);
        }

        /**
         * Returns a transport to {@code instance} as an {@code Instancer} lists it,
         * {@code http://host:port} (plaintext HTTP/2, as the registries' instancers write it), with a
         * channel of its own.
         *
         * @throws IllegalArgumentException when the URI is not {@code http://host:port}
         */
        public GrpcClientTransport build(URI instance) {
            Objects.requireNonNull(instance, "instance");
            if (!"http".equalsIgnoreCase(instance.getScheme()) || instance.getHost() == null || instance.getPort() < 0) {
                throw new IllegalArgumentException("a gRPC instance is http://host:port (plaintext HTTP/2): " + instance);
            }
            return open(instance.getHost() + ":" + instance.getPort());
        }

        private GrpcClientTransport open(String hostPort) {
            HostPort address = HostPort.parse(hostPort);
            ManagedChannel channel = NettyChannelBuilder.forAddress(address.host(), address.port())
                    .usePlaintext()
                    .maxInboundMessageSize(maxMessageBytes)
                    .build();
            GrpcClientTransport transport = new GrpcClientTransport(this, hostPort, channel);
            built.add(transport);
            return transport;
        }

        /** Closes every transport this builder built and has not been closed yet. */
        @Override
        public void close() {
            List.copyOf(built).forEach(GrpcClientTransport::close);
        }
    }
}
