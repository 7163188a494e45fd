package dev.javakit.sd.etcd;

import static dev.javakit.sd.etcd.EtcdRegistrarTest.awaitTrue;
import static org.assertj.core.api.Assertions.assertThat;

import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import io.etcd.jetcd.options.PutOption;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link EtcdInstancer} against a real etcd: the list it reads, and the changes its watch follows. */
class EtcdInstancerTest {

    private static EtcdServer etcd;
    private static Client client;

    @BeforeAll
    static void startEtcd() throws Exception {
        etcd = EtcdServer.start();
        client = Client.builder().endpoints(etcd.endpoint()).build();
    }

    @AfterAll
    static void stopEtcd() {
        if (client != null) {
            client.close();
        }
        if (etcd != null) {
            etcd.close();
        }
    }

    @Test
    void listsWhatIsRegisteredAtStartAndFollowsWritesAndDeletes() throws Exception {
        put("/services/follows/127.0.0.1:2001", "127.0.0.1:2001");
        put("/services/follows-not/127.0.0.1:2009", "127.0.0.1:2009");
        try (EtcdInstancer instancer = EtcdInstancer.builder(etcd.endpoints(), "/services/follows/").build()) {
            assertThat(instancer.instances()).as("read when built").containsExactly(URI.create("http://127.0.0.1:2001"));

            put("/services/follows/127.0.0.1:2002", "127.0.0.1:2002");
            awaitTrue(Duration.ofSeconds(5), () -> instancer.instances().size() == 2);
            assertThat(instancer.instances())
                    .containsExactly(URI.create("http://127.0.0.1:2001"), URI.create("http://127.0.0.1:2002"));

            put("/services/follows/127.0.0.1:2001", "[::1]:2003");
            awaitTrue(Duration.ofSeconds(5), () -> instancer.instances().contains(URI.create("http://[::1]:2003")));
            assertThat(instancer.instances())
                    .containsExactly(URI.create("http://[::1]:2003"), URI.create("http://127.0.0.1:2002"));

            delete("/services/follows/127.0.0.1:2002");
            awaitTrue(Duration.ofSeconds(5), () -> instancer.instances().size() == 1);
            assertThat(instancer.instances()).containsExactly(URI.create("http://[::1]:2003"));
        }
    }

    @Test
    void skipsValuesThatAreNotHostPort() throws Exception {
        put("/services/skips/a", "http://127.0.0.1:2101");
        put("/services/skips/b", "127.0.0.1");
        put("/services/skips/c", "127.0.0.1:2102");
        try (EtcdInstancer instancer = EtcdInstancer.builder(client, "/services/skips/").scheme("https").build()) {
            assertThat(instancer.instances()).containsExactly(URI.create("https://127.0.0.1:2102"));

            put("/services/skips/c", "not an address");
            awaitTrue(Duration.ofSeconds(5), () -> instancer.instances().isEmpty());
        }
    }

    @Test
    void anInstanceWhoseLeaseExpiresDisappears() throws Exception {
        long lease = client.getLeaseClient().grant(2).get(5, TimeUnit.SECONDS).getID();
        client.getKVClient().put(bytes("/services/expires/127.0.0.1:2201"), bytes("127.0.0.1:2201"),
                PutOption.builder().withLeaseId(lease).build()).get(5, TimeUnit.SECONDS);
        try (EtcdInstancer instancer = EtcdInstancer.builder(client, "/services/expires/").build()) {
            assertThat(instancer.instances()).containsExactly(URI.create("http://127.0.0.1:2201"));

            long start = System.nanoTime();
            awaitTrue(Duration.ofSeconds(6), () -> instancer.instances().isEmpty());
            System.out.printf("an instance whose lease of 2 s was not renewed left the list %d ms later%n",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        }
    }

    @Test
    void followsARegistrarWithinMilliseconds() throws Exception {
        try (EtcdInstancer instancer = EtcdInstancer.builder(client, "/services/pair/").build();
                EtcdRegistrar registrar = EtcdRegistrar.builder(client, "/services/pair/").build()) {
            assertThat(instancer.instances()).isEmpty();

            long start = System.nanoTime();
            registrar.register("127.0.0.1:2301");
            awaitTrue(Duration.ofSeconds(1), () -> instancer.instances().equals(List.of(URI.create("http://127.0.0.1:2301"))));
            long registered = System.nanoTime() - start;

            start = System.nanoTime();
            registrar.deregister();
            awaitTrue(Duration.ofSeconds(1), () -> instancer.instances().isEmpty());
            long deregistered = System.nanoTime() - start;
            System.out.printf("listed %.1f ms after register() began, gone %.1f ms after deregister() began%n",
                    registered / 1e6, deregistered / 1e6);
        }
    }

    @Test
    void startsEmptyWhenEtcdIsDownAndListsOnceItIsUp() throws Exception {
        int port = EtcdServer.freePort();
        EtcdServer late = null;
        try (EtcdInstancer instancer = EtcdInstancer.builder(List.of(URI.create("http://127.0.0.1:" + port)), "/services/late/")
                .timeout(Duration.ofMillis(500)).build()) {
            assertThat(instancer.instances()).isEmpty();

            late = EtcdServer.start(port);
            try (Client lateClient = Client.builder().endpoints(late.endpoint()).build()) {
                lateClient.getKVClient().put(bytes("/services/late/127.0.0.1:2401"), bytes("127.0.0.1:2401"))
                        .get(5, TimeUnit.SECONDS);
                awaitTrue(Duration.ofSeconds(10), () -> !instancer.instances().isEmpty());
                assertThat(instancer.instances()).containsExactly(URI.create("http://127.0.0.1:2401"));
            }
        } finally {
            if (late != null) {
                late.close();
            }
        }
    }

    private static void put(String key, String value) throws Exception {
        client.getKVClient().put(bytes(key), bytes(value)).get(5, TimeUnit.SECONDS);
    }

    private static void delete(String key) throws Exception {
        client.getKVClient().delete(bytes(key)).get(5, TimeUnit.SECONDS);
    }

    private static ByteSequence bytes(String text) {
        return ByteSequence.from(text, StandardCharsets.UTF_8);
    }
}
