package dev.javakit.grpc.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.javakit.context.Context;
import dev.javakit.endpoint.Endpoint;
import dev.javakit.grpc.RawCalls;
import dev.javakit.grpc.echo.Echo;
import dev.javakit.grpc.echo.EchoReply;
import dev.javakit.grpc.echo.EchoRequest;
import dev.javakit.grpc.echo.Failures;
import dev.javakit.grpc.server.GrpcServer;
import dev.javakit.grpc.server.GrpcServerContext;
import dev.javakit.sd.Instancer;
import dev.javakit.sd.lb.LoadBalancer;
import dev.javakit.sd.lb.LoadBalancing;
import dev.javakit.transport.Delivery;
import io.grpc.Metadata;
import io.grpc.ServerServiceDefinition;
import io.grpc.Status;
import io.grpc.stub.ServerCalls;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GrpcClientTransportTest {

    private static final Metadata.Key<String> USER = Metadata.Key.of("x-user", Metadata.ASCII_STRING_MARSHALLER);
    private static final Context.Key<String> CALLER = Context.Key.of("caller", String.class);

    private final Echo.Recorder echo = new Echo.Recorder();
    private final List<GrpcServer> servers = new ArrayList<>();
    private final List<AutoCloseable> closeables = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable closeable : closeables) {
            closeable.close();
        }
        servers.forEach(server -> server.stop(Duration.ZERO));
    }

    private GrpcServer serve(GrpcServer.Builder builder) throws Exception {
        GrpcServer server = builder.address("127.0.0.1:0").build().start();
        servers.add(server);
        return server;
    }

    private GrpcServer serveEcho() throws Exception {
        return serve(GrpcServer.builder().service(Echo.service(echo)));
    }

    private GrpcClientTransport transport(GrpcClientTransport.Builder builder) {
        GrpcClientTransport transport = builder.build();
        closeables.add(transport);
        return transport;
    }

    private Endpoint<EchoRequest, EchoReply> echoClient(GrpcServer server) {
        return transport(GrpcClientTransport.builder("127.0.0.1:" + server.port()))
                .endpoint(Echo.ECHO, Failures.clientErrors());
    }

    @Test
    void callsTheEndpointOverGrpc() throws Exception {
        Endpoint<EchoRequest, EchoReply> client = echoClient(serveEcho());

        assertThat(client.call(Context.background(), new EchoRequest("hello")).text()).isEqualTo("hello");
    }

    static Stream<Failures.Case> cases() {
        return Failures.CASES.stream();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void declaredExceptionComesBackAsTheSameTypeWithExactlyItsMessage(Failures.Case c) throws Exception {
        Endpoint<EchoRequest, EchoReply> client = echoClient(serveEcho());
        String message = "item 'ünï/cödé' %s: 100% sure";

        assertThatThrownBy(() -> client.call(Context.background(), new EchoRequest("fail:" + c.httpStatus() + ":" + message)))
                .isExactlyInstanceOf(c.type())
                .hasMessage(message);
    }

    @Test
    void undeclaredExceptionIsAnAnsweredClientException() throws Exception {
        Endpoint<EchoRequest, EchoReply> client = echoClient(serveEcho());

        assertThatThrownBy(() -> client.call(Context.background(), new EchoRequest("crash:secret")))
                .isInstanceOfSatisfying(GrpcClientException.class, e -> {
                    assertThat(e.code()).isEqualTo(Status.Code.INTERNAL);
                    assertThat(e.description()).isEqualTo("internal server error");
                    assertThat(e.status()).isEqualTo(500);
                    assertThat(e.delivery()).isEqualTo(Delivery.ANSWERED);
                });
    }

    @Test
    void statusWithoutKitErrorIsMatchedByTheHttpStatusOfItsCode() throws Exception {
        // A server of another kind: it answers NOT_FOUND and names no exception.
        ServerServiceDefinition foreign = ServerServiceDefinition.builder(Echo.SERVICE)
                .addMethod(Echo.ECHO.descriptor(), ServerCalls.asyncUnaryCall((request, response) ->
                        response.onError(Status.NOT_FOUND.withDescription("no echo here").asRuntimeException())))
                .build();
        Endpoint<EchoRequest, EchoReply> client = echoClient(serve(GrpcServer.builder().service(foreign)));

        assertThatThrownBy(() -> client.call(Context.background(), new EchoRequest("hi")))
                .isExactlyInstanceOf(Failures.NotFound.class)
                .hasMessage("no echo here");
    }

    @Test
    void unreadableResponseIsAnAnsweredClientException() throws Exception {
        ServerServiceDefinition garbled = ServerServiceDefinition.builder(Echo.SERVICE)
                .addMethod(RawCalls.bytesMethod(Echo.ECHO.fullName()), ServerCalls.asyncUnaryCall((request, response) -> {
                    response.onNext(new byte[] {0x0A, 0x05});
                    response.onCompleted();
                }))
                .build();
        Endpoint<EchoRequest, EchoReply> client = echoClient(serve(GrpcServer.builder().service(garbled)));

        assertThatThrownBy(() -> client.call(Context.background(), new EchoRequest("hi")))
                .isInstanceOfSatisfying(GrpcClientException.class, e -> {
                    assertThat(e.delivery()).isEqualTo(Delivery.ANSWERED);
                    assertThat(e.description()).startsWith("invalid response of javakit.test.EchoService/Echo: ");
                });
    }

    @Test
    void contextsDeadlineReachesTheServer() throws Exception {
        Endpoint<EchoRequest, EchoReply> client = echoClient(serveEcho());

        EchoReply reply = client.call(Context.background().withTimeout(Duration.ofSeconds(2)), new EchoRequest("hi"));

        assertThat(reply.remaining()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void transportsTimeoutBoundsACallWithoutDeadline() throws Exception {
        GrpcServer server = serveEcho();
        Endpoint<EchoRequest, EchoReply> client = transport(GrpcClientTransport.builder("127.0.0.1:" + server.port())
                .timeout(Duration.ofSeconds(1))).endpoint(Echo.ECHO, Failures.clientErrors());

        EchoReply reply = client.call(Context.background(), new EchoRequest("hi"));

        assertThat(reply.remaining()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void expiredContextIsNotSent() throws Exception {
        Endpoint<EchoRequest, EchoReply> client = echoClient(serveEcho());

        assertThatThrownBy(() -> client.call(Context.background().withDeadline(Instant.now().minusSeconds(1)),
                new EchoRequest("hi")))
                .isInstanceOfSatisfying(GrpcClientException.class, e -> {
                    assertThat(e.code()).isEqualTo(Status.Code.DEADLINE_EXCEEDED);
                    assertThat(e.delivery()).isEqualTo(Delivery.NOT_DELIVERED);
                });
        assertThat(echo.context()).isNull();
    }

    @Test
    void callOutlivingItsDeadlineGotNoAnswer() throws Exception {
        Endpoint<EchoRequest, EchoReply> client = echoClient(serveEcho());

        assertThatThrownBy(() -> client.call(Context.background().withTimeout(Duration.ofMillis(200)),
                new EchoRequest("slow", 2000)))
                .isInstanceOfSatisfying(GrpcClientException.class, e -> {
                    assertThat(e.code()).isEqualTo(Status.Code.DEADLINE_EXCEEDED);
                    assertThat(e.status()).isEqualTo(504);
                    assertThat(e.delivery()).isEqualTo(Delivery.NO_ANSWER);
                });
    }

    @Test
    void hooksAddMetadataFromTheContext() throws Exception {
        GrpcServer server = serveEcho();
        Endpoint<EchoRequest, EchoReply> client = transport(GrpcClientTransport.builder("127.0.0.1:" + server.port())
                .before((ctx, headers) -> headers.put(USER, ctx.get(CALLER))))
                .endpoint(Echo.ECHO, Failures.clientErrors());

        client.call(Context.background().with(CALLER, "alice"), new EchoRequest("hi"));

        assertThat(GrpcServerContext.metadata(echo.context()).get(USER)).isEqualTo("alice");
    }

    @Test
    void stoppedInstanceIsNotDelivered() throws Exception {
        GrpcServer server = serveEcho();
        Endpoint<EchoRequest, EchoReply> client = echoClient(server);
        server.stop(Duration.ZERO);

        assertThatThrownBy(() -> client.call(Context.background(), new EchoRequest("hi")))
                .isInstanceOfSatisfying(GrpcClientException.class, e -> {
                    assertThat(e.code()).isEqualTo(Status.Code.UNAVAILABLE);
                    assertThat(e.status()).isEqualTo(503);
                    assertThat(e.delivery()).isEqualTo(Delivery.NOT_DELIVERED);
                });
    }

    @Test
    void closedTransportSendsNothing() throws Exception {
        GrpcServer server = serveEcho();
        GrpcClientTransport transport = GrpcClientTransport.builder("127.0.0.1:" + server.port()).build();
        transport.close();

        assertThatThrownBy(() -> transport.call(Context.background(), Echo.ECHO, new EchoRequest("hi"), Failures.clientErrors()))
                .isInstanceOfSatisfying(GrpcClientException.class,
                        e -> assertThat(e.delivery()).isEqualTo(Delivery.NOT_DELIVERED));
        assertThat(echo.context()).isNull();
    }

    @Test
    void balancedCallsKeepSucceedingWhileOneInstanceIsDown() throws Exception {
        GrpcServer up = serveEcho();
        GrpcServer down = serveEcho();
        int downPort = down.port();
        down.stop(Duration.ZERO);
        Instancer instancer = Instancer.fixed(URI.create("http://127.0.0.1:" + up.port()),
                URI.create("http://127.0.0.1:" + downPort));
        GrpcClientTransport.Builder transports = GrpcClientTransport.builder();
        closeables.add(transports);
        LoadBalancer<Endpoint<EchoRequest, EchoReply>> balancer = LoadBalancing.defaults()
                .over(instancer, instance -> transports.build(instance).endpoint(Echo.ECHO, Failures.clientErrors()));
        closeables.add(balancer);
        // Echo is not idempotent: only calls that never left are sent again.
        Endpoint<EchoRequest, EchoReply> client = balancer.endpoint(Echo.INFO, endpoint -> endpoint);

        for (int i = 0; i < 20; i++) {
            assertThat(client.call(Context.background(), new EchoRequest("call " + i)).text()).isEqualTo("call " + i);
        }
    }

    @Test
    void instancesAndTargetsMustBePlaintextHostAndPort() {
        GrpcClientTransport.Builder transports = GrpcClientTransport.builder();

        assertThatIllegalArgumentException().isThrownBy(() -> transports.build(URI.create("https://10.0.0.7:8081")))
                .withMessage("a gRPC instance is http://host:port (plaintext HTTP/2): https://10.0.0.7:8081");
        assertThatIllegalArgumentException().isThrownBy(() -> GrpcClientTransport.builder("10.0.0.7"))
                .withMessage("a gRPC target is host:port, like 10.0.0.7:8081 or [::1]:8081: 10.0.0.7");
    }
}
