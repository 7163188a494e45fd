package dev.javakit.sd.etcd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.javakit.transport.http.HttpResponse;
import dev.javakit.transport.http.HttpRoutes;
import dev.javakit.transport.http.HttpServer;
import dev.javakit.transport.http.ServerLifecycleListener;
import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import io.etcd.jetcd.KeyValue;
import io.etcd.jetcd.options.LeaseOption;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link EtcdRegistrar} against a real etcd: the key, its lease, renewal, and deregistration on stop. */
class EtcdRegistrarTest {

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
    void registersTheHostPortUnderThePrefixOnAShortLease() throws Exception {
        try (EtcdRegistrar registrar = EtcdRegistrar.builder(etcd.endpoints(), "/services/registers/")
                .ttl(Duration.ofSeconds(7))
                .build()) {
            registrar.register("10.0.0.7:8080");

            KeyValue entry = get("/services/registers/10.0.0.7:8080");
            assertThat(entry).as("the key").isNotNull();
            assertThat(entry.getValue().toString(StandardCharsets.UTF_8)).isEqualTo("10.0.0.7:8080");
            assertThat(entry.getLease()).isEqualTo(registrar.leaseId()).isNotZero();
            long granted = client.getLeaseClient().timeToLive(entry.getLease(), LeaseOption.DEFAULT)
                    .get(5, TimeUnit.SECONDS).getGrantedTTL();
            assertThat(granted).isEqualTo(7);
        }
    }

    @Test
    void keepsTheLeaseAliveLongPastItsTtl() throws Exception {
        try (EtcdRegistrar registrar = EtcdRegistrar.builder(client, "/services/keeps/").ttl(Duration.ofSeconds(2)).build()) {
            registrar.register("127.0.0.1:1001");
            long lease = registrar.leaseId();

            Thread.sleep(3_500);

            KeyValue entry = get("/services/keeps/127.0.0.1:1001");
            assertThat(entry).as("the key, two leases later").isNotNull();
            assertThat(entry.getLease()).as("still the first lease: kept alive, not replaced").isEqualTo(lease);
        }
    }

    @Test
    void registersAgainWhenTheLeaseIsLost() throws Exception {
        try (EtcdRegistrar registrar = EtcdRegistrar.builder(client, "/services/lost/").ttl(Duration.ofSeconds(2)).build()) {
            registrar.register("127.0.0.1:1002");
            long lost = registrar.leaseId();

            // What an etcd that lost its state, or an operator, does: the lease and its key are gone.
            client.getLeaseClient().revoke(lost).get(5, TimeUnit.SECONDS);
            assertThat(get("/services/lost/127.0.0.1:1002")).isNull();

            long start = System.nanoTime();
            awaitTrue(Duration.ofSeconds(5), () -> get("/services/lost/127.0.0.1:1002") != null);
            System.out.printf("registered again %d ms after the lease was revoked%n",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            KeyValue entry = get("/services/lost/127.0.0.1:1002");
            assertThat(entry.getLease()).isNotEqualTo(lost).isEqualTo(registrar.leaseId());
            assertThat(entry.getValue().toString(StandardCharsets.UTF_8)).isEqualTo("127.0.0.1:1002");
        }
    }

    @Test
    void registersOnceEtcdCanBeReached() throws Exception {
        int port = EtcdServer.freePort();
        EtcdServer late = null;
        try (EtcdRegistrar registrar = EtcdRegistrar.builder(List.of(URI.create("http://127.0.0.1:" + port)),
                "/services/late/").ttl(Duration.ofSeconds(2)).timeout(Duration.ofMillis(500)).build()) {
            registrar.register("127.0.0.1:1003");
            assertThat(registrar.leaseId()).as("no lease while etcd is down").isZero();

            late = EtcdServer.start(port);
            try (Client lateClient = Client.builder().endpoints(late.endpoint()).build()) {
                awaitTrue(Duration.ofSeconds(10), () -> get(lateClient, "/services/late/127.0.0.1:1003") != null);
            }
        } finally {
            if (late != null) {
                late.close();
            }
        }
    }

    @Test
    void aStoppingServerLeavesTheRegistryBeforeItsListenerCloses() throws Exception {
        EtcdRegistrar registrar = EtcdRegistrar.builder(client, "/services/stops/").build();
        AtomicInteger port = new AtomicInteger();
        AtomicReference<String> seenAsStopping = new AtomicReference<>();
        HttpServer server = HttpServer.builder()
                .address("127.0.0.1:0")
                .routes(HttpRoutes.builder().route("GET", "/", (ctx, request) -> new HttpResponse(200, "text/plain", new byte[0]))
                        .build())
                .lifecycleListener(registrar)
                // Told after the registrar, as the server begins to stop: what etcd and the port say then.
                .lifecycleListener(new ServerLifecycleListener() {
                    @Override
                    public void serverStopping() {
                        boolean registered = get("/services/stops/127.0.0.1:" + port.get()) != null;
                        boolean accepting;
                        try {
                            new Socket("127.0.0.1", port.get()).close();
                            accepting = true;
                        } catch (IOException e) {
                            accepting = false;
                        }
                        seenAsStopping.set("registered=" + registered + " accepting=" + accepting);
                    }
                })
                .build()
                .start();
        port.set(server.port());
        String key = "/services/stops/127.0.0.1:" + server.port();
        assertThat(registrar.key()).isEqualTo(key);
        assertThat(get(key)).as("registered once it listens").isNotNull();

        server.close();

        assertThat(seenAsStopping.get()).isEqualTo("registered=false accepting=true");
        assertThat(get(key)).isNull();
    }

    @Test
    void rejectsWhatIsNotAHostPortAPrefixOrALease() {
        assertThatThrownBy(() -> EtcdRegistrar.builder(client, "services/x/"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must start and end with '/'");
        assertThatThrownBy(() -> EtcdRegistrar.builder(client, "/services/x/").ttl(Duration.ofMillis(1500)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole seconds from 2 s to 60 s");
        assertThatThrownBy(() -> EtcdRegistrar.builder(client, "/services/x/").ttl(Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole seconds from 2 s to 60 s");
        assertThatThrownBy(() -> EtcdRegistrar.builder(client, "/services/x/").advertisedAddress("http://a:1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("not a host:port: http://a:1");
        assertThatThrownBy(() -> EtcdRegistrar.builder(List.of(URI.create("tcp://127.0.0.1:2379")), "/services/x/"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an etcd endpoint");
        try (EtcdRegistrar registrar = EtcdRegistrar.builder(client, "/services/x/").build()) {
            assertThatThrownBy(() -> registrar.register("a:0")).hasMessage("not a host:port: a:0");
            assertThatThrownBy(() -> registrar.register("a")).hasMessage("not a host:port: a");
            assertThat(registrar.key()).isNull();
        }
    }

    private static KeyValue get(String key) {
        return get(client, key);
    }

    private static KeyValue get(Client from, String key) {
        try {
            List<KeyValue> found = from.getKVClient().get(ByteSequence.from(key, StandardCharsets.UTF_8))
                    .get(5, TimeUnit.SECONDS).getKvs();
            return found.isEmpty() ? null : found.get(0);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void awaitTrue(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("within %s", timeout).isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
