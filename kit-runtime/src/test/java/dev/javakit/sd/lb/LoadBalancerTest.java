package dev.javakit.sd.lb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.javakit.context.Context;
import dev.javakit.endpoint.Endpoint;
import dev.javakit.endpoint.Middleware;
import dev.javakit.sd.Instancer;
import dev.javakit.sd.MutableInstancer;
import dev.javakit.transport.Delivery;
import dev.javakit.transport.http.client.HttpClientException;
import dev.javakit.transport.http.client.HttpClientTransport;
import dev.javakit.transport.http.client.RawServer;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Calls spread over real kit servers on loopback, retried, ejected and redirected as instances fail and leave. */
@Timeout(60)
class LoadBalancerTest {

    private static final Context CTX = Context.background();
    private static final int CALLS = 300;

    private final List<AutoCloseable> servers = new CopyOnWriteArrayList<>();
    private final List<LoadBalancer<?>> balancers = new ArrayList<>();

    @AfterEach
    void stopEverything() throws Exception {
        for (LoadBalancer<?> balancer : balancers) {
            balancer.close();
        }
        for (AutoCloseable server : servers) {
            server.close();
        }
    }

    private KitInstance instance(String name) throws IOException {
        KitInstance instance = KitInstance.start(name);
        servers.add(instance);
        return instance;
    }

