package dev.javakit.benchmarks;

import ch.qos.logback.classic.Level;
import dev.javakit.metrics.HttpServerMetrics;
import dev.javakit.sample.profilesvc.AlertingProfileService;
import dev.javakit.sample.profilesvc.Profile;
import dev.javakit.sample.profilesvc.ProfileService;
import dev.javakit.sample.profilesvc.ProfileServiceEndpoints;
import dev.javakit.sample.profilesvc.ProfileServiceEndpoints.GetProfileRequest;
import dev.javakit.sample.profilesvc.ProfileServiceEndpoints.GetProfileResponse;
import dev.javakit.sample.profilesvc.ProfileServiceLogging;
import dev.javakit.sample.profilesvc.ProfileServiceMetrics;
import dev.javakit.context.Context;
import dev.javakit.endpoint.Endpoint;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the generated decorators cost per call: logging with its level off (it must format and
 * allocate nothing), metrics into the Prometheus registry, and the sample's full stack without
 * the HTTP transport. Run with {@code -prof gc} for bytes allocated per call.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class DecoratorBenchmark {

    private ProfileService direct;
    private ProfileService loggingOff;
    private ProfileService metrics;
    private Endpoint<GetProfileRequest, GetProfileResponse> fullStack;
    private HttpServerMetrics httpMetrics;
    private String id;

    @Setup
    public void setUp() {
        Fixtures.setCallLogLevel(Level.OFF);
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        direct = Fixtures.serviceWithAlice();
        loggingOff = new ProfileServiceLogging(direct);
        metrics = new ProfileServiceMetrics(direct, registry);
        ProfileService stack = new AlertingProfileService(direct, alert -> { });
        stack = new ProfileServiceLogging(stack);
        stack = new ProfileServiceMetrics(stack, registry);
        fullStack = ProfileServiceEndpoints.of(stack).getProfileEndpoint();
        httpMetrics = new HttpServerMetrics(registry);
        id = "alice";
    }

    @TearDown
    public void tearDown() {
        Fixtures.setCallLogLevel(null);
    }

    /** The baseline: the business logic alone. */
    @Benchmark
    public Profile direct() throws Exception {
        return direct.getProfile(id);
    }

    /** Through the generated logging decorator, its level off. */
    @Benchmark
    public Profile loggingDecoratorOff() throws Exception {
        return loggingOff.getProfile(id);
    }

    /** Through the generated metrics decorator, into a Prometheus registry. */
    @Benchmark
    public Profile metricsDecorator() throws Exception {
        return metrics.getProfile(id);
    }

    /** The sample's stack below HTTP: alerting, logging (off), metrics, endpoint, plus the HTTP timer. */
    @Benchmark
    public Profile fullStack() throws Exception {
        long start = System.nanoTime();
        Profile profile = fullStack.call(Context.background(), new GetProfileRequest(id)).profile();
        httpMetrics.requestCompleted("GET", "/profiles/{id}", 200, System.nanoTime() - start);
        return profile;
    }
}
