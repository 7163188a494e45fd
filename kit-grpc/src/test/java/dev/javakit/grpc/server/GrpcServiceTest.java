package dev.javakit.grpc.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.javakit.endpoint.EndpointInfo;
import dev.javakit.grpc.GrpcMethod;
import dev.javakit.grpc.RawCalls;
import dev.javakit.grpc.echo.Echo;
import dev.javakit.grpc.echo.EchoCodecs;
import dev.javakit.grpc.echo.EchoReply;
import dev.javakit.grpc.echo.EchoRequest;
import dev.javakit.transport.Transport;
import io.grpc.CallOptions;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.ClientCalls;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GrpcServiceTest {

    private static final Echo.Recorder ECHO = new Echo.Recorder();

    @Test
    void readsTheSchemaOfItsServiceWithItsWellKnownImports() {
        GrpcService service = Echo.service(ECHO);

        assertThat(service.schema().getFullName()).isEqualTo(Echo.SERVICE);
        assertThat(service.schema().getFile().getDependencies())
                .extracting(com.google.protobuf.Descriptors.FileDescriptor::getName)
                .containsExactly("google/protobuf/duration.proto", "google/protobuf/timestamp.proto");
        assertThat(service.bindService().getServiceDescriptor().getSchemaDescriptor())
                .isInstanceOf(io.grpc.protobuf.ProtoServiceDescriptorSupplier.class);
    }

    @Test
    void servesOnAServerOfGrpcJavasOwn() throws Exception {
        Echo.Recorder echo = new Echo.Recorder();
        Server server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
                .addService(Echo.service(echo)).build().start();
        ManagedChannel channel = RawCalls.channel(server.getPort());
        try {
            EchoReply reply = ClientCalls.blockingUnaryCall(channel, Echo.ECHO.descriptor(), CallOptions.DEFAULT,
                    new EchoRequest("hi"));

            assertThat(reply.text()).isEqualTo("hi");
            assertThat(Transport.of(echo.context())).isEqualTo(Transport.GRPC);
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void missingDescriptorIsNamed() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GrpcService.builder(Echo.SERVICE, Echo.class, "echo/missing.desc").build())
                .withMessage("the descriptor echo/missing.desc of gRPC service javakit.test.EchoService is not on the "
                        + "class path of dev.javakit.grpc.echo.Echo");
    }

    @Test
    void descriptorThatIsNoDescriptorSetIsNamed() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GrpcService.builder(Echo.SERVICE, Echo.class, "echo/echo.proto").build())
                .withMessageStartingWith("the descriptor echo/echo.proto of gRPC service javakit.test.EchoService is not "
                        + "a FileDescriptorSet: ");
    }

    @Test
    void serviceTheDescriptorLacksIsNamed() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GrpcService.builder("javakit.test.Other", Echo.class, Echo.DESCRIPTOR).build())
                .withMessage("the descriptor echo/echo.desc has no service javakit.test.Other");
    }

    @Test
    void methodTheSchemaLacksIsNamed() {
        GrpcMethod<EchoRequest, EchoReply> shout = GrpcMethod.unary(Echo.SERVICE, "Shout",
                new EndpointInfo("EchoService", "shout"), EchoCodecs.REQUEST, EchoCodecs.REPLY);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> GrpcService.builder(Echo.SERVICE, Echo.class, Echo.DESCRIPTOR).unary(shout, ECHO).build())
                .withMessage("service javakit.test.EchoService in echo/echo.desc has no method Shout");
    }

    @Test
    void methodOfAnotherServiceOrServedTwiceIsRefused() {
        GrpcMethod<EchoRequest, EchoReply> other = GrpcMethod.unary("javakit.test.Other", "Echo", Echo.INFO,
                EchoCodecs.REQUEST, EchoCodecs.REPLY);
        GrpcService.Builder builder = GrpcService.builder(Echo.SERVICE, Echo.class, Echo.DESCRIPTOR).unary(Echo.ECHO, ECHO);

        assertThatIllegalArgumentException().isThrownBy(() -> builder.unary(other, ECHO))
                .withMessage("method javakit.test.Other/Echo is not one of service javakit.test.EchoService");
        assertThatIllegalArgumentException().isThrownBy(() -> builder.unary(Echo.ECHO, ECHO))
                .withMessage("method javakit.test.EchoService/Echo is served twice");
    }
}
