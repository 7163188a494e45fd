package dev.javakit.benchmarks;

import dev.javakit.context.Context;
import dev.javakit.endpoint.Endpoint;
import dev.javakit.sample.profilesvc.Profile;
import dev.javakit.sample.profilesvc.ProfileService;
import dev.javakit.sample.profilesvc.ProfileServiceEndpoints;
import dev.javakit.sample.profilesvc.ProfileServiceEndpoints.GetProfileRequest;
import dev.javakit.sample.profilesvc.ProfileServiceEndpoints.GetProfileResponse;
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
 * What a generated endpoint costs over calling the service directly: the request record going
 * in, the response record coming out, one more virtual call.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class EndpointBenchmark {

    private ProfileService service;
    private Endpoint<GetProfileRequest, GetProfileResponse> endpoint;
    private ProfileService overEndpoints;
    private String id;

    @Setup
    public void setUp() {
        service = Fixtures.serviceWithAlice();
        ProfileServiceEndpoints endpoints = ProfileServiceEndpoints.of(service);
        endpoint = endpoints.getProfileEndpoint();
        overEndpoints = endpoints;
        id = "alice";
    }

    /** The baseline: the business logic alone. */
    @Benchmark
    public Profile directCall() throws Exception {
        return service.getProfile(id);
    }

    /** Through the generated endpoint, as a transport calls it. */
    @Benchmark
    public Profile generatedEndpoint() throws Exception {
        return endpoint.call(Context.background(), new GetProfileRequest(id)).profile();
    }

    /** Through the service implemented over the endpoints, as a client calls it. */
    @Benchmark
    public Profile serviceOverEndpoints() throws Exception {
        return overEndpoints.getProfile(id);
    }
}
