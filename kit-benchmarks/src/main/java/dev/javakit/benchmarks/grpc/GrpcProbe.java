package dev.javakit.benchmarks.grpc;

import dev.javakit.benchmarks.Fixtures;
import dev.javakit.grpc.client.GrpcClientTransport;
import dev.javakit.sample.profilesvc.NotFoundException;
import dev.javakit.sample.profilesvc.Profile;
import dev.javakit.sample.profilesvc.ProfileServiceEndpoints;
import dev.javakit.sample.profilesvc.ProfileServiceGrpcClient;
import dev.javakit.sample.profilesvc.ProfileServiceProtoCodecs;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Before bench/grpc.sh measures: checks that each server answers {@code GetProfile("alice")} with
 * the stored profile, and writes the request h2load sends as a gRPC frame (a zero flag byte, the
 * message's length in four big-endian bytes, the message). Prints the size of the frame a correct
 * answer carries, which the script checks h2load received for every call: a gRPC error is a 200
 * with no message, so HTTP statuses alone would not tell.
 *
 * <pre>java -cp ... dev.javakit.benchmarks.grpc.GrpcProbe BODY_FILE PORT...</pre>
 */
public final class GrpcProbe {

    private GrpcProbe() {
    }

    /** Checks the servers on the ports {@code args[1..]}, writes the request to {@code args[0]} and prints the answer's frame size. */
    public static void main(String[] args) throws Exception {
        for (int i = 1; i < args.length; i++) {
            Profile answer = getProfile(Integer.parseInt(args[i]), Fixtures.ALICE.id());
            if (!answer.equals(Fixtures.ALICE)) {
                throw new IllegalStateException("the server on port " + args[i] + " answered " + answer
                        + ", not " + Fixtures.ALICE);
            }
        }
        byte[] request = ProfileServiceProtoCodecs.GET_PROFILE_REQUEST.encode(
                new ProfileServiceEndpoints.GetProfileRequest(Fixtures.ALICE.id()));
        Files.write(Path.of(args[0]), frame(request));
        byte[] response = ProfileServiceProtoCodecs.GET_PROFILE_RESPONSE.encode(
                new ProfileServiceEndpoints.GetProfileResponse(Fixtures.ALICE));
        System.out.println(frame(response).length);
    }

    /** Asks the server on {@code port} for profile {@code id} through the generated client. */
    private static Profile getProfile(int port, String id) throws NotFoundException {
        try (GrpcClientTransport transport = GrpcClientTransport.builder("127.0.0.1:" + port).build()) {
            return ProfileServiceGrpcClient.endpoints(transport).getProfile(id);
        }
    }

    private static byte[] frame(byte[] message) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(5 + message.length);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeByte(0);
        out.writeInt(message.length);
        out.write(message);
        return bytes.toByteArray();
    }
}
