package dev.javakit.sample.profilesvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.javakit.sd.Instancer;
import dev.javakit.sd.MutableInstancer;
import dev.javakit.transport.http.HttpServer;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The generated HTTP and JSON-RPC clients over three instances of the sample, one of which dies or leaves. */
@Timeout(60)
class BalancedClientsTest {

    private final List<HttpServer> instances = new ArrayList<>();

    @BeforeEach
    void startThreeInstances() throws IOException {
        for (int i = 0; i < 3; i++) {
            instances.add(ProfileServiceMain.start("127.0.0.1:0"));
        }
    }

    @AfterEach
    void stopInstances() {
        instances.forEach(instance -> instance.stop(Duration.ZERO));
    }

    private URI uri(int instance) {
        return URI.create("http://127.0.0.1:" + instances.get(instance).port());
    }

    private List<URI> uris() {
        return List.of(uri(0), uri(1), uri(2));
    }

    @Test
    void killingAnInstanceUnderLoadFailsNoIdempotentCallOverEitherClient() throws Exception {
        Instancer instancer = Instancer.fixed(uris().toArray(URI[]::new));
        ProfileService overHttp = ProfileServiceHttpClient.create(instancer);
        ProfileService overJsonRpc = ProfileServiceJsonRpcClient.create(instancer, "/rpc");
        AtomicInteger calls = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                ProfileService client = t % 2 == 0 ? overHttp : overJsonRpc;
                String caller = "c" + t;
                done.add(callers.submit(() -> {
                    for (int i = 0; i < 100; i++) {
                        if (calls.incrementAndGet() == 100) {
                            instances.get(1).stop(Duration.ZERO);
                        }
                        try {
                            client.putProfile(caller + i, new Profile(caller + i, "Pat", List.of()));
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

        assertThat(failures).hasValue(0);
        assertThat(calls).hasValue(400);
    }

    @Test
    void aDeclaredExceptionComesBackThroughTheBalancer() {
        Instancer instancer = Instancer.fixed(uris().toArray(URI[]::new));

        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> ProfileServiceHttpClient.create(instancer).getProfile("nobody"));
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> ProfileServiceJsonRpcClient.create(instancer, "/rpc").getProfile("nobody"));
    }

    @Test
    void anInstanceThatLeavesTheInstancerGetsNoMoreCalls() throws Exception {
        MutableInstancer instancer = new MutableInstancer(uris());
        ProfileService balanced = ProfileServiceHttpClient.create(instancer);
        ProfileService onlyTheLeaving = ProfileServiceHttpClient.create(uri(1).toString());

        instancer.set(List.of(uri(0), uri(2)));
        for (int i = 0; i < 10; i++) {
            balanced.putProfile("p" + i, new Profile("p" + i, "Pat", List.of()));
        }

        for (int i = 0; i < 10; i++) {
            String id = "p" + i;
            assertThatExceptionOfType(NotFoundException.class).as(id).isThrownBy(() -> onlyTheLeaving.getProfile(id));
        }
    }
}
