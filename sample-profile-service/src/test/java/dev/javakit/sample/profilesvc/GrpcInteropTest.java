package dev.javakit.sample.profilesvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.Descriptors;
import com.google.protobuf.Descriptors.MethodDescriptor;
import com.google.protobuf.DurationProto;
import com.google.protobuf.TimestampProto;
import dev.javakit.sample.profilesvc.proto.Address;
import dev.javakit.sample.profilesvc.proto.DeleteAddressRequest;
import dev.javakit.sample.profilesvc.proto.DeleteProfileRequest;
import dev.javakit.sample.profilesvc.proto.GetAddressRequest;
import dev.javakit.sample.profilesvc.proto.GetAddressesRequest;
import dev.javakit.sample.profilesvc.proto.GetProfileRequest;
import dev.javakit.sample.profilesvc.proto.PatchProfileRequest;
import dev.javakit.sample.profilesvc.proto.PostAddressRequest;
import dev.javakit.sample.profilesvc.proto.PostAddressResponse;
import dev.javakit.sample.profilesvc.proto.PostProfileRequest;
import dev.javakit.sample.profilesvc.proto.PostProfileResponse;
import dev.javakit.sample.profilesvc.proto.Profile;
import dev.javakit.sample.profilesvc.proto.ProfileServiceGrpc.ProfileServiceBlockingStub;
import dev.javakit.sample.profilesvc.proto.ProfileServiceProto;
import dev.javakit.sample.profilesvc.proto.PutProfileRequest;
import dev.javakit.transport.http.HttpServer;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.StreamObserver;
import io.opentelemetry.api.OpenTelemetry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The sample's gRPC server called by an independent client: grpc-java's stubs that protoc and
 * protoc-gen-grpc-java compiled from the {@code .proto} the processor wrote (see the pom), as
 * another team would call it, with nothing of the kit on the calling side. The sample runs as its
 * main starts it with {@code --grpc.addr}. Every operation, every declared error (code, exact
 * message, {@code kit-error} trailer), an undecodable request, the caller's deadline, health, and
 * server reflection in both versions.
 */
@Timeout(30)
class GrpcInteropTest {

    private static final String SERVICE = "dev.javakit.sample.profilesvc.ProfileService";
    private static final Metadata.Key<String> KIT_ERROR = Metadata.Key.of("kit-error", Metadata.ASCII_STRING_MARSHALLER);
    private static final Address HOME = Address.newBuilder().setId("home").setLocation("1 Rabbit Hole").build();
    private static final Address WORK = Address.newBuilder().setId("work").setLocation("Looking-Glass House").build();

    private static HttpServer sample;
    private static ManagedChannel channel;
    private static ProfileServiceBlockingStub profiles;

