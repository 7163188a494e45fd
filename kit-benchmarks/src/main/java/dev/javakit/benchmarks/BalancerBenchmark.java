package dev.javakit.benchmarks;

import dev.javakit.context.Context;
import dev.javakit.endpoint.Endpoint;
import dev.javakit.endpoint.EndpointInfo;
import dev.javakit.endpoint.Middleware;
import dev.javakit.sd.Instancer;
import dev.javakit.sd.lb.Balancer;
import dev.javakit.sd.lb.LoadBalancer;
import dev.javakit.sd.lb.LoadBalancing;
import java.net.URI;
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
 * What the load balancer and its retry add to one call: an in-process endpoint called directly,
 * and through a {@link LoadBalancer} over three instances whose endpoints are that same one, so
 * that only the picking, the bookkeeping and the deadline are measured, no network.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class BalancerBenchmark {

    private static final EndpointInfo ECHO = new EndpointInfo("bench", "echo", true);

    /** A one-method endpoint set, shaped as generated ones are. */
    record EchoEndpoints(Endpoint<String, String> echo) {
        EchoEndpoints with(Middleware middleware) {
            return new EchoEndpoints(middleware.wrap(ECHO, echo));
        }
    }

    private final Context ctx = Context.background();
    private Endpoint<String, String> direct;
    private LoadBalancer<EchoEndpoints> roundRobin;
    private LoadBalancer<EchoEndpoints> powerOfTwoChoices;
    private Endpoint<String, String> overRoundRobin;
    private Endpoint<String, String> overPowerOfTwoChoices;

    @Setup
    public void setUp() {
        direct = (ctx, request) -> request;
        Instancer three = Instancer.fixed(URI.create("http://10.0.0.1:8080"), URI.create("http://10.0.0.2:8080"),
                URI.create("http://10.0.0.3:8080"));
        roundRobin = LoadBalancing.builder().balancer(Balancer.roundRobin()).build()
                .over(three, uri -> new EchoEndpoints(direct));
        powerOfTwoChoices = LoadBalancing.defaults().over(three, uri -> new EchoEndpoints(direct));
        EchoEndpoints shape = new EchoEndpoints(direct);
        overRoundRobin = roundRobin.endpoints(shape, EchoEndpoints::with).echo();
        overPowerOfTwoChoices = powerOfTwoChoices.endpoints(shape, EchoEndpoints::with).echo();
    }

    @TearDown
    public void tearDown() {
        roundRobin.close();
        powerOfTwoChoices.close();
    }

    /** The endpoint alone. */
    @Benchmark
    public String direct() throws Exception {
        return direct.call(ctx, "x");
    }

    /** Through round robin and retry. */
    @Benchmark
    public String roundRobin() throws Exception {
        return overRoundRobin.call(ctx, "x");
    }

    /** Through power of two choices and retry, the default. */
    @Benchmark
    public String powerOfTwoChoices() throws Exception {
        return overPowerOfTwoChoices.call(ctx, "x");
    }
}
