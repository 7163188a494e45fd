package dev.javakit.sd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class BalancerTest {

    private static final URI A = URI.create("http://10.0.0.1:8080");
    private static final URI B = URI.create("http://10.0.0.2:8080");
    private static final URI C = URI.create("http://10.0.0.3:8080");
    private static final List<URI> THREE = List.of(A, B, C);

    @Test
    void roundRobinTakesTheInstancesInTurn() {
        Balancer balancer = Balancer.roundRobin();

        List<URI> picked = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            picked.add(balancer.pick(THREE));
        }

        assertThat(picked).containsExactly(A, B, C, A, B, C, A);
    }

    @Test
    void roundRobinFollowsAListThatChanges() {
        Balancer balancer = Balancer.roundRobin();

        assertThat(balancer.pick(List.of(A))).isEqualTo(A);
        assertThat(balancer.pick(List.of(A, B))).isIn(A, B);
        assertThat(balancer.pick(List.of(C))).isEqualTo(C);
    }

    @Test
    void roundRobinBalancersKeepTheirOwnTurn() {
        Balancer first = Balancer.roundRobin();
        Balancer second = Balancer.roundRobin();

        first.pick(THREE);

        assertThat(second.pick(THREE)).isEqualTo(A);
        assertThat(first.pick(THREE)).isEqualTo(B);
    }

    @Test
    void roundRobinIsExactUnderConcurrentPicks() throws Exception {
        Balancer balancer = Balancer.roundRobin();
        Map<URI, AtomicInteger> counts = new ConcurrentHashMap<>();
        ExecutorService pickers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                done.add(pickers.submit(() -> {
                    for (int i = 0; i < 3000; i++) {
                        counts.computeIfAbsent(balancer.pick(THREE), uri -> new AtomicInteger()).incrementAndGet();
                    }
                }));
            }
            for (Future<?> each : done) {
                each.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pickers.shutdownNow();
        }

        assertThat(counts).hasSize(3);
        assertThat(counts.values()).allSatisfy(count -> assertThat(count).hasValue(4000));
    }

    @Test
    void randomPicksEveryInstanceAndNothingElse() {
        Balancer balancer = Balancer.random();
        Map<URI, Integer> counts = new HashMap<>();

        for (int i = 0; i < 300; i++) {
            counts.merge(balancer.pick(THREE), 1, Integer::sum);
        }

        assertThat(counts.keySet()).containsExactlyInAnyOrder(A, B, C);
        assertThat(counts.values()).allSatisfy(count -> assertThat(count).isPositive());
    }

    @Test
    void aSingleInstanceIsAlwaysPicked() {
        assertThat(Balancer.roundRobin().pick(List.of(B))).isEqualTo(B);
        assertThat(Balancer.random().pick(List.of(B))).isEqualTo(B);
    }

    @Test
    void anEmptyListIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> Balancer.roundRobin().pick(List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> Balancer.random().pick(List.of()));
    }
}
