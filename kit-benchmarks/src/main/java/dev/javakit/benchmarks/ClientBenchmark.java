package dev.javakit.benchmarks;

import dev.javakit.sample.profilesvc.Profile;
import dev.javakit.sample.profilesvc.ProfileService;
import dev.javakit.sample.profilesvc.ProfileServiceHttpClient;
import dev.javakit.sd.Instancer;
import dev.javakit.transport.http.HttpServer;
import dev.javakit.transport.http.client.HttpClientTransport;
import dev.javakit.sample.profilesvc.ProfileServiceEndpoints;
import dev.javakit.sample.profilesvc.ProfileServiceHttpRoutes;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls per second through the generated HTTP client, beside the same request made by hand with
 * {@code java.net.http} and Jackson, against the sample's endpoints served in the same JVM over
 * loopback by 16 concurrent callers.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(16)
@State(Scope.Benchmark)
public class ClientBenchmark {

    private HttpServer server;
    private ProfileService generated;
    private ProfileService balanced;
    private HttpClient http;
    private HttpRequest request;
    private ObjectReader profileReader;

    @Setup
    public void setUp() throws IOException {
        Fixtures.setCallLogLevel(ch.qos.logback.classic.Level.OFF);
        server = HttpServer.builder()
                .address("127.0.0.1:0")
                .routes(ProfileServiceHttpRoutes.of(ProfileServiceEndpoints.of(Fixtures.serviceWithAlice())))
                .build()
                .start();
        URI base = URI.create("http://127.0.0.1:" + server.port());
        generated = ProfileServiceHttpClient.endpoints(HttpClientTransport.builder(base).build());
        balanced = ProfileServiceHttpClient.create(Instancer.fixed(base));
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        request = HttpRequest.newBuilder(base.resolve("/profiles/alice")).timeout(Duration.ofSeconds(10)).build();
        profileReader = JsonMapper.builder().build().readerFor(Profile.class).at("/profile");
    }

    @TearDown
    public void tearDown() {
        server.stop(Duration.ofSeconds(1));
        Fixtures.setCallLogLevel(null);
    }

    /** {@code profiles.getProfile("alice")} through the generated client. */
    @Benchmark
    public Profile generatedClient() throws Exception {
        return generated.getProfile("alice");
    }

    /** The same call through the load balancer and its retry, over one instance. */
    @Benchmark
    public Profile balancedClient() throws Exception {
        return balanced.getProfile("alice");
    }

    /** The same request and decoding written by hand. */
    @Benchmark
    public Profile byHand() throws Exception {
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("status " + response.statusCode());
        }
        return profileReader.readValue(response.body());
    }
}
