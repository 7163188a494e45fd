package dev.javakit.grpc.echo;

import dev.javakit.context.Context;
import dev.javakit.endpoint.Endpoint;
import dev.javakit.endpoint.EndpointInfo;
import dev.javakit.grpc.GrpcMethod;
import dev.javakit.grpc.server.GrpcService;
import java.time.Instant;

/**
 * The test service, wired as the processor wires one ({@code XGrpc}): its name, method and
 * service factory, and an endpoint that echoes and remembers the context it was called with.
 */
public final class Echo {

    public static final String SERVICE = "javakit.test.EchoService";
    public static final String DESCRIPTOR = "echo/echo.desc";
    public static final EndpointInfo INFO = new EndpointInfo("EchoService", "echo");
    public static final GrpcMethod<EchoRequest, EchoReply> ECHO =
            GrpcMethod.unary(SERVICE, "Echo", INFO, EchoCodecs.REQUEST, EchoCodecs.REPLY);

    private Echo() {
    }

    /** Returns the service serving {@code endpoint}, with every declared exception of {@link Failures}. */
    public static GrpcService service(Endpoint<EchoRequest, EchoReply> endpoint) {
        GrpcService.Builder service = GrpcService.builder(SERVICE, Echo.class, DESCRIPTOR).unary(ECHO, endpoint);
        for (Failures.Case c : Failures.CASES) {
            service.errorStatus(c.type(), c.httpStatus());
        }
        return service.build();
    }

    /**
     * Echoes the text, after sleeping {@code sleepMillis}; a text {@code fail:<status>:<message>}
     * throws that case's exception, {@code crash:<message>} an undeclared one. Remembers the
     * context and thread of the last call.
     */
    public static final class Recorder implements Endpoint<EchoRequest, EchoReply> {

        private volatile Context context;
        private volatile Thread thread;

        @Override
        public EchoReply call(Context ctx, EchoRequest request) throws Exception {
            context = ctx;
            thread = Thread.currentThread();
            if (request.sleepMillis() > 0) {
                Thread.sleep(request.sleepMillis());
            }
            String text = request.text();
            if (text.startsWith("fail:")) {
                String[] parts = text.split(":", 3);
                throw Failures.of(Integer.parseInt(parts[1])).create().apply(parts[2]);
            }
            if (text.startsWith("crash:")) {
                throw new IllegalStateException(text.substring("crash:".length()));
            }
            return new EchoReply(text, ctx.remaining(), Instant.now());
        }

        /** Returns the context of the last call. */
        public Context context() {
            return context;
        }

        /** Returns the thread of the last call. */
        public Thread thread() {
            return thread;
        }
    }
}
