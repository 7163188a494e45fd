package dev.javakit.benchmarks.grpc;

import dev.javakit.sample.profilesvc.AlreadyExistsException;
import dev.javakit.sample.profilesvc.InconsistentIdsException;
import dev.javakit.sample.profilesvc.InvalidProfileException;
import dev.javakit.sample.profilesvc.NotFoundException;
import dev.javakit.sample.profilesvc.ProfileService;
import dev.javakit.sample.profilesvc.proto.Address;
import dev.javakit.sample.profilesvc.proto.DeleteAddressRequest;
import dev.javakit.sample.profilesvc.proto.DeleteAddressResponse;
import dev.javakit.sample.profilesvc.proto.DeleteProfileRequest;
import dev.javakit.sample.profilesvc.proto.DeleteProfileResponse;
import dev.javakit.sample.profilesvc.proto.GetAddressRequest;
import dev.javakit.sample.profilesvc.proto.GetAddressResponse;
import dev.javakit.sample.profilesvc.proto.GetAddressesRequest;
import dev.javakit.sample.profilesvc.proto.GetAddressesResponse;
import dev.javakit.sample.profilesvc.proto.GetProfileRequest;
import dev.javakit.sample.profilesvc.proto.GetProfileResponse;
import dev.javakit.sample.profilesvc.proto.PatchProfileRequest;
import dev.javakit.sample.profilesvc.proto.PatchProfileResponse;
import dev.javakit.sample.profilesvc.proto.PostAddressRequest;
import dev.javakit.sample.profilesvc.proto.PostAddressResponse;
import dev.javakit.sample.profilesvc.proto.PostProfileRequest;
import dev.javakit.sample.profilesvc.proto.PostProfileResponse;
import dev.javakit.sample.profilesvc.proto.Profile;
import dev.javakit.sample.profilesvc.proto.ProfileServiceGrpc;
import dev.javakit.sample.profilesvc.proto.PutProfileRequest;
import dev.javakit.sample.profilesvc.proto.PutProfileResponse;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample's profile service written by hand the usual way, on protoc's stubs for the .proto the
 * processor wrote: protoc's messages converted to and from the sample's records, the exceptions
 * mapped to statuses, over the same business logic. The rival of the generated binding
 * ({@code ProfileServiceGrpc.of(endpoints)}) in bench/grpc.sh and {@link GrpcCallBenchmark}.
 */
public final class HandWrittenProfileService extends ProfileServiceGrpc.ProfileServiceImplBase {

    /** One method of the service, which may throw the exceptions the service declares. */
    @FunctionalInterface
    private interface Call<T> {
        T call() throws Exception;
    }

    private final ProfileService service;

    /** Serves {@code service}. */
    public HandWrittenProfileService(ProfileService service) {
        this.service = service;
    }

    @Override
    public void postProfile(PostProfileRequest request, StreamObserver<PostProfileResponse> responses) {
        answer(responses, () -> {
            service.postProfile(fromProto(request.getProfile()));
            return PostProfileResponse.getDefaultInstance();
        });
    }

    @Override
    public void getProfile(GetProfileRequest request, StreamObserver<GetProfileResponse> responses) {
        answer(responses, () -> GetProfileResponse.newBuilder()
                .setProfile(toProto(service.getProfile(request.getId())))
                .build());
    }

    @Override
    public void putProfile(PutProfileRequest request, StreamObserver<PutProfileResponse> responses) {
        answer(responses, () -> {
            service.putProfile(request.getId(), fromProto(request.getProfile()));
            return PutProfileResponse.getDefaultInstance();
        });
    }

    @Override
    public void patchProfile(PatchProfileRequest request, StreamObserver<PatchProfileResponse> responses) {
        answer(responses, () -> {
            service.patchProfile(request.getId(), fromProto(request.getProfile()));
            return PatchProfileResponse.getDefaultInstance();
        });
    }

    @Override
    public void deleteProfile(DeleteProfileRequest request, StreamObserver<DeleteProfileResponse> responses) {
        answer(responses, () -> {
            service.deleteProfile(request.getId());
            return DeleteProfileResponse.getDefaultInstance();
        });
    }

    @Override
    public void getAddresses(GetAddressesRequest request, StreamObserver<GetAddressesResponse> responses) {
        answer(responses, () -> {
            GetAddressesResponse.Builder response = GetAddressesResponse.newBuilder();
            for (dev.javakit.sample.profilesvc.Address address : service.getAddresses(request.getProfileId())) {
                response.addAddresses(toProto(address));
            }
            return response.build();
        });
    }

    @Override
    public void getAddress(GetAddressRequest request, StreamObserver<GetAddressResponse> responses) {
        answer(responses, () -> GetAddressResponse.newBuilder()
                .setAddress(toProto(service.getAddress(request.getProfileId(), request.getAddressId())))
                .build());
    }

    @Override
    public void postAddress(PostAddressRequest request, StreamObserver<PostAddressResponse> responses) {
        answer(responses, () -> {
            service.postAddress(request.getProfileId(), fromProto(request.getAddress()));
            return PostAddressResponse.getDefaultInstance();
        });
    }

    @Override
    public void deleteAddress(DeleteAddressRequest request, StreamObserver<DeleteAddressResponse> responses) {
        answer(responses, () -> {
            service.deleteAddress(request.getProfileId(), request.getAddressId());
            return DeleteAddressResponse.getDefaultInstance();
        });
    }

    private static <T> void answer(StreamObserver<T> responses, Call<T> call) {
        T response;
        try {
            response = call.call();
        } catch (NotFoundException e) {
            responses.onError(Status.NOT_FOUND.withDescription(e.getMessage()).asRuntimeException());
            return;
        } catch (AlreadyExistsException | InconsistentIdsException | InvalidProfileException e) {
            // 400 in the sample, as in Go kit's profilesvc.
            responses.onError(Status.INVALID_ARGUMENT.withDescription(e.getMessage()).asRuntimeException());
            return;
        } catch (Exception e) {
            responses.onError(Status.INTERNAL.withDescription("internal server error").asRuntimeException());
            return;
        }
        responses.onNext(response);
        responses.onCompleted();
    }

    private static Profile toProto(dev.javakit.sample.profilesvc.Profile profile) {
        Profile.Builder message = Profile.newBuilder().setId(profile.id()).setName(profile.name());
        for (dev.javakit.sample.profilesvc.Address address : profile.addresses()) {
            message.addAddresses(toProto(address));
        }
        return message.build();
    }

    private static Address toProto(dev.javakit.sample.profilesvc.Address address) {
        return Address.newBuilder().setId(address.id()).setLocation(address.location()).build();
    }

    private static dev.javakit.sample.profilesvc.Profile fromProto(Profile profile) {
        List<dev.javakit.sample.profilesvc.Address> addresses = new ArrayList<>(profile.getAddressesCount());
        for (Address address : profile.getAddressesList()) {
            addresses.add(fromProto(address));
        }
        return new dev.javakit.sample.profilesvc.Profile(profile.getId(), profile.getName(), addresses);
    }

    private static dev.javakit.sample.profilesvc.Address fromProto(Address address) {
        return new dev.javakit.sample.profilesvc.Address(address.getId(), address.getLocation());
    }
}
