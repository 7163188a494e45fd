package dev.javakit.opentelemetry;

import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static org.assertj.core.api.Assertions.assertThat;

import dev.javakit.context.Context;
import dev.javakit.endpoint.Endpoint;
import dev.javakit.grpc.client.GrpcClientTransport;
import dev.javakit.grpc.echo.Echo;
import dev.javakit.grpc.echo.EchoReply;
import dev.javakit.grpc.echo.EchoRequest;
import dev.javakit.grpc.echo.Failures;
import dev.javakit.grpc.server.GrpcServer;
import io.grpc.CallOptions;
import io.grpc.ClientInterceptors;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.MetadataUtils;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GrpcTracingTest {

    private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
    private static final String PARENT_SPAN_ID = "b7ad6b7169203331";

    private final InMemoryTelemetry telemetry = new InMemoryTelemetry();
    private GrpcServer server;

    @BeforeEach
    void start() throws Exception {
        server = GrpcServer.builder()
                .address("127.0.0.1:0")
                .before(GrpcTracing.extract(telemetry.sdk()))
                .service(Echo.service(new ServerTracingMiddleware(telemetry.sdk()).wrap(Echo.INFO, new Echo.Recorder())))
                .build()
                .start();
    }

    @AfterEach
    void stop() {
        server.stop(Duration.ZERO);
        telemetry.shutdown();
    }

    @Test
    void serverSpanIsTheChildOfTheClientsSpan() throws Exception {
        try (GrpcClientTransport transport = GrpcClientTransport.builder("127.0.0.1:" + server.port())
                .before(GrpcTracing.inject(telemetry.sdk())).build()) {
            Endpoint<EchoRequest, EchoReply> client = new ClientTracingMiddleware(telemetry.sdk())
                    .wrap(Echo.INFO, transport.endpoint(Echo.ECHO, Failures.clientErrors()));

            client.call(Context.background(), new EchoRequest("traced"));
        }

        SpanData clientSpan = span(SpanKind.CLIENT);
        SpanData serverSpan = span(SpanKind.SERVER);
        assertThat(serverSpan.getTraceId()).isEqualTo(clientSpan.getTraceId());
        assertThat(serverSpan.getParentSpanId()).isEqualTo(clientSpan.getSpanId());
        assertThat(serverSpan.getName()).isEqualTo("EchoService/echo");
    }

    @Test
    void continuesTheTraceparentAPlainGrpcClientSends() throws Exception {
        Metadata headers = new Metadata();
        headers.put(Metadata.Key.of("traceparent", Metadata.ASCII_STRING_MARSHALLER),
                "00-" + TRACE_ID + "-" + PARENT_SPAN_ID + "-01");
        ManagedChannel channel = NettyChannelBuilder.forAddress("127.0.0.1", server.port()).usePlaintext().build();
        try {
            ClientCalls.blockingUnaryCall(ClientInterceptors.intercept(channel, MetadataUtils.newAttachHeadersInterceptor(headers)),
                    Echo.ECHO.descriptor(), CallOptions.DEFAULT, new EchoRequest("traced"));
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }

        SpanData serverSpan = telemetry.onlySpan();
        assertThat(serverSpan.getKind()).isEqualTo(SpanKind.SERVER);
        assertThat(serverSpan.getTraceId()).isEqualTo(TRACE_ID);
        assertThat(serverSpan.getParentSpanId()).isEqualTo(PARENT_SPAN_ID);
        assertThat(serverSpan.getAttributes().get(stringKey("http.route"))).isEqualTo("/javakit.test.EchoService/Echo");
    }

    private SpanData span(SpanKind kind) {
        return telemetry.spans().stream().filter(span -> span.getKind() == kind).findFirst().orElseThrow(
                () -> new AssertionError("no " + kind + " span among " + telemetry.spans()));
    }
}