    @BeforeAll
    static void start() throws Exception {
        int grpcPort = freePort();
        // As its main starts it with --grpc.addr: the endpoints with every middleware the sample wires.
        sample = ProfileServiceMain.start(Options.parse("--http.addr=127.0.0.1:0", "--grpc.addr=127.0.0.1:" + grpcPort),
                OpenTelemetry.noop());
        channel = NettyChannelBuilder.forAddress("127.0.0.1", grpcPort).usePlaintext().build();
        // No deadline here: a stub's deadline is an instant, which later tests would outlive; @Timeout bounds them.
        profiles = dev.javakit.sample.profilesvc.proto.ProfileServiceGrpc.newBlockingStub(channel);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (channel != null) {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
        if (sample != null) {
            // Stops the gRPC server beside it too.
            sample.stop(Duration.ofSeconds(1));
        }
    }

    /** Returns a loopback port free a moment ago: the flag names a port, as a user's would. */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static Profile profile(String id, String name, Address... addresses) {
        return Profile.newBuilder().setId(id).setName(name).addAllAddresses(List.of(addresses)).build();
    }

    private static Profile get(String id) {
        return profiles.getProfile(GetProfileRequest.newBuilder().setId(id).build()).getProfile();
    }

    @Test
    void everyOperationWorksFromProtocStubs() {
        Profile alice = profile("alice", "Alice Liddell", HOME);
        assertThat(profiles.postProfile(PostProfileRequest.newBuilder().setProfile(alice).build()))
                .isEqualTo(PostProfileResponse.getDefaultInstance());
        assertThat(get("alice")).isEqualTo(alice);

        Profile replaced = profile("alice", "Alice", HOME, WORK);
        profiles.putProfile(PutProfileRequest.newBuilder().setId("alice").setProfile(replaced).build());
        assertThat(get("alice")).isEqualTo(replaced);

        // A patch replaces the fields it carries: a name alone keeps the addresses.
        profiles.patchProfile(PatchProfileRequest.newBuilder().setId("alice")
                .setProfile(Profile.newBuilder().setName("Alice Pleasance Liddell")).build());
        assertThat(get("alice")).isEqualTo(profile("alice", "Alice Pleasance Liddell", HOME, WORK));

        assertThat(profiles.getAddresses(GetAddressesRequest.newBuilder().setProfileId("alice").build())
                .getAddressesList()).containsExactly(HOME, WORK);
        assertThat(profiles.getAddress(GetAddressRequest.newBuilder().setProfileId("alice").setAddressId("work").build())
                .getAddress()).isEqualTo(WORK);

        Address office = Address.newBuilder().setId("office").setLocation("The Croquet Ground").build();
        assertThat(profiles.postAddress(PostAddressRequest.newBuilder().setProfileId("alice").setAddress(office).build()))
                .isEqualTo(PostAddressResponse.getDefaultInstance());
        profiles.deleteAddress(DeleteAddressRequest.newBuilder().setProfileId("alice").setAddressId("home").build());
        assertThat(profiles.getAddresses(GetAddressesRequest.newBuilder().setProfileId("alice").build())
                .getAddressesList()).containsExactly(WORK, office);

        profiles.deleteProfile(DeleteProfileRequest.newBuilder().setId("alice").build());
        assertFails(() -> get("alice"), Status.Code.NOT_FOUND, "not found", "NotFoundException");
    }

    @Test
    void aProfileWithoutNameOrAddressesComesBackEmptyNotAbsent() {
        profiles.postProfile(PostProfileRequest.newBuilder().setProfile(Profile.newBuilder().setId("bare")).build());

        Profile bare = get("bare");

        // The record reads an absent name as "", which the codec writes back: present and empty.
        assertThat(bare.getId()).isEqualTo("bare");
        assertThat(bare.hasName()).isTrue();
        assertThat(bare.getName()).isEmpty();
        assertThat(bare.getAddressesList()).isEmpty();
    }

    @Test
    void declaredErrorsArriveWithTheirCodeAndExactMessage() {
        profiles.postProfile(PostProfileRequest.newBuilder().setProfile(profile("bob", "Bob", HOME)).build());

        assertFails(() -> get("nobody"), Status.Code.NOT_FOUND, "not found", "NotFoundException");
        // @ErrorStatus(400) in the sample, as Go kit's profilesvc answers it: INVALID_ARGUMENT.
        assertFails(() -> profiles.postProfile(PostProfileRequest.newBuilder().setProfile(profile("bob", "B")).build()),
                Status.Code.INVALID_ARGUMENT, "already exists", "AlreadyExistsException");
        assertFails(() -> profiles.putProfile(PutProfileRequest.newBuilder().setId("bob")
                        .setProfile(profile("robert", "Bob")).build()),
                Status.Code.INVALID_ARGUMENT, "inconsistent IDs", "InconsistentIdsException");
        assertFails(() -> profiles.patchProfile(PatchProfileRequest.newBuilder().setId("bob")
                        .setProfile(profile("robert", "Bob")).build()),
                Status.Code.INVALID_ARGUMENT, "inconsistent IDs", "InconsistentIdsException");
        assertFails(() -> profiles.postProfile(PostProfileRequest.newBuilder().setProfile(profile("", "Nobody")).build()),
                Status.Code.INVALID_ARGUMENT, "profile id must not be empty", "InvalidProfileException");
        assertFails(() -> profiles.putProfile(PutProfileRequest.newBuilder().setId("carol")
                        .setProfile(profile("carol", "Carol", Address.newBuilder().setLocation("nowhere").build())).build()),
                Status.Code.INVALID_ARGUMENT, "addresses[0]: address id must not be empty", "InvalidProfileException");
        assertFails(() -> profiles.patchProfile(PatchProfileRequest.newBuilder().setId("nobody")
                        .setProfile(Profile.newBuilder().setName("N")).build()),
                Status.Code.NOT_FOUND, "not found", "NotFoundException");
        assertFails(() -> profiles.deleteProfile(DeleteProfileRequest.newBuilder().setId("nobody").build()),
                Status.Code.NOT_FOUND, "not found", "NotFoundException");
        assertFails(() -> profiles.getAddresses(GetAddressesRequest.newBuilder().setProfileId("nobody").build()),
                Status.Code.NOT_FOUND, "not found", "NotFoundException");
        assertFails(() -> profiles.getAddress(GetAddressRequest.newBuilder().setProfileId("bob").setAddressId("work").build()),
                Status.Code.NOT_FOUND, "not found", "NotFoundException");
        assertFails(() -> profiles.postAddress(PostAddressRequest.newBuilder().setProfileId("bob").setAddress(HOME).build()),
                Status.Code.INVALID_ARGUMENT, "already exists", "AlreadyExistsException");
        assertFails(() -> profiles.postAddress(PostAddressRequest.newBuilder().setProfileId("bob")
                        .setAddress(Address.newBuilder().setLocation("nowhere")).build()),
                Status.Code.INVALID_ARGUMENT, "address id must not be empty", "InvalidProfileException");
        assertFails(() -> profiles.postAddress(PostAddressRequest.newBuilder().setProfileId("nobody").setAddress(WORK).build()),
                Status.Code.NOT_FOUND, "not found", "NotFoundException");
        assertFails(() -> profiles.deleteAddress(DeleteAddressRequest.newBuilder().setProfileId("bob").setAddressId("work").build()),
                Status.Code.NOT_FOUND, "not found", "NotFoundException");

        assertThat(get("bob")).isEqualTo(profile("bob", "Bob", HOME));
    }

    @Test
    void aRequestMissingAFieldTheRecordNeedsIsInvalidArgument() {
        // PostProfileRequest without its profile: the generated codec refuses it, nothing reaches the service.
        assertFails(() -> profiles.postProfile(PostProfileRequest.getDefaultInstance()), Status.Code.INVALID_ARGUMENT,
                "invalid request of " + SERVICE + "/PostProfile: missing field profile of PostProfileRequest", "kit.server");
    }

    @Test
    void theCallersDeadlineIsHonoured() {
        profiles.postProfile(PostProfileRequest.newBuilder().setProfile(profile("dora", "Dora")).build());

        assertThat(profiles.withDeadlineAfter(5, TimeUnit.SECONDS)
                .getProfile(GetProfileRequest.newBuilder().setId("dora").build()).getProfile().getName()).isEqualTo("Dora");
        StatusRuntimeException late = catchThrowableOfType(StatusRuntimeException.class,
                () -> profiles.withDeadlineAfter(1, TimeUnit.NANOSECONDS)
                        .getProfile(GetProfileRequest.newBuilder().setId("dora").build()));
        assertThat(late.getStatus().getCode()).isEqualTo(Status.Code.DEADLINE_EXCEEDED);
    }

    @Test
    void healthAnswersServingForTheServerAndTheService() {
        HealthGrpc.HealthBlockingStub health = HealthGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS);

        assertThat(health.check(HealthCheckRequest.newBuilder().setService("").build()).getStatus())
                .isEqualTo(ServingStatus.SERVING);
        assertThat(health.check(HealthCheckRequest.newBuilder().setService(SERVICE).build()).getStatus())
                .isEqualTo(ServingStatus.SERVING);
        StatusRuntimeException unknown = catchThrowableOfType(StatusRuntimeException.class,
                () -> health.check(HealthCheckRequest.newBuilder().setService("no.such.Service").build()));
        assertThat(unknown.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
    }

    @Test
    void reflectionV1ListsTheServiceAndAnswersTheFileProtocCompiled() throws Exception {
        List<io.grpc.reflection.v1.ServerReflectionResponse> answers = exchange(
                observer -> io.grpc.reflection.v1.ServerReflectionGrpc.newStub(channel).serverReflectionInfo(observer),
                List.of(io.grpc.reflection.v1.ServerReflectionRequest.newBuilder().setListServices("").build(),
                        io.grpc.reflection.v1.ServerReflectionRequest.newBuilder().setFileContainingSymbol(SERVICE).build()));

        assertThat(answers.get(0).getListServicesResponse().getServiceList())
                .extracting(io.grpc.reflection.v1.ServiceResponse::getName)
                .contains(SERVICE, "grpc.health.v1.Health", "grpc.reflection.v1.ServerReflection");
        assertIsTheProtoProtocCompiled(answers.get(1).getFileDescriptorResponse().getFileDescriptorProtoList());
    }

    @Test
    @SuppressWarnings("deprecation")
    void reflectionV1alphaListsTheServiceAndAnswersTheFileProtocCompiled() throws Exception {
        List<io.grpc.reflection.v1alpha.ServerReflectionResponse> answers = exchange(
                observer -> io.grpc.reflection.v1alpha.ServerReflectionGrpc.newStub(channel).serverReflectionInfo(observer),
                List.of(io.grpc.reflection.v1alpha.ServerReflectionRequest.newBuilder().setListServices("").build(),
                        io.grpc.reflection.v1alpha.ServerReflectionRequest.newBuilder()
                                .setFileContainingSymbol(SERVICE + ".GetProfile").build()));

        assertThat(answers.get(0).getListServicesResponse().getServiceList())
                .extracting(io.grpc.reflection.v1alpha.ServiceResponse::getName)
                .contains(SERVICE, "grpc.health.v1.Health", "grpc.reflection.v1alpha.ServerReflection");
        assertIsTheProtoProtocCompiled(answers.get(1).getFileDescriptorResponse().getFileDescriptorProtoList());
    }

    /**
     * Builds the reflected file with protobuf-java, as a reflection client does, and checks it is
     * the file protoc compiled the stubs from: the same service, methods and messages.
     */
    private static void assertIsTheProtoProtocCompiled(List<com.google.protobuf.ByteString> files) throws Exception {
        assertThat(files).isNotEmpty();
        FileDescriptorProto reflected = FileDescriptorProto.parseFrom(files.get(0));
        Descriptors.FileDescriptor built = Descriptors.FileDescriptor.buildFrom(reflected, wellKnown(reflected));
        Descriptors.ServiceDescriptor service = built.findServiceByName("ProfileService");
        assertThat(service.getFullName()).isEqualTo(SERVICE);
        assertThat(service.getMethods()).extracting(MethodDescriptor::getName).containsExactly("PostProfile",
                "GetProfile", "PutProfile", "PatchProfile", "DeleteProfile", "GetAddresses", "GetAddress",
                "PostAddress", "DeleteAddress");
        assertThat(service.findMethodByName("GetProfile").getOutputType().getFullName())
                .isEqualTo("dev.javakit.sample.profilesvc.GetProfileResponse");

        assertThat(withoutJsonNames(reflected)).isEqualTo(withoutJsonNames(ProfileServiceProto.getDescriptor().toProto()));
    }

    private static Descriptors.FileDescriptor[] wellKnown(FileDescriptorProto file) {
        List<Descriptors.FileDescriptor> dependencies = new ArrayList<>();
        for (String name : file.getDependencyList()) {
            dependencies.add(switch (name) {
                case "google/protobuf/timestamp.proto" -> TimestampProto.getDescriptor();
                case "google/protobuf/duration.proto" -> DurationProto.getDescriptor();
                default -> throw new AssertionError("imports more than well-known types: " + name);
            });
        }
        return dependencies.toArray(Descriptors.FileDescriptor[]::new);
    }

    /** Drops json_name, which protoc fills in when it compiles and the .desc, like protoc --descriptor_set_out, leaves out. */
    private static FileDescriptorProto withoutJsonNames(FileDescriptorProto file) {
        FileDescriptorProto.Builder builder = file.toBuilder();
        builder.getMessageTypeBuilderList().forEach(message -> message.getFieldBuilderList()
                .forEach(FieldDescriptorProto.Builder::clearJsonName));
        return builder.build();
    }

    private static void assertFails(Runnable call, Status.Code code, String message, String identity) {
        StatusRuntimeException failure = catchThrowableOfType(StatusRuntimeException.class, call::run);
        assertThat(failure).as("a call expected to fail with %s", code).isNotNull();
        assertThat(failure.getStatus().getCode()).isEqualTo(code);
        assertThat(failure.getStatus().getDescription()).isEqualTo(message);
        assertThat(failure.getTrailers().get(KIT_ERROR)).isEqualTo(identity);
    }

    /** Sends {@code requests} on one reflection stream and returns every answer once the server completes it. */
    private static <Req, Res> List<Res> exchange(Function<StreamObserver<Res>, StreamObserver<Req>> open,
            List<Req> requests) throws Exception {
        CompletableFuture<List<Res>> done = new CompletableFuture<>();
        List<Res> answers = new ArrayList<>();
        StreamObserver<Req> asks = open.apply(new StreamObserver<>() {
            @Override
            public synchronized void onNext(Res answer) {
                answers.add(answer);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }

            @Override
            public synchronized void onCompleted() {
                done.complete(List.copyOf(answers));
            }
        });
        requests.forEach(asks::onNext);
        asks.onCompleted();
        return done.get(10, TimeUnit.SECONDS);
    }
}
