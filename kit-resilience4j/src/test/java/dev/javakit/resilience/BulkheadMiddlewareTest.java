package dev.javakit.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.javakit.context.Context;
import dev.javakit.endpoint.Endpoint;
import dev.javakit.endpoint.EndpointInfo;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BulkheadMiddlewareTest {

    private static final EndpointInfo GET = new EndpointInfo("svc", "get", true);
    private static final EndpointInfo LIST = new EndpointInfo("svc", "list", true);
    private static final Context CTX = Context.background();
    private static final BulkheadConfig ONE_AT_A_TIME = BulkheadConfig.custom()
            .maxConcurrentCalls(1)
            .maxWaitDuration(Duration.ZERO)
            .build();

    private final AtomicInteger calls = new AtomicInteger();
    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    /** Parks the first call until {@link #release} opens; later calls answer at once. */
    private final Endpoint<String, String> parkingFirst = (ctx, request) -> {
        if (calls.incrementAndGet() == 1) {
            entered.countDown();
            if (!release.await(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        }
        return "ok " + request;
    };

    /** Starts {@code endpoint}'s call on another thread and returns once it runs inside the endpoint. */
    private CompletableFuture<String> parked(Endpoint<String, String> endpoint) throws InterruptedException {
        CompletableFuture<String> call = CompletableFuture.supplyAsync(() -> {
            try {
                return endpoint.call(CTX, "first");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
        return call;
    }

    @Test
    void aSecondConcurrentCallFailsFastWhileTheFirstHoldsTheOnlySlot() throws Exception {
        Endpoint<String, String> bounded =
                new BulkheadMiddleware(Bulkhead.of("b", ONE_AT_A_TIME)).wrap(GET, parkingFirst);
        CompletableFuture<String> first;
        try {
            first = parked(bounded);

            assertThatThrownBy(() -> bounded.call(CTX, "second"))
                    .isInstanceOfSatisfying(OverloadedException.class, e -> {
                        assertThat(e.status()).isEqualTo(503);
                        assertThat(e.getMessage()).isEqualTo("too many concurrent calls");
                    });
            assertThat(calls).hasValue(1);
        } finally {
            release.countDown();
        }

        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("ok first");
        assertThat(bounded.call(CTX, "third")).isEqualTo("ok third");
    }

    @Test
    void aFailedCallGivesItsSlotBack() throws Exception {
        Bulkhead bulkhead = Bulkhead.of("b", ONE_AT_A_TIME);
        BulkheadMiddleware middleware = new BulkheadMiddleware(bulkhead);
        IllegalStateException failure = new IllegalStateException("boom");
        Endpoint<String, String> failing = middleware.wrap(GET, (ctx, request) -> {
            throw failure;
        });

        assertThatThrownBy(() -> failing.call(CTX, "x")).isSameAs(failure);

        assertThat(bulkhead.getMetrics().getAvailableConcurrentCalls()).isEqualTo(1);
        assertThat(middleware.wrap(LIST, (ctx, request) -> "listed").call(CTX, "x")).isEqualTo("listed");
    }

    @Test
    void perEndpointBulkheadsAreIndependent() throws Exception {
        BulkheadRegistry registry = BulkheadRegistry.of(ONE_AT_A_TIME);
        BulkheadMiddleware middleware = BulkheadMiddleware.perEndpoint(registry);
        Endpoint<String, String> get = middleware.wrap(GET, parkingFirst);
        Endpoint<String, String> list = middleware.wrap(LIST, (ctx, request) -> "listed");
        try {
            parked(get);

            assertThat(list.call(CTX, "x")).isEqualTo("listed");
            assertThatThrownBy(() -> get.call(CTX, "x")).isInstanceOf(OverloadedException.class);
        } finally {
            release.countDown();
        }
        assertThat(registry.getAllBulkheads()).extracting(Bulkhead::getName)
                .containsExactlyInAnyOrder("svc.get", "svc.list");
    }
}
