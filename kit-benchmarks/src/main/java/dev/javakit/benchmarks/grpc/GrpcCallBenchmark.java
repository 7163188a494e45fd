package dev.javakit.benchmarks.grpc;

import dev.javakit.benchmarks.Fixtures;
import dev.javakit.grpc.server.GrpcServer;
import dev.javakit.sample.profilesvc.proto.GetProfileRequest;
import dev.javakit.sample.profilesvc.proto.GetProfileResponse;
import dev.javakit.sample.profilesvc.proto.ProfileServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.netty.NettyChannelBuilder;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One unary {@code GetProfile} over loopback, from grpc-java's blocking stub (protoc's, as any
 * caller's), to the generated binding or to the same service written by hand on protoc's stubs
 * ({@link GrpcProfileServer}): the latency of one call, client and server in one JVM.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class GrpcCallBenchmark {

    @Param({"generated", "handwritten"})
    public String server;

    private GrpcServer running;
    private ManagedChannel channel;
    private ProfileServiceGrpc.ProfileServiceBlockingStub profiles;
    private GetProfileRequest request;

    @Setup
    public void setUp() throws IOException {
        running = GrpcProfileServer.start(server, "127.0.0.1:0");
        channel = NettyChannelBuilder.forAddress("127.0.0.1", running.port()).usePlaintext().build();
        profiles = ProfileServiceGrpc.newBlockingStub(channel);
        request = GetProfileRequest.newBuilder().setId(Fixtures.ALICE.id()).build();
        if (!getProfile().getProfile().getName().equals(Fixtures.ALICE.name())) {
            throw new IllegalStateException("the " + server + " server did not answer alice's profile");
        }
    }

    @TearDown
    public void tearDown() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        running.stop(Duration.ZERO);
    }

    /** Calls {@code GetProfile("alice")} and waits for the answer. */
    @Benchmark
    public GetProfileResponse getProfile() {
        return profiles.getProfile(request);
    }
}
