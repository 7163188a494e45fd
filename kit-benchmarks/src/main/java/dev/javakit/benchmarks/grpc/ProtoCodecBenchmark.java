package dev.javakit.benchmarks.grpc;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import com.google.protobuf.InvalidProtocolBufferException;
import dev.javakit.benchmarks.grpc.ProfileReadsEndpoints.GetProfileResponse;
import dev.javakit.benchmarks.grpc.proto.ProfileReadsProto;
import dev.javakit.grpc.codec.ProtoCodec;
import dev.javakit.sample.profilesvc.Address;
import dev.javakit.sample.profilesvc.Profile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The protobuf work of one gRPC answer: encoding and decoding the sample's profile response (a name
 * and three addresses) with the generated codec, beside protoc's generated classes for the same
 * .proto (which a hand-written gRPC service would use, building its message from the record).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class ProtoCodecBenchmark {

    private static final Profile ALICE = new Profile("alice", "Alice Liddell", List.of(
            new Address("home", "1 Rabbit Hole, Wonderland"), new Address("work", "Looking-Glass House"),
            new Address("office", "The Queen's Croquet Ground")));

    private GetProfileResponse response;
    private ProtoCodec<GetProfileResponse> codec;
    private dev.javakit.benchmarks.grpc.proto.GetProfileResponse protocMessage;
    private byte[] bytes;

    @Setup
    public void setUp() throws IOException {
        checkProtocCompiledTheGeneratedProto();
        response = new GetProfileResponse(ALICE);
        codec = ProfileReadsProtoCodecs.GET_PROFILE_RESPONSE;
        protocMessage = toProtoc(response);
        bytes = codec.encode(response);
        if (!dev.javakit.benchmarks.grpc.proto.GetProfileResponse.parseFrom(bytes).equals(protocMessage)) {
            throw new IllegalStateException("the generated codec and protoc's classes disagree");
        }
    }

    /** Encodes the response with the generated codec. */
    @Benchmark
    public byte[] encodeGenerated() {
        return codec.encode(response);
    }

    /** Encodes the same response with protoc's classes, from the record as a hand-written service would. */
    @Benchmark
    public byte[] encodeProtoc() {
        return toProtoc(response).toByteArray();
    }

    /**
     * Builds protoc's message from the record without encoding it: subtracted from
     * {@link #encodeProtoc()}, what protoc takes to encode a message it has not sized yet, as a
     * server does for every answer it builds.
     */
    @Benchmark
    public dev.javakit.benchmarks.grpc.proto.GetProfileResponse buildProtoc() {
        return toProtoc(response);
    }

    /** Encodes a message protoc's classes already hold: protoc's floor, with no record to copy from. */
    @Benchmark
    public byte[] encodeProtocPrebuilt() {
        return protocMessage.toByteArray();
    }

    /** Decodes the response with the generated codec, into the record the endpoint returns. */
    @Benchmark
    public GetProfileResponse decodeGenerated() throws IOException {
        return codec.decode(CodedInputStream.newInstance(bytes));
    }

    /** Decodes the response with protoc's classes, into the record as a hand-written client would. */
    @Benchmark
    public GetProfileResponse decodeProtoc() throws InvalidProtocolBufferException {
        return fromProtoc(dev.javakit.benchmarks.grpc.proto.GetProfileResponse.parseFrom(bytes));
    }

    /** Decodes the response into protoc's message only: protoc's floor, with no record built. */
    @Benchmark
    public dev.javakit.benchmarks.grpc.proto.GetProfileResponse decodeProtocMessageOnly()
            throws InvalidProtocolBufferException {
        return dev.javakit.benchmarks.grpc.proto.GetProfileResponse.parseFrom(bytes);
    }

    private static dev.javakit.benchmarks.grpc.proto.GetProfileResponse toProtoc(GetProfileResponse response) {
        Profile profile = response.result();
        dev.javakit.benchmarks.grpc.proto.Profile.Builder message = dev.javakit.benchmarks.grpc.proto.Profile.newBuilder()
                .setId(profile.id())
                .setName(profile.name());
        for (Address address : profile.addresses()) {
            message.addAddresses(dev.javakit.benchmarks.grpc.proto.Address.newBuilder()
                    .setId(address.id())
                    .setLocation(address.location()));
        }
        return dev.javakit.benchmarks.grpc.proto.GetProfileResponse.newBuilder().setResult(message).build();
    }

    private static GetProfileResponse fromProtoc(dev.javakit.benchmarks.grpc.proto.GetProfileResponse message) {
        dev.javakit.benchmarks.grpc.proto.Profile profile = message.getResult();
        List<Address> addresses = profile.getAddressesList().stream()
                .map(address -> new Address(address.getId(), address.getLocation()))
                .toList();
        return new GetProfileResponse(new Profile(profile.getId(), profile.getName(), addresses));
    }

    /** Refuses to measure when src/main/proto's copy is no longer the .proto the processor writes. */
    private static void checkProtocCompiledTheGeneratedProto() throws IOException {
        try (InputStream in = ProtoCodecBenchmark.class.getResourceAsStream(
                "/META-INF/javakit/dev.javakit.benchmarks.grpc.ProfileReads.desc")) {
            FileDescriptorProto generated = FileDescriptorSet.parseFrom(in).getFile(0);
            FileDescriptorProto protoc = ProfileReadsProto.getDescriptor().toProto();
            if (!withoutJsonNames(generated).equals(withoutJsonNames(protoc))) {
                throw new IllegalStateException("src/main/proto holds an old copy of ProfileReads' .proto: copy "
                        + "target/classes/META-INF/javakit/dev.javakit.benchmarks.grpc.ProfileReads.proto there");
            }
        } catch (NullPointerException e) {
            throw new UncheckedIOException(new IOException("no descriptor of ProfileReads on the class path", e));
        }
    }

    private static FileDescriptorProto withoutJsonNames(FileDescriptorProto file) {
        FileDescriptorProto.Builder builder = file.toBuilder();
        builder.getMessageTypeBuilderList().forEach(message -> message.getFieldBuilderList().forEach(
                field -> field.clearJsonName()));
        return builder.build();
    }
}
