package dev.javakit.grpc.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.ServiceDescriptorProto;
import dev.javakit.grpc.Collector;
import dev.javakit.grpc.RawCalls;
import dev.javakit.grpc.echo.Echo;
import io.grpc.ManagedChannel;
import io.grpc.stub.StreamObserver;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Server reflection, asked the way grpcurl asks: list the services, then the file of one. */
class ReflectionTest {

    private GrpcServer server;
    private ManagedChannel channel;

    @BeforeEach
    void start() throws Exception {
        server = GrpcServer.builder().address("127.0.0.1:0").service(Echo.service(new Echo.Recorder())).build().start();
        channel = RawCalls.channel(server.port());
    }

    @AfterEach
    void stop() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        server.stop(Duration.ZERO);
    }

    @Test
    void v1ListsTheServiceAndAnswersItsFile() throws Exception {
        Collector<io.grpc.reflection.v1.ServerReflectionResponse> answers = new Collector<>();
        StreamObserver<io.grpc.reflection.v1.ServerReflectionRequest> asks =
                io.grpc.reflection.v1.ServerReflectionGrpc.newStub(channel).serverReflectionInfo(answers);
        asks.onNext(io.grpc.reflection.v1.ServerReflectionRequest.newBuilder().setListServices("").build());
        asks.onNext(io.grpc.reflection.v1.ServerReflectionRequest.newBuilder().setFileContainingSymbol(Echo.SERVICE).build());
        asks.onCompleted();

        List<io.grpc.reflection.v1.ServerReflectionResponse> received = answers.awaitCompleted();

        assertThat(received.get(0).getListServicesResponse().getServiceList())
                .extracting(io.grpc.reflection.v1.ServiceResponse::getName)
                .contains(Echo.SERVICE, "grpc.health.v1.Health");
        assertEchoFile(FileDescriptorProto.parseFrom(
                received.get(1).getFileDescriptorResponse().getFileDescriptorProto(0)));
    }

    @Test
    @SuppressWarnings("deprecation")
    void v1alphaListsTheServiceAndAnswersItsFile() throws Exception {
        Collector<io.grpc.reflection.v1alpha.ServerReflectionResponse> answers = new Collector<>();
        StreamObserver<io.grpc.reflection.v1alpha.ServerReflectionRequest> asks =
                io.grpc.reflection.v1alpha.ServerReflectionGrpc.newStub(channel).serverReflectionInfo(answers);
        asks.onNext(io.grpc.reflection.v1alpha.ServerReflectionRequest.newBuilder().setListServices("").build());
        asks.onNext(io.grpc.reflection.v1alpha.ServerReflectionRequest.newBuilder()
                .setFileContainingSymbol(Echo.SERVICE).build());
        asks.onCompleted();

        List<io.grpc.reflection.v1alpha.ServerReflectionResponse> received = answers.awaitCompleted();

        assertThat(received.get(0).getListServicesResponse().getServiceList())
                .extracting(io.grpc.reflection.v1alpha.ServiceResponse::getName)
                .contains(Echo.SERVICE, "grpc.health.v1.Health");
        assertEchoFile(FileDescriptorProto.parseFrom(
                received.get(1).getFileDescriptorResponse().getFileDescriptorProto(0)));
    }

    private static void assertEchoFile(FileDescriptorProto file) {
        assertThat(file.getName()).isEqualTo("echo.proto");
        assertThat(file.getPackage()).isEqualTo("javakit.test");
        assertThat(file.getDependencyList())
                .containsExactly("google/protobuf/duration.proto", "google/protobuf/timestamp.proto");
        assertThat(file.getServiceList()).extracting(ServiceDescriptorProto::getName).containsExactly("EchoService");
        assertThat(file.getService(0).getMethod(0).getName()).isEqualTo("Echo");
        assertThat(file.getService(0).getMethod(0).getInputType()).isEqualTo(".javakit.test.EchoRequest");
    }
}
