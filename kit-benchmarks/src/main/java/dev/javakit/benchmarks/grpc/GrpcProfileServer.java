package dev.javakit.benchmarks.grpc;

import dev.javakit.benchmarks.Fixtures;
import dev.javakit.grpc.server.GrpcServer;
import dev.javakit.sample.profilesvc.ProfileService;
import dev.javakit.sample.profilesvc.ProfileServiceEndpoints;
import dev.javakit.sample.profilesvc.ProfileServiceGrpc;
import java.io.IOException;

/**
 * The two servers bench/grpc.sh compares, on one {@link GrpcServer} setup (grpc-java's Netty, h2c,
 * the same executor, health and reflection on): the sample's service bound by the generated
 * {@code ProfileServiceGrpc.of(endpoints)}, or written by hand on protoc's stubs
 * ({@link HandWrittenProfileService}). Neither has a logging or metrics middleware, so that what
 * differs is the binding and its codecs. Each holds the profile {@code alice}.
 *
 * <pre>java -cp ... dev.javakit.benchmarks.grpc.GrpcProfileServer generated|handwritten HOST:PORT</pre>
 */
public final class GrpcProfileServer {

    private GrpcProfileServer() {
    }

    /** Starts the server {@code args[0]} names on {@code args[1]} until the JVM is stopped. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: GrpcProfileServer generated|handwritten HOST:PORT");
            System.exit(2);
        }
        start(args[0], args[1]).registerShutdownHook();
    }

    /** Starts the server {@code kind} names ({@code generated} or {@code handwritten}) on {@code address}. */
    public static GrpcServer start(String kind, String address) throws IOException {
        ProfileService service = Fixtures.serviceWithAlice();
        GrpcServer.Builder server = GrpcServer.builder().address(address);
        switch (kind) {
            case "generated" -> server.service(ProfileServiceGrpc.of(ProfileServiceEndpoints.of(service)));
            case "handwritten" -> server.service(new HandWrittenProfileService(service).bindService());
            default -> throw new IllegalArgumentException("generated or handwritten, not " + kind);
        }
        return server.build().start();
    }
}
