package dev.javakit.transport.http.client;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.javakit.context.Context;
import dev.javakit.json.JsonCodec;
import dev.javakit.json.JsonReader;
import dev.javakit.sd.Balancer;
import dev.javakit.sd.Instancer;
import dev.javakit.sd.MutableInstancer;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Spreading calls over several instances, and going to another when one fails. */
@Timeout(60)
class LoadBalancingTest {

    record Who(String name) {
    }

    private static final JsonReader<Who> WHO = JsonCodec.standard().reader(Who.class);
    private static final int CALLS = 300;

    private final List<AutoCloseable> servers = new ArrayList<>();

    @AfterEach
    void stopServers() throws Exception {
        for (AutoCloseable server : servers) {
            server.close();
        }
    }

    private StubServer instance(String name) throws IOException {
        StubServer server = StubServer.json(200, "{\"name\":\"" + name + "\"}");
        servers.add(server);
        return server;
    }

    private List<StubServer> instances(int count) throws IOException {
        List<StubServer> started = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            started.add(instance("i" + i));
        }
        return started;
    }

    private static Instancer fixed(List<StubServer> servers) {
        return Instancer.fixed(servers.stream().map(StubServer::uri).toArray(URI[]::new));
    }

    private static ClientRequest get() {
        return ClientRequest.of("GET", "/who").idempotent(true);
    }

    private static ClientRequest post() {
        return ClientRequest.of("POST", "/who").idempotent(false).body("{}".getBytes(UTF_8));
    }

    private static Who call(HttpClientTransport transport, ClientRequest request) throws Exception {
        return transport.call(Context.background(), request, WHO, ClientErrors.NONE);
    }

    private static List<Integer> hits(List<StubServer> servers) {
        return servers.stream().map(StubServer::hits).toList();
    }

    @Test
    void roundRobinGivesEachInstanceItsShare() throws Exception {
        List<StubServer> three = instances(3);
        HttpClientTransport transport = HttpClientTransport.builder(fixed(three)).build();

        for (int i = 0; i < CALLS; i++) {
            call(transport, get());
        }

        assertThat(hits(three)).allSatisfy(hits -> assertThat(hits).isBetween(99, 101));
        assertThat(hits(three).stream().mapToInt(Integer::intValue).sum()).isEqualTo(CALLS);
    }

    @Test
    void roundRobinTakesTheInstancesInTurn() throws Exception {
        List<StubServer> three = instances(3);
        HttpClientTransport transport = HttpClientTransport.builder(fixed(three)).build();

        List<String> order = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            order.add(call(transport, get()).name());
        }

        assertThat(order).containsExactly("i0", "i1", "i2", "i0", "i1", "i2");
    }

    @Test
    void roundRobinStaysEvenUnderConcurrentCalls() throws Exception {
        List<StubServer> three = instances(3);
        HttpClientTransport transport = HttpClientTransport.builder(fixed(three)).build();
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            List<Future<Who>> answers = new ArrayList<>();
            for (int i = 0; i < CALLS; i++) {
                answers.add(callers.submit(() -> call(transport, get())));
            }
            for (Future<Who> answer : answers) {
                answer.get(10, TimeUnit.SECONDS);
            }
        } finally {
            callers.shutdownNow();
        }

        assertThat(hits(three)).allSatisfy(hits -> assertThat(hits).isBetween(99, 101));
    }

    @Test
    void randomReachesEveryInstance() throws Exception {
        List<StubServer> three = instances(3);
        HttpClientTransport transport = HttpClientTransport.builder(fixed(three)).balancer(Balancer.random()).build();

        for (int i = 0; i < CALLS; i++) {
            call(transport, get());
        }

        assertThat(hits(three)).allSatisfy(hits -> assertThat(hits).isPositive());
        assertThat(hits(three).stream().mapToInt(Integer::intValue).sum()).isEqualTo(CALLS);
    }

    @Test
    void changingTheInstancesRedirectsTheNextCalls() throws Exception {
        List<StubServer> three = instances(3);
        MutableInstancer instancer = new MutableInstancer(List.of(three.get(0).uri()));
        HttpClientTransport transport = HttpClientTransport.builder(instancer).build();

        for (int i = 0; i < 10; i++) {
            call(transport, get());
        }
        instancer.set(List.of(three.get(1).uri(), three.get(2).uri()));
        for (int i = 0; i < 10; i++) {
            call(transport, get());
        }
        instancer.set(List.of(three.get(0).uri()));
        call(transport, get());

        assertThat(hits(three)).containsExactly(11, 5, 5);
    }

    @Test
    void changingTheInstancesWhileCallsAreRunningLosesNoCall() throws Exception {
        List<StubServer> three = instances(3);
        MutableInstancer instancer = new MutableInstancer(List.of(three.get(0).uri()));
        HttpClientTransport transport = HttpClientTransport.builder(instancer).build();
        ExecutorService callers = Executors.newFixedThreadPool(3);
        try {
            List<Future<Who>> answers = new ArrayList<>();
            for (int i = 0; i < CALLS; i++) {
                answers.add(callers.submit(() -> call(transport, get())));
                if (i == CALLS / 3) {
                    instancer.set(List.of(three.get(1).uri()));
                } else if (i == 2 * CALLS / 3) {
                    instancer.set(List.of(three.get(2).uri()));
                }
            }
            for (Future<Who> answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS)).isNotNull();
            }
        } finally {
            callers.shutdownNow();
        }
        int lastBefore = three.get(2).hits();
        call(transport, get());

        assertThat(hits(three).stream().mapToInt(Integer::intValue).sum()).isEqualTo(CALLS + 1);
        assertThat(three.get(2).hits()).isEqualTo(lastBefore + 1);
    }

    @Test
    void callsGoOnWhenAnInstanceStops() throws Exception {
        List<StubServer> three = instances(3);
        HttpClientTransport transport = HttpClientTransport.builder(fixed(three)).maxAttempts(3).build();
        for (int i = 0; i < 30; i++) {
            call(transport, get());
        }
        three.get(1).close();
        List<Integer> before = hits(three);

        for (int i = 0; i < CALLS; i++) {
            assertThat(call(transport, get()).name()).isIn("i0", "i2");
            assertThat(call(transport, post()).name()).isIn("i0", "i2");
        }

        assertThat(three.get(1).hits()).isEqualTo(before.get(1));
        assertThat(three.get(0).hits() - before.get(0) + three.get(2).hits() - before.get(2)).isEqualTo(2 * CALLS);
    }

    @Test
    void liveInstancesShareTheLoadEvenlyWhenAnInstanceStops() throws Exception {
        List<StubServer> three = instances(3);
        HttpClientTransport transport = HttpClientTransport.builder(fixed(three)).maxAttempts(3).build();
        for (int i = 0; i < 30; i++) {
            call(transport, get());
        }
        three.get(1).close();
        List<Integer> before = hits(three);

        for (int i = 0; i < CALLS; i++) {
            call(transport, get());
        }

        List<Integer> shares = List.of(three.get(0).hits() - before.get(0), three.get(2).hits() - before.get(2));
        assertThat(shares).as("calls each live instance got")
                .allSatisfy(share -> assertThat(share).isBetween(135, 165));
    }

    @Test
    void aRefusedConnectionIsNotRetriedBeyondMaxAttempts() throws Exception {
        List<StubServer> two = instances(2);
        URI stopped = two.get(0).uri();
        two.get(0).close();
        HttpClientTransport transport = HttpClientTransport.builder(Instancer.fixed(stopped, two.get(1).uri()))
                .maxAttempts(1)
                .build();

        HttpClientException thrown = catchThrowableOfType(HttpClientException.class, () -> call(transport, post()));

        assertThat(thrown.answered()).isFalse();
        assertThat(two.get(1).hits()).isZero();
    }

    @Test
    void aNonIdempotentRequestWhoseConnectionFailsAfterSendingIsNotRetried() throws Exception {
        RawServer hangingUp = RawServer.hangingUpAfterTheRequest();
        servers.add(hangingUp);
        StubServer healthy = instance("healthy");
        HttpClientTransport transport = HttpClientTransport.builder(Instancer.fixed(hangingUp.uri(), healthy.uri()))
                .maxAttempts(3)
                .build();

        HttpClientException thrown = catchThrowableOfType(HttpClientException.class, () -> call(transport, post()));

        assertThat(thrown.answered()).isFalse();
        assertThat(thrown.timedOut()).isFalse();
        assertThat(thrown).hasCauseInstanceOf(IOException.class);
        assertThat(healthy.hits()).isZero();
        assertThat(hangingUp.connectionsAfterAtMost(1, Duration.ofSeconds(1))).isEqualTo(1);
    }

    @Test
    void anIdempotentRequestWhoseConnectionFailsAfterSendingGoesToAnotherInstance() throws Exception {
        RawServer hangingUp = RawServer.hangingUpAfterTheRequest();
        servers.add(hangingUp);
        StubServer healthy = instance("healthy");
        HttpClientTransport transport = HttpClientTransport.builder(Instancer.fixed(hangingUp.uri(), healthy.uri()))
                .maxAttempts(3)
                .build();

        Who who = call(transport, ClientRequest.of("PUT", "/who").idempotent(true).body("{}".getBytes(UTF_8)));

        assertThat(who.name()).isEqualTo("healthy");
        assertThat(hangingUp.connections()).isEqualTo(1);
        assertThat(healthy.hits()).isEqualTo(1);
    }

    @Test
    @Disabled("KNOWN LIMITATION of java.net.http: the JDK HttpClient itself sends a GET again when its connection closes before any answer "
            + "(MultiExchange's ConnectionExpiredException retry), under the transport's own retries: a GET marked "
            + "not idempotent is sent twice")
    void aNonIdempotentGetWhoseConnectionFailsAfterSendingIsSentOnce() throws Exception {
        RawServer hangingUp = RawServer.hangingUpAfterTheRequest();
        servers.add(hangingUp);
        HttpClientTransport transport = HttpClientTransport.builder(hangingUp.uri()).maxAttempts(3).build();

        catchThrowableOfType(HttpClientException.class,
                () -> call(transport, ClientRequest.of("GET", "/who").idempotent(false)));

        assertThat(hangingUp.connectionsAfterAtMost(2, Duration.ofMillis(500))).isEqualTo(1);
    }

    @Test
    @Disabled("KNOWN LIMITATION of java.net.http: the JDK HttpClient itself sends a GET again when its connection closes before any answer "
            + "(MultiExchange's ConnectionExpiredException retry), under the transport's own retries: with "
            + "maxAttempts 3 an idempotent GET is sent 6 times")
    void anIdempotentGetIsSentAtMostMaxAttemptsTimes() throws Exception {
        RawServer hangingUp = RawServer.hangingUpAfterTheRequest();
        servers.add(hangingUp);
        HttpClientTransport transport = HttpClientTransport.builder(hangingUp.uri()).maxAttempts(3).build();

        catchThrowableOfType(HttpClientException.class, () -> call(transport, get()));

        assertThat(hangingUp.connectionsAfterAtMost(6, Duration.ofMillis(500))).isEqualTo(3);
    }

    @Test
    void anIdempotentRequestIsSentAtMostMaxAttemptsTimes() throws Exception {
        RawServer hangingUp = RawServer.hangingUpAfterTheRequest();
        servers.add(hangingUp);
        HttpClientTransport transport = HttpClientTransport.builder(hangingUp.uri()).maxAttempts(3).build();

        HttpClientException thrown = catchThrowableOfType(HttpClientException.class,
                () -> call(transport, ClientRequest.of("PUT", "/who").idempotent(true).body("{}".getBytes(UTF_8))));

        assertThat(thrown.answered()).isFalse();
        assertThat(hangingUp.connectionsAfterAtMost(3, Duration.ofSeconds(1))).isEqualTo(3);
    }

    @Test
    void aTimedOutRequestIsNotRetriedOnAnotherInstance() throws Exception {
        RawServer silent = RawServer.neverAnswering();
        servers.add(silent);
        StubServer healthy = instance("healthy");
        HttpClientTransport transport = HttpClientTransport.builder(Instancer.fixed(silent.uri(), healthy.uri()))
                .timeout(Duration.ofMillis(300))
                .build();

        HttpClientException thrown = catchThrowableOfType(HttpClientException.class, () -> call(transport, get()));

        assertThat(thrown.timedOut()).isTrue();
        assertThat(healthy.hits()).isZero();
    }

    @Test
    void anAnsweredErrorIsNotRetriedOnAnotherInstance() throws Exception {
        StubServer failing = StubServer.json(503, "{\"error\":\"overloaded\"}");
        servers.add(failing);
        StubServer healthy = instance("healthy");
        HttpClientTransport transport = HttpClientTransport.builder(Instancer.fixed(failing.uri(), healthy.uri()))
                .build();

        HttpClientException thrown = catchThrowableOfType(HttpClientException.class, () -> call(transport, get()));

        assertThat(thrown.status()).isEqualTo(503);
        assertThat(healthy.hits()).isZero();
    }
}
