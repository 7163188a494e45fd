package dev.javakit.grpc.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.javakit.context.Context;
import dev.javakit.grpc.client.GrpcClientTransport;
import dev.javakit.grpc.echo.Echo;
import dev.javakit.grpc.echo.EchoRequest;
import dev.javakit.grpc.echo.Failures;
import dev.javakit.metrics.MetricsMiddleware;
import dev.javakit.metrics.ServiceMetrics;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The metrics middleware, shared by every transport, tags calls that came by gRPC {@code transport="grpc"}. */
class GrpcMetricsTest {

    @Test
    void callsServedOverGrpcAreTaggedTransportGrpc() throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        GrpcServer server = GrpcServer.builder().address("127.0.0.1:0")
                .service(Echo.service(new MetricsMiddleware(registry).wrap(Echo.INFO, new Echo.Recorder())))
                .build().start();
        try (GrpcClientTransport transport = GrpcClientTransport.builder("127.0.0.1:" + server.port()).build()) {
            var client = transport.endpoint(Echo.ECHO, Failures.clientErrors());

            client.call(Context.background(), new EchoRequest("hi"));
            client.call(Context.background(), new EchoRequest("hi again"));
            assertThatThrownBy(() -> client.call(Context.background(), new EchoRequest("fail:404:none")))
                    .isInstanceOf(Failures.NotFound.class);
        } finally {
            server.stop(Duration.ZERO);
        }

        Timer succeeded = registry.find(ServiceMetrics.ENDPOINT_CALLS)
                .tags("transport", "grpc", "service", "EchoService", "method", "echo", "outcome", "SUCCESS").timer();
        Timer failed = registry.find(ServiceMetrics.ENDPOINT_CALLS)
                .tags("transport", "grpc", "exception", "NotFound").timer();
        assertThat(succeeded).isNotNull();
        assertThat(succeeded.count()).isEqualTo(2);
        assertThat(failed).isNotNull();
        assertThat(failed.count()).isEqualTo(1);
    }
}
