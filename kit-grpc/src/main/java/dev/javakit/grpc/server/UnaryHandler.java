package dev.javakit.grpc.server;

import dev.javakit.context.Context;
import dev.javakit.endpoint.Endpoint;
import dev.javakit.errors.ErrorIdentity;
import dev.javakit.errors.StatusTable;
import dev.javakit.grpc.GrpcMethod;
import dev.javakit.grpc.GrpcStatuses;
import dev.javakit.grpc.codec.ProtoMarshaller;
import dev.javakit.log.ServiceLogger;
import dev.javakit.transport.Transport;
import dev.javakit.transport.http.ErrorEncoder;
import io.grpc.Deadline;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.Status;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves one unary method with its endpoint, the gRPC counterpart of the HTTP server's
 * {@code Exchange}: context (transport, deadline, metadata, hooks), decode, endpoint, encode, and
 * the status of whatever fails on the way. Messages arrive and leave as bytes, so that this class,
 * not grpc-java, says what an undecodable request or an unencodable response is answered with.
 *
 * <p>grpc-java calls the listener on the server's executor, never on the event loop, so the
 * endpoint may block.
 */
final class UnaryHandler<Req, Res> implements ServerCallHandler<byte[], byte[]> {

    private static final Logger log = LoggerFactory.getLogger(GrpcServer.class);
    /** Every call's context starts here: immutable, so one instance serves them all. */
    private static final Context GRPC_CONTEXT = Context.background().with(Transport.KEY, Transport.GRPC);
    private static final String INTERNAL_ERROR = "internal server error";

    private final GrpcMethod<Req, Res> method;
    private final Endpoint<Req, Res> endpoint;
    private final StatusTable statuses;
    private final List<GrpcServerBefore> before;

    UnaryHandler(GrpcMethod<Req, Res> method, Endpoint<Req, Res> endpoint, StatusTable statuses,
            List<GrpcServerBefore> before) {
        this.method = method;
        this.endpoint = endpoint;
        this.statuses = statuses;
        this.before = List.copyOf(before);
    }

    @Override
    public ServerCall.Listener<byte[]> startCall(ServerCall<byte[], byte[]> call, Metadata headers) {
        // Two, as grpc-java's own unary handler asks: a second message is then seen, and refused.
        call.request(2);
        return new Listener(call, headers, io.grpc.Context.current().getDeadline());
    }

    private final class Listener extends ServerCall.Listener<byte[]> {

        private final ServerCall<byte[], byte[]> call;
        private final Metadata headers;
        private final Deadline deadline;
        private byte[] request;
        private boolean closed;

        Listener(ServerCall<byte[], byte[]> call, Metadata headers, Deadline deadline) {
            this.call = call;
            this.headers = headers;
            this.deadline = deadline;
        }

        @Override
        public void onMessage(byte[] message) {
            if (request != null) {
                close(Status.INVALID_ARGUMENT.withDescription("more than one request message for unary method "
                        + method.fullName()), ErrorIdentity.SERVER);
                return;
            }
            request = message;
        }

        @Override
        public void onHalfClose() {
            if (closed) {
                return;
            }
            if (request == null) {
                close(Status.INVALID_ARGUMENT.withDescription("no request message for unary method "
                        + method.fullName()), ErrorIdentity.SERVER);
                return;
            }
            serve();
        }

        private void serve() {
            long arrived = System.nanoTime();
            Context ctx = GRPC_CONTEXT.with(GrpcServerContext.METADATA, headers)
                    .with(GrpcServerContext.METHOD, method.fullName());
            if (deadline != null) {
                ctx = ctx.withDeadline(Instant.now().plusNanos(deadline.timeRemaining(TimeUnit.NANOSECONDS)));
            }
            try {
                for (GrpcServerBefore hook : before) {
                    ctx = hook.apply(ctx, headers);
                }
            } catch (Throwable error) {
                refuse(error, arrived);
                return;
            }
            Req decoded;
            try {
                decoded = method.request().decode(request);
            } catch (Throwable error) {
                // Whatever the codec throws (a malformed message, a field the record cannot do
                // without, a record's own check) is the request's fault, as a JSON decoder's is.
                refuse(Status.INVALID_ARGUMENT.withDescription("invalid request of " + method.fullName() + ": "
                        + ProtoMarshaller.reason(error)), ErrorIdentity.SERVER, arrived);
                return;
            }
            Res response;
            try {
                response = endpoint.call(ctx, decoded);
            } catch (Throwable error) {
                fail(error);
                return;
            }
            byte[] encoded;
            try {
                encoded = method.response().codec().encode(response);
            } catch (Throwable error) {
                fail(error);
                return;
            }
            if (call.isCancelled()) {
                return;
            }
            call.sendHeaders(new Metadata());
            call.sendMessage(encoded);
            closed = true;
            call.close(Status.OK, new Metadata());
        }

        /** Answers a hook's failure: the endpoint did not run, so no service log line will tell of it. */
        private void refuse(Throwable error, long arrived) {
            int status = statuses.statusOf(error);
            if (status == 0) {
                fail(error);
                return;
            }
            refuse(describe(error, status), statuses.identityOf(error), arrived);
        }

        /** Answers a request refused before its endpoint ran, logging it once, at WARN. */
        private void refuse(Status status, String identity, long arrived) {
            log.atWarn()
                    .addKeyValue("grpc_method", method.fullName())
                    .addKeyValue("endpoint", method.info().fullName())
                    .addKeyValue("code", status.getCode())
                    .addKeyValue("took", ServiceLogger.took(arrived))
                    .addKeyValue("err", status.getDescription())
                    .log("request refused before its endpoint");
            close(status, identity);
        }

        /**
         * Answers {@code error}: its HTTP status's code with exactly its message, or, when nothing
         * declares a status for it, {@code INTERNAL} with nothing of it but a log line.
         */
        private void fail(Throwable error) {
            int status = statuses.statusOf(error);
            if (status == 0) {
                if (!ServiceLogger.loggedWithStackTrace(error)) {
                    log.atError().setCause(error).addKeyValue("grpc_method", method.fullName())
                            .log("unexpected error; answered INTERNAL");
                }
                close(Status.INTERNAL.withDescription(INTERNAL_ERROR), ErrorIdentity.SERVER);
                return;
            }
            if (log.isDebugEnabled()) {
                log.atDebug().addKeyValue("grpc_method", method.fullName()).addKeyValue("status", status)
                        .addKeyValue("err", error.getMessage()).log("request failed");
            }
            close(describe(error, status), statuses.identityOf(error));
        }

        private void close(Status status, String identity) {
            if (closed) {
                return;
            }
            closed = true;
            Metadata trailers = new Metadata();
            trailers.put(GrpcStatuses.ERROR_IDENTITY, identity);
            call.close(status, trailers);
        }
    }

    /** Returns the status of a declared error: its code, and its message, or the status's reason phrase when it has none. */
    private static Status describe(Throwable error, int httpStatus) {
        String message = error.getMessage();
        if (message == null || message.isBlank()) {
            message = ErrorEncoder.reasonPhrase(httpStatus);
        }
        return Status.fromCode(GrpcStatuses.codeOf(httpStatus)).withDescription(message);
    }
}
