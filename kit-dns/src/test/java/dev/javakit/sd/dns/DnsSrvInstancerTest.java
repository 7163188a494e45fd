package dev.javakit.sd.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** {@link DnsSrvInstancer} against a real dnsmasq: what SRV records resolve to, changes, and the TTL. */
class DnsSrvInstancerTest {

    private static final String NAME = "_http._tcp.profilesvc.test";
    private static final String A = "host-record=a.profilesvc.test,127.0.0.1";
    private static final String B = "host-record=b.profilesvc.test,127.0.0.2";
    private static final String A_8081 = "srv-host=" + NAME + ",a.profilesvc.test,8081";
    private static final String B_8082 = "srv-host=" + NAME + ",b.profilesvc.test,8082";

    @Test
    void resolvesEachTargetToItsAddressThroughTheGivenServer() throws Exception {
        try (Dnsmasq dns = Dnsmasq.start(5, A, B, A_8081, B_8082,
                // A target the server has no address for is left to the machine's resolver, by name.
                "srv-host=" + NAME + ",c.profilesvc.test,8083",
                // Port 0 says the service is not there (RFC 2782).
                "srv-host=" + NAME + ",b.profilesvc.test,0");
                DnsSrvInstancer instancer = DnsSrvInstancer.builder(NAME).resolver(dns.address()).build()) {
            assertThat(instancer.instances()).containsExactly(
                    URI.create("http://127.0.0.1:8081"), URI.create("http://127.0.0.2:8082"), URI.create("http://c.profilesvc.test:8083"));
        }
    }

    @Test
    void picksUpAddedChangedAndRemovedRecordsWithinTheMaximumRefresh() throws Exception {
        // An hour's TTL, bounded to half a second: the maximum refresh is what brings changes in.
        try (Dnsmasq dns = Dnsmasq.start(3600, A, B, A_8081);
                DnsSrvInstancer instancer = DnsSrvInstancer.builder(NAME).resolver(dns.address())
                        .refresh(Duration.ofMillis(100), Duration.ofMillis(500)).build()) {
            assertThat(instancer.instances()).containsExactly(URI.create("http://127.0.0.1:8081"));

            dns.serve(3600, A, B, A_8081, B_8082);
            long added = awaitMillis(() -> instancer.instances().size() == 2);
            assertThat(instancer.instances()).containsExactly(URI.create("http://127.0.0.1:8081"), URI.create("http://127.0.0.2:8082"));

            dns.serve(3600, A, B, A_8081, "srv-host=" + NAME + ",b.profilesvc.test,9092");
            long changed = awaitMillis(() -> instancer.instances().contains(URI.create("http://127.0.0.2:9092")));
            assertThat(instancer.instances()).containsExactly(URI.create("http://127.0.0.1:8081"), URI.create("http://127.0.0.2:9092"));

            dns.serve(3600, A, B, "srv-host=" + NAME + ",b.profilesvc.test,9092");
            long removed = awaitMillis(() -> instancer.instances().size() == 1);
            assertThat(instancer.instances()).containsExactly(URI.create("http://127.0.0.2:9092"));

            dns.serve(3600, A, B);
            awaitMillis(() -> instancer.instances().isEmpty());
            System.out.printf("seen after restarting dnsmasq: added %d ms, changed %d ms, removed %d ms%n",
                    added, changed, removed);
        }
    }

    @Test
    void asksAgainWhenTheTtlRunsOutAndNoSooner() throws Exception {
        try (Dnsmasq dns = Dnsmasq.start(1, A, A_8081);
                DnsSrvInstancer instancer = DnsSrvInstancer.builder(NAME).resolver(dns.address())
                        .refresh(Duration.ofMillis(50), Duration.ofSeconds(30)).build()) {
            Thread.sleep(2_500);

            // At 0, 1 and 2 s: with the TTL ignored, every 50 ms would be 50 queries.
            int queries = dns.srvQueries(NAME);
            System.out.printf("SRV queries in 2.5 s with a TTL of 1 s: %d%n", queries);
            assertThat(queries).isBetween(3, 4);
            assertThat(instancer.instances()).containsExactly(URI.create("http://127.0.0.1:8081"));
        }
    }

    @Test
    void asksNoMoreOftenThanTheMinimumRefreshWhenTheTtlIsZero() throws Exception {
        try (Dnsmasq dns = Dnsmasq.start(0, A, A_8081);
                DnsSrvInstancer instancer = DnsSrvInstancer.builder(NAME).resolver(dns.address())
                        .refresh(Duration.ofMillis(400), Duration.ofSeconds(30)).build()) {
            Thread.sleep(1_000);

            // At 0, 400 and 800 ms.
            assertThat(dns.srvQueries(NAME)).isBetween(3, 4);
            assertThat(instancer.instances()).containsExactly(URI.create("http://127.0.0.1:8081"));
        }
    }

    @Test
    void keepsTheLastInstancesWhileTheServerIsDownAndAnEmptyListWhenTheNameIsGone() throws Exception {
        try (Dnsmasq dns = Dnsmasq.start(0, A, A_8081);
                DnsSrvInstancer instancer = DnsSrvInstancer.builder(NAME).resolver(dns.address())
                        .refresh(Duration.ofMillis(50), Duration.ofMillis(50)).timeout(Duration.ofMillis(100)).build()) {
            assertThat(instancer.instances()).containsExactly(URI.create("http://127.0.0.1:8081"));

            dns.stop();
            Thread.sleep(400);
            assertThat(instancer.instances()).as("the last known, while nothing answers").containsExactly(URI.create("http://127.0.0.1:8081"));

            dns.serve(0, A);
            awaitMillis(() -> instancer.instances().isEmpty());
        }
    }

    @Test
    void rejectsWhatIsNotANameOrBounds() {
        assertThatThrownBy(() -> DnsSrvInstancer.builder("a..b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a DNS name: a..b");
        assertThatThrownBy(() -> DnsSrvInstancer.builder(NAME).refresh(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("min <= max");
        assertThatThrownBy(() -> DnsSrvInstancer.builder(NAME).scheme("tcp"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http or https");
    }

    private static long awaitMillis(BooleanSupplier condition) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("within 5 s").isLessThan(deadline);
            Thread.sleep(10);
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}
