package dev.javakit.benchmarks.grpc;

import dev.javakit.annotations.KitService;
import dev.javakit.annotations.Transport;
import dev.javakit.sample.profilesvc.Profile;

/**
 * The sample's profile read, served over gRPC only, so that ProtoCodecBenchmark measures the
 * protobuf codecs generated for the sample's own records against protoc's classes for the same
 * .proto (src/main/proto holds the copy of it protoc compiles).
 */
@KitService(transports = Transport.GRPC, clients = false, decorators = false)
public interface ProfileReads {

    /** Returns the profile {@code id} names. */
    Profile getProfile(String id);
}