    private List<KitInstance> instances(int count) throws IOException {
        List<KitInstance> started = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            started.add(instance("i" + i));
        }
        return started;
    }

    private <T extends AutoCloseable> T server(T server) {
        servers.add(server);
        return server;
    }

    private static Instancer fixed(URI... uris) {
        return Instancer.fixed(uris);
    }

    private static Instancer fixed(List<KitInstance> instances) {
        return Instancer.fixed(instances.stream().map(KitInstance::uri).toArray(URI[]::new));
    }

    private LoadBalancer<Who> balancer(LoadBalancing policy, Instancer instancer) {
        HttpClientTransport.Builder transports = HttpClientTransport.builder();
        LoadBalancer<Who> balancer = policy.over(instancer, uri -> Who.at(uri, transports));
        balancers.add(balancer);
        return balancer;
    }

    private static LoadBalancing.Builder policy(Balancer balancer) {
        return LoadBalancing.builder().balancer(balancer);
    }

    private static List<Integer> hits(List<KitInstance> instances) {
        return instances.stream().map(KitInstance::hits).toList();
    }

    // --- distribution ------------------------------------------------------------------------------

    @Test
    void roundRobinTakesTheInstancesInTurn() throws Exception {
        List<KitInstance> three = instances(3);
        Endpoint<String, String> read = balancer(policy(Balancer.roundRobin()).build(), fixed(three))
                .endpoint(Who.READ, Who::who);

        List<String> order = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            order.add(read.call(CTX, "GET"));
        }

        assertThat(order.subList(0, 6)).containsExactly("i0", "i1", "i2", "i0", "i1", "i2");
        assertThat(hits(three)).containsExactly(100, 100, 100);
    }

    @Test
    void randomGivesEachInstanceAboutItsShare() throws Exception {
        List<KitInstance> three = instances(3);
        Endpoint<String, String> read = balancer(policy(Balancer.random()).build(), fixed(three))
                .endpoint(Who.READ, Who::who);

        for (int i = 0; i < CALLS; i++) {
            read.call(CTX, "GET");
        }

        // 100 expected, binomial standard deviation 8: 40 either way is five of them.
        assertThat(hits(three)).allSatisfy(hits -> assertThat(hits).isBetween(60, 140));
        assertThat(hits(three).stream().mapToInt(Integer::intValue).sum()).isEqualTo(CALLS);
    }

    @Test
    void powerOfTwoChoicesSpreadsEvenlyOverEqualInstances() throws Exception {
        List<KitInstance> three = instances(3);
        Endpoint<String, String> read = balancer(policy(Balancer.powerOfTwoChoices()).build(), fixed(three))
                .endpoint(Who.READ, Who::who);

        for (int i = 0; i < CALLS; i++) {
            read.call(CTX, "GET");
        }

        assertThat(hits(three)).allSatisfy(hits -> assertThat(hits).isBetween(60, 140));
    }

    @Test
    void powerOfTwoChoicesPrefersTheLessLoadedInstance() throws Exception {
        KitInstance slow = instance("slow");
        KitInstance fast = instance("fast");
        slow.delay(Duration.ofMillis(100));
        Endpoint<String, String> read = balancer(policy(Balancer.powerOfTwoChoices()).build(),
                fixed(slow.uri(), fast.uri())).endpoint(Who.READ, Who::who);

        int failures = load(read, "GET", 8, 40, () -> { });

        int total = slow.hits() + fast.hits();
        assertThat(failures).isZero();
        assertThat(total).isEqualTo(8 * 40);
        assertThat(slow.hits()).as("calls the slow instance got, of %d; round robin would give it half", total)
                .isLessThan(total / 5);
    }

    // --- failures ------------------------------------------------------------------------------------

    @Test
    void killingAnInstanceUnderConcurrentLoadFailsNoIdempotentCall() throws Exception {
        List<KitInstance> three = instances(3);
        for (KitInstance instance : three) {
            instance.delay(Duration.ofMillis(2));
        }
        Endpoint<String, String> read = balancer(LoadBalancing.defaults(), fixed(three)).endpoint(Who.READ, Who::who);
        AtomicInteger started = new AtomicInteger();
        KitInstance victim = three.get(1);

        int failures = load(read, "PUT", 6, 100, () -> {
            if (started.incrementAndGet() == 150) {
                victim.close();
            }
        });

        assertThat(failures).isZero();
        assertThat(three.get(0).hits() + three.get(2).hits()).as("the survivors took over").isGreaterThan(400);
    }

    @Test
    void aNonIdempotentCallIsNotRepeatedOnceDelivered() throws Exception {
        RawServer hangingUp = server(RawServer.hangingUpAfterTheRequest());
        KitInstance healthy = instance("healthy");
        Endpoint<String, String> write = balancer(policy(Balancer.roundRobin()).build(),
                fixed(hangingUp.uri(), healthy.uri())).endpoint(Who.WRITE, Who::who);

        HttpClientException thrown = catchThrowableOfType(HttpClientException.class, () -> write.call(CTX, "POST"));

        assertThat(thrown.delivery()).isEqualTo(Delivery.NO_ANSWER);
        assertThat(healthy.hits()).isZero();
        assertThat(hangingUp.connectionsAfterAtMost(2, Duration.ofMillis(500))).isEqualTo(1);
    }

    @Test
    void anIdempotentCallGoesToAnotherInstanceOnceDelivered() throws Exception {
        RawServer hangingUp = server(RawServer.hangingUpAfterTheRequest());
        KitInstance healthy = instance("healthy");
        Endpoint<String, String> read = balancer(policy(Balancer.roundRobin()).build(),
                fixed(hangingUp.uri(), healthy.uri())).endpoint(Who.READ, Who::who);

        assertThat(read.call(CTX, "PUT")).isEqualTo("healthy");
        assertThat(hangingUp.connections()).isEqualTo(1);
    }

    @Test
    void aPolicyMayRetryNonIdempotentCallsWhenToldTo() throws Exception {
        RawServer hangingUp = server(RawServer.hangingUpAfterTheRequest());
        KitInstance healthy = instance("healthy");
        Endpoint<String, String> write = balancer(policy(Balancer.roundRobin()).retryAfterDelivery(info -> true).build(),
                fixed(hangingUp.uri(), healthy.uri())).endpoint(Who.WRITE, Who::who);

        assertThat(write.call(CTX, "POST")).isEqualTo("healthy");
    }

    @Test
    void aNonIdempotentCallNeverDeliveredGoesToAnotherInstance() throws Exception {
        KitInstance stopped = instance("stopped");
        KitInstance healthy = instance("healthy");
        stopped.close();
        Endpoint<String, String> write = balancer(policy(Balancer.roundRobin()).build(),
                fixed(stopped.uri(), healthy.uri())).endpoint(Who.WRITE, Who::who);

        assertThat(write.call(CTX, "POST")).isEqualTo("healthy");
    }

    @Test
    void anAnswerIsNeverRetried() throws Exception {
        RawServer failing = server(RawServer.answeringRaw(
                "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"));
        KitInstance healthy = instance("healthy");
        Endpoint<String, String> read = balancer(policy(Balancer.roundRobin()).build(),
                fixed(failing.uri(), healthy.uri())).endpoint(Who.READ, Who::who);

        HttpClientException thrown = catchThrowableOfType(HttpClientException.class, () -> read.call(CTX, "PUT"));

        assertThat(thrown.status()).isEqualTo(503);
        assertThat(healthy.hits()).isZero();
    }

    @Test
    void aCallIsSentAtMostMaxAttemptsTimes() throws Exception {
        RawServer hangingUp = server(RawServer.hangingUpAfterTheRequest());
        Endpoint<String, String> read = balancer(policy(Balancer.roundRobin()).maxAttempts(3).build(),
                fixed(hangingUp.uri())).endpoint(Who.READ, Who::who);

        HttpClientException thrown = catchThrowableOfType(HttpClientException.class, () -> read.call(CTX, "PUT"));

        assertThat(thrown.delivery()).isEqualTo(Delivery.NO_ANSWER);
        assertThat(thrown.getSuppressed()).as("the earlier attempts' failures").hasSize(1);
        assertThat(hangingUp.connectionsAfterAtMost(4, Duration.ofMillis(500))).isEqualTo(3);
    }

    @Test
    void theRetryBudgetStopsARetryStorm() throws Exception {
        RawServer first = server(RawServer.hangingUpAfterTheRequest());
        RawServer second = server(RawServer.hangingUpAfterTheRequest());
        // At most 10% of calls retried plus one a second (the bucket holds ten); no ejection, so that
        // only the budget holds the retries back.
        Endpoint<String, String> read = balancer(policy(Balancer.roundRobin())
                .maxAttempts(4)
                .retryBudget(0.1, 1)
                .ejectAfter(1000, Duration.ZERO)
                .build(), fixed(first.uri(), second.uri())).endpoint(Who.READ, Who::who);
        int calls = 40;

        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            catchThrowableOfType(HttpClientException.class, () -> read.call(CTX, "PUT"));
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        int sent = first.connections() + second.connections();
        int retries = sent - calls;
        assertThat(retries).as("retries of %d calls that 3 retries each would have made %d", calls, 3 * calls)
                .isPositive()
                .isLessThanOrEqualTo(10 + (int) Math.ceil(0.1 * calls + seconds) + 1);
    }

    // --- deadlines -------------------------------------------------------------------------------------

    @Test
    void theTimeoutBoundsEveryAttemptTogether() throws Exception {
        RawServer silent = server(RawServer.neverAnswering());
        RawServer alsoSilent = server(RawServer.neverAnswering());
        Endpoint<String, String> read = balancer(policy(Balancer.roundRobin()).timeout(Duration.ofMillis(400)).build(),
                fixed(silent.uri(), alsoSilent.uri())).endpoint(Who.READ, Who::who);

        long start = System.nanoTime();
        HttpClientException thrown = catchThrowableOfType(HttpClientException.class, () -> read.call(CTX, "PUT"));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(thrown.timedOut()).isTrue();
        assertThat(took).isBetween(Duration.ofMillis(350), Duration.ofMillis(1500));
        assertThat(alsoSilent.connectionsAfterAtMost(1, Duration.ofMillis(200))).as("no time was left for a retry")
                .isZero();
    }

    @Test
    void aRetryGetsOnlyWhatIsLeftOfTheContextDeadline() throws Exception {
        RawServer slowToHangUp = server(RawServer.hangingUpAfter(Duration.ofMillis(600)));
        RawServer silent = server(RawServer.neverAnswering());
        Endpoint<String, String> read = balancer(policy(Balancer.roundRobin()).timeout(Duration.ofSeconds(20)).build(),
                fixed(slowToHangUp.uri(), silent.uri())).endpoint(Who.READ, Who::who);
        Context ctx = CTX.withTimeout(Duration.ofMillis(1000));

        long start = System.nanoTime();
        HttpClientException thrown = catchThrowableOfType(HttpClientException.class, () -> read.call(ctx, "PUT"));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(silent.connectionsAfterAtMost(1, Duration.ofSeconds(1))).as("the retry went to the other instance")
                .isEqualTo(1);
        assertThat(thrown.timedOut()).isTrue();
        assertThat(took).as("a callee never gets more time than its caller")
                .isBetween(Duration.ofMillis(900), Duration.ofMillis(1500));
    }

    // --- instances coming and going ----------------------------------------------------------------

    @Test
    void anEjectedInstanceComesBackAfterItsCooldown() throws Exception {
        KitInstance first = instance("first");
        KitInstance second = instance("second");
        URI firstUri = first.uri();
        Duration cooldown = Duration.ofMillis(800);
        Endpoint<String, String> read = balancer(policy(Balancer.roundRobin()).ejectAfter(1, cooldown).build(),
                fixed(firstUri, second.uri())).endpoint(Who.READ, Who::who);
        first.close();

        long failedAt = System.nanoTime();
        assertThat(read.call(CTX, "GET")).as("refused by the stopped instance, sent to the other").isEqualTo("second");
        KitInstance restarted = server(KitInstance.restartAt("restarted", firstUri));
        List<String> whileEjected = new ArrayList<>();
        while (System.nanoTime() - failedAt < cooldown.toNanos() / 2) {
            whileEjected.add(read.call(CTX, "GET"));
        }
        Thread.sleep(cooldown.toMillis());
        List<String> afterwards = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            afterwards.add(read.call(CTX, "GET"));
        }

        assertThat(whileEjected).isNotEmpty().containsOnly("second");
        assertThat(afterwards).contains("restarted", "second");
        assertThat(restarted.hits()).isEqualTo(5);
    }

    @Test
    void anInstanceThatLeavesGetsNoMoreCallsAndItsEndpointsAreClosed() throws Exception {
        List<KitInstance> three = instances(3);
        MutableInstancer instancer = new MutableInstancer(three.stream().map(KitInstance::uri).toList());
        Map<URI, AtomicInteger> created = new ConcurrentHashMap<>();
        Set<URI> closed = ConcurrentHashMap.newKeySet();
        HttpClientTransport.Builder transports = HttpClientTransport.builder();
        LoadBalancer<Closing> balancer = LoadBalancing.builder().balancer(Balancer.roundRobin()).build()
                .over(instancer, uri -> {
                    created.computeIfAbsent(uri, u -> new AtomicInteger()).incrementAndGet();
                    return new Closing(Who.at(uri, transports), () -> closed.add(uri));
                });
        balancers.add(balancer);
        Endpoint<String, String> read = balancer.endpoint(Who.READ, c -> c.who().who());
        for (int i = 0; i < 30; i++) {
            read.call(CTX, "GET");
        }
        KitInstance leaving = three.get(1);
        int before = leaving.hits();

        instancer.set(List.of(three.get(0).uri(), three.get(2).uri()));
        for (int i = 0; i < 30; i++) {
            read.call(CTX, "GET");
        }

        assertThat(before).isEqualTo(10);
        assertThat(leaving.hits()).isEqualTo(before);
        assertThat(closed).containsExactly(leaving.uri());
        assertThat(created.values()).as("endpoints made once per instance").allSatisfy(n -> assertThat(n).hasValue(1));

        instancer.set(three.stream().map(KitInstance::uri).toList());
        for (int i = 0; i < 30; i++) {
            read.call(CTX, "GET");
        }
        assertThat(leaving.hits()).as("back in the list, back in the balance").isEqualTo(before + 10);
        assertThat(created.get(leaving.uri())).as("new endpoints for an instance that came back").hasValue(2);
    }

    @Test
    void noInstanceIsNotDelivered() throws Exception {
        Endpoint<String, String> read = balancer(LoadBalancing.defaults(), new MutableInstancer(List.of()))
                .endpoint(Who.READ, Who::who);

        NoInstanceException thrown = catchThrowableOfType(NoInstanceException.class, () -> read.call(CTX, "GET"));

        assertThat(thrown.status()).isEqualTo(503);
        assertThat(Delivery.of(thrown)).isEqualTo(Delivery.NOT_DELIVERED);
    }

    /** An endpoint set of two methods, as generated ones are: a record with {@code with(Middleware)}. */
    record ReadWrite(Endpoint<String, String> read, Endpoint<String, String> write) {
        ReadWrite with(Middleware middleware) {
            return new ReadWrite(middleware.wrap(Who.READ, read), middleware.wrap(Who.WRITE, write));
        }
    }

    @Test
    void aWholeEndpointSetIsBalancedThroughItsWithAndItsShapeNeverCalled() throws Exception {
        List<KitInstance> two = instances(2);
        HttpClientTransport.Builder transports = HttpClientTransport.builder();
        LoadBalancer<ReadWrite> balancer = policy(Balancer.roundRobin()).build().over(fixed(two), uri -> {
            Who who = Who.at(uri, transports);
            return new ReadWrite(who.who(), who.who());
        });
        balancers.add(balancer);
        Endpoint<String, String> never = (ctx, method) -> {
            throw new AssertionError("the shape's endpoints are never called");
        };

        ReadWrite balanced = balancer.endpoints(new ReadWrite(never, never), ReadWrite::with);

        assertThat(List.of(balanced.read().call(CTX, "GET"), balanced.write().call(CTX, "POST"),
                balanced.read().call(CTX, "GET"))).containsExactly("i0", "i1", "i0");
    }

    /** An instance's endpoints that record their closing. */
    record Closing(Who who, Runnable onClose) implements AutoCloseable {
        @Override
        public void close() {
            onClose.run();
        }
    }

    /** Runs {@code threads} callers making {@code calls} each, {@code beforeEach} first, and returns how many failed. */
    private static int load(Endpoint<String, String> endpoint, String method, int threads, int calls,
            Runnable beforeEach) throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(threads);
        AtomicInteger failures = new AtomicInteger();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(callers.submit(() -> {
                    for (int i = 0; i < calls; i++) {
                        beforeEach.run();
                        try {
                            endpoint.call(CTX, method);
                        } catch (Exception e) {
                            failures.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get(30, TimeUnit.SECONDS);
            }
        } finally {
            callers.shutdownNow();
        }
        return failures.get();
    }
}
