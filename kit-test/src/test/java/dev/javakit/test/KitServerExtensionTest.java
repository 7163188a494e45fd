package dev.javakit.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.javakit.context.Context;
import dev.javakit.endpoint.Endpoint;
import dev.javakit.endpoint.EndpointInfo;
import dev.javakit.json.JsonCodec;
import dev.javakit.transport.http.HttpRoutes;
import dev.javakit.transport.http.HttpServer;
import dev.javakit.transport.http.client.ClientRequest;
import dev.javakit.transport.http.client.ClientErrors;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

class KitServerExtensionTest {

    private static final EndpointInfo COUNT = new EndpointInfo("Counter", "count", false);

    record Count(int calls) {
    }

    /** A service counting its calls, so that a test can tell one server from another. */
    private static HttpRoutes counter() {
        AtomicInteger calls = new AtomicInteger();
        return HttpRoutes.builder()
                .route("POST", "/count", COUNT, (Context ctx, String ignored) -> new Count(calls.incrementAndGet()),
                        request -> "", JsonCodec.standard().writer(Count.class)::write)
                .build();
    }

    /** Calls the service as a generated client would, through the extension's typed-client hook. */
    private static int count(KitServerExtension service) throws Exception {
        Endpoint<String, Count> count = service.client(transport -> (ctx, request) -> transport.call(ctx,
                ClientRequest.of("POST", "/count"), JsonCodec.standard().reader(Count.class), ClientErrors.NONE));
        return count.call(Context.background(), "").calls();
    }

    static final Set<Integer> PORTS_PER_CLASS = ConcurrentHashMap.newKeySet();

    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class OnAStaticField {

        @RegisterExtension
        static final KitServerExtension service = KitServerExtension.serve(() -> HttpServer.builder().routes(counter()));

        @Test
        @Order(1)
        void servesOnALoopbackPort(HttpServer server, URI base) throws Exception {
            assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
            assertThat(base).isEqualTo(URI.create("http://127.0.0.1:" + server.port()));
            assertThat(count(service)).isEqualTo(1);
            PORTS_PER_CLASS.add(server.port());
        }

        @Test
        @Order(2)
        void sharesOneServerWithTheWholeClass(HttpServer server) throws Exception {
            assertThat(count(service)).isEqualTo(2);
            PORTS_PER_CLASS.add(server.port());
        }

        @AfterAll
        static void oneServer() {
            assertThat(PORTS_PER_CLASS).hasSize(1);
        }
    }

    @Nested
    class OnAnInstanceField {

        @RegisterExtension
        final KitServerExtension service = KitServerExtension.start(address -> HttpServer.builder()
                .address(address).routes(counter()).build().start());

        @Test
        void givesEachTestAFreshServer() throws Exception {
            assertThat(count(service)).isEqualTo(1);
        }

        @Test
        void givesThisTestItsOwnToo() throws Exception {
            assertThat(count(service)).isEqualTo(1);
        }
    }
}
