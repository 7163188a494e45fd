package dev.javakit.grpc.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.javakit.context.Context;
import dev.javakit.errors.ErrorIdentity;
import dev.javakit.grpc.Collector;
import dev.javakit.grpc.GrpcStatuses;
import dev.javakit.grpc.RawCalls;
import dev.javakit.grpc.echo.Echo;
import dev.javakit.grpc.echo.EchoReply;
import dev.javakit.grpc.echo.EchoRequest;
import dev.javakit.grpc.echo.Failures;
import dev.javakit.transport.Transport;
import dev.javakit.transport.http.ServerLifecycleListener;
import io.grpc.CallOptions;
import io.grpc.ClientInterceptors;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.MetadataUtils;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GrpcServerTest {

    private static final Metadata.Key<String> USER = Metadata.Key.of("x-user", Metadata.ASCII_STRING_MARSHALLER);
    private static final Context.Key<String> CALLER = Context.Key.of("caller", String.class);

    private final Echo.Recorder echo = new Echo.Recorder();
    private GrpcServer server;
    private ManagedChannel channel;

    private GrpcServer start(GrpcServer.Builder builder) throws Exception {
        server = builder.address("127.0.0.1:0").build().start();
        channel = RawCalls.channel(server.port());
        return server;
    }

    private GrpcServer start() throws Exception {
        return start(GrpcServer.builder().service(Echo.service(echo)));
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (channel != null) {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
        if (server != null) {
            server.stop(Duration.ZERO);
        }
    }

    private EchoReply call(EchoRequest request, CallOptions options) {
        return ClientCalls.blockingUnaryCall(channel, Echo.ECHO.descriptor(), options, request);
    }

    @Test
    void servesTheEndpointToPlainGrpcJavaOffTheEventLoop() throws Exception {
        start();

        EchoReply reply = call(new EchoRequest("hello"), CallOptions.DEFAULT);

        assertThat(reply.text()).isEqualTo("hello");
        assertThat(Transport.of(echo.context())).isEqualTo(Transport.GRPC);
        assertThat(echo.context().get(GrpcServerContext.METHOD)).isEqualTo("javakit.test.EchoService/Echo");
        // The server's executor, not a Netty event loop (grpc-nio-worker / grpc-default-worker).
        assertThat(echo.thread().getName()).startsWith("kit-grpc-");
    }

    @Test
    void callersDeadlineBecomesTheContextsDeadline() throws Exception {
        start();

        EchoReply reply = call(new EchoRequest("hi"), CallOptions.DEFAULT.withDeadlineAfter(1500, TimeUnit.MILLISECONDS));

        assertThat(echo.context().deadline()).isNotNull();
        assertThat(reply.remaining()).isPositive().isLessThanOrEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void callWithoutDeadlineHasNoneInItsContext() throws Exception {
        start();

        EchoReply reply = call(new EchoRequest("hi"), CallOptions.DEFAULT);

        assertThat(reply.remaining()).isNull();
        assertThat(echo.context().deadline()).isNull();
    }

    @Test
    void metadataReachesTheContextAndTheHooks() throws Exception {
        start(GrpcServer.builder().service(Echo.service(echo))
                .before((ctx, headers) -> headers.get(USER) == null ? ctx : ctx.with(CALLER, headers.get(USER))));
        Metadata headers = new Metadata();
        headers.put(USER, "alice");

        ClientCalls.blockingUnaryCall(ClientInterceptors.intercept(channel, MetadataUtils.newAttachHeadersInterceptor(headers)),
                Echo.ECHO.descriptor(), CallOptions.DEFAULT, new EchoRequest("hi"));

        assertThat(GrpcServerContext.metadata(echo.context()).get(USER)).isEqualTo("alice");
        assertThat(echo.context().get(CALLER)).isEqualTo("alice");
    }

    @Test
    void hookFailureIsAnsweredByItsStatusWithoutCallingTheEndpoint() throws Exception {
        start(GrpcServer.builder().service(Echo.service(echo)).before((ctx, headers) -> {
            throw new Failures.NotSignedIn("who are you?");
        }).errorStatus(Failures.NotSignedIn.class, 401));

        assertThatThrownBy(() -> call(new EchoRequest("hi"), CallOptions.DEFAULT))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
                    assertThat(e.getStatus().getDescription()).isEqualTo("who are you?");
                    assertThat(e.getTrailers().get(GrpcStatuses.ERROR_IDENTITY)).isEqualTo("NotSignedIn");
                });
        assertThat(echo.context()).isNull();
    }

    static Stream<Failures.Case> cases() {
        return Failures.CASES.stream();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void declaredExceptionIsAnsweredWithTheCodeOfItsStatusAndExactlyItsMessage(Failures.Case c) throws Exception {
        start();
        String message = "item 'ünï/cödé' %s: 100% sure";

        assertThatThrownBy(() -> call(new EchoRequest("fail:" + c.httpStatus() + ":" + message), CallOptions.DEFAULT))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(c.code());
                    assertThat(e.getStatus().getDescription()).isEqualTo(message);
                    assertThat(e.getTrailers().get(GrpcStatuses.ERROR_IDENTITY)).isEqualTo(c.type().getSimpleName());
                });
    }

    @Test
    void undeclaredExceptionIsInternalAndKeepsItsMessageToItself() throws Exception {
        start();

        assertThatThrownBy(() -> call(new EchoRequest("crash:password=hunter2"), CallOptions.DEFAULT))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INTERNAL);
                    assertThat(e.getStatus().getDescription()).isEqualTo("internal server error");
                    assertThat(e.getTrailers().get(GrpcStatuses.ERROR_IDENTITY)).isEqualTo(ErrorIdentity.SERVER);
                });
    }

    @Test
    void unknownMethodIsUnimplemented() throws Exception {
        start();

        assertThatThrownBy(() -> RawCalls.callBytes(channel, Echo.SERVICE + "/Shout", new byte[0]))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNIMPLEMENTED));
        assertThatThrownBy(() -> RawCalls.callBytes(channel, "javakit.test.Nobody/Echo", new byte[0]))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNIMPLEMENTED));
    }

    @Test
    void malformedRequestIsInvalidArgumentWithTheReason() throws Exception {
        start();
        // Field 1, length 5, but one byte follows.
        byte[] truncated = {0x0A, 0x05, 'a'};

        assertThatThrownBy(() -> RawCalls.callBytes(channel, Echo.ECHO.fullName(), truncated))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                    assertThat(e.getStatus().getDescription())
                            .startsWith("invalid request of javakit.test.EchoService/Echo: ")
                            .contains("ended unexpectedly");
                    assertThat(e.getTrailers().get(GrpcStatuses.ERROR_IDENTITY)).isEqualTo(ErrorIdentity.SERVER);
                });
        assertThat(echo.context()).isNull();
    }

    @Test
    void requestMissingARequiredFieldIsInvalidArgument() throws Exception {
        start();
        byte[] onlySleep = {0x10, 0x01};

        assertThatThrownBy(() -> RawCalls.callBytes(channel, Echo.ECHO.fullName(), onlySleep))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                    assertThat(e.getStatus().getDescription())
                            .isEqualTo("invalid request of javakit.test.EchoService/Echo: EchoRequest.text is missing");
                });
    }

    @Test
    void unknownFieldsOfANewerClientAreSkipped() throws Exception {
        start();
        byte[] withField9 = {0x0A, 0x02, 'h', 'i', 0x4A, 0x01, 'x'};

        byte[] reply = RawCalls.callBytes(channel, Echo.ECHO.fullName(), withField9);

        assertThat(new String(reply, UTF_8)).contains("hi");
        assertThat(echo.context()).isNotNull();
    }

    @Test
    void healthAnswersServingForTheEmptyNameAndEachService() throws Exception {
        start();
        HealthGrpc.HealthBlockingStub health = HealthGrpc.newBlockingStub(channel);

        assertThat(health.check(HealthCheckRequest.newBuilder().setService("").build()).getStatus())
                .isEqualTo(ServingStatus.SERVING);
        assertThat(health.check(HealthCheckRequest.newBuilder().setService(Echo.SERVICE).build()).getStatus())
                .isEqualTo(ServingStatus.SERVING);
        assertThatThrownBy(() -> health.check(HealthCheckRequest.newBuilder().setService("no.Such").build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
    }

    @Test
    void stoppingTurnsHealthNotServingAndFinishesTheCallsInFlight() throws Exception {
        start();
        Collector<HealthCheckResponse> watch = new Collector<>();
        HealthGrpc.newStub(channel).watch(HealthCheckRequest.newBuilder().setService("").build(), watch);
        assertThat(watch.awaitCount(1).get(0).getStatus()).isEqualTo(ServingStatus.SERVING);
        CompletableFuture<EchoReply> inFlight = CompletableFuture.supplyAsync(
                () -> call(new EchoRequest("slow", 700), CallOptions.DEFAULT));
        long waited = System.nanoTime();
        while (echo.context() == null && System.nanoTime() - waited < TimeUnit.SECONDS.toNanos(5)) {
            Thread.sleep(5);
        }

        long stopping = System.nanoTime();
        CompletableFuture<Void> stopped = CompletableFuture.runAsync(() -> server.stop(Duration.ofSeconds(10)));

        assertThat(watch.awaitCount(2).get(1).getStatus()).isEqualTo(ServingStatus.NOT_SERVING);
        assertThat(inFlight.get(5, TimeUnit.SECONDS).text()).isEqualTo("slow");
        stopped.get(5, TimeUnit.SECONDS);
        // Done once the call finished, not after the grace: the health watch, still open, did not hold it.
        assertThat(Duration.ofNanos(System.nanoTime() - stopping)).isLessThan(Duration.ofSeconds(5));
        server = null;
    }

    @Test
    void freePortIsReportedAndATakenOneIsNamed() throws Exception {
        start();
        assertThat(server.port()).isPositive();

        GrpcServer second = GrpcServer.builder().address("127.0.0.1:" + server.port()).service(Echo.service(echo)).build();

        assertThatThrownBy(second::start)
                .isInstanceOf(BindException.class)
                .hasMessage("cannot listen on 127.0.0.1:" + server.port() + ": address already in use");
    }

    @Test
    void lifecycleListenersFollowTheServer() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        start(GrpcServer.builder().service(Echo.service(echo)).lifecycleListener(new ServerLifecycleListener() {
            @Override
            public void serverStarted(InetSocketAddress address) {
                events.add("started " + address.getPort());
            }

            @Override
            public void serverStopping() {
                events.add("stopping");
            }
        }));
        int port = server.port();

        server.stop(Duration.ZERO);

        assertThat(events).containsExactly("started " + port, "stopping");
    }
}
