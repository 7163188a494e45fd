package dev.javakit.benchmarks.validation;

import dev.javakit.context.Context;
import dev.javakit.endpoint.Endpoint;
import dev.javakit.validation.BeanValidation;
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
 * What Bean Validation adds to a valid call: the same endpoint called without and with
 * {@code BeanValidation.middleware}, for two constrained parameters and for a cascaded record.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class ValidationBenchmark {

    private Endpoint<MembersEndpoints.SumRequest, MembersEndpoints.SumResponse> sum;
    private Endpoint<MembersEndpoints.SumRequest, MembersEndpoints.SumResponse> validatedSum;
    private Endpoint<MembersEndpoints.JoinRequest, MembersEndpoints.JoinResponse> join;
    private Endpoint<MembersEndpoints.JoinRequest, MembersEndpoints.JoinResponse> validatedJoin;
    private MembersEndpoints.SumRequest sumRequest;
    private MembersEndpoints.JoinRequest joinRequest;

    @Setup
    public void setUp() {
        Members service = new Members() {
            @Override
            public int sum(int a, int b) {
                return a + b;
            }

            @Override
            public int join(Member member) {
                return member.tags().size();
            }
        };
        MembersEndpoints endpoints = MembersEndpoints.of(service);
        MembersEndpoints validated = endpoints.with(BeanValidation.middleware(Members.class));
        sum = endpoints.sumEndpoint();
        validatedSum = validated.sumEndpoint();
        join = endpoints.joinEndpoint();
        validatedJoin = validated.joinEndpoint();
        sumRequest = new MembersEndpoints.SumRequest(1, 2);
        joinRequest = new MembersEndpoints.JoinRequest(
                new Member("alice", "Alice Liddell", "alice@example.org", List.of("reader", "writer")));
    }

    /** Two int parameters, without validation. */
    @Benchmark
    public int sum() throws Exception {
        return sum.call(Context.background(), sumRequest).result();
    }

    /** Two int parameters, {@code @Min} and {@code @Max} checked. */
    @Benchmark
    public int sumValidated() throws Exception {
        return validatedSum.call(Context.background(), sumRequest).result();
    }

    /** A record of four components, without validation. */
    @Benchmark
    public int join() throws Exception {
        return join.call(Context.background(), joinRequest).result();
    }

    /** A record of four components cascaded with {@code @Valid}, each checked, and each of its two tags. */
    @Benchmark
    public int joinValidated() throws Exception {
        return validatedJoin.call(Context.background(), joinRequest).result();
    }
}
