package dev.javakit.transport.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.javakit.context.Context;
import dev.javakit.endpoint.EndpointInfo;
import dev.javakit.json.JsonCodec;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Stopping loses nothing: idle connections close at once, every request the server has read is
 * answered (the last answer on each connection saying {@code Connection: close}), and only then
 * do connections close.
 */
class HttpServerShutdownTest {

    record Id(String id) {
    }

    private static final JsonCodec CODEC = JsonCodec.standard();

    private final AtomicInteger served = new AtomicInteger();
    private final CountDownLatch twoInFlight = new CountDownLatch(2);
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(Duration.ZERO);
        }
    }

    private HttpRoutes routes() {
        return HttpRoutes.builder()
                .route("GET", "/slow/{millis}", new EndpointInfo("Test", "slow"),
                        (Context ctx, Long millis) -> {
                            served.incrementAndGet();
                            twoInFlight.countDown();
                            Thread.sleep(millis);
                            return new Id("slept " + millis);
                        },
                        request -> Long.parseLong(request.pathParam("millis")),
                        CODEC.writer(Id.class)::write)
                .build();
    }

    private int start() throws IOException {
        server = HttpServer.builder().address("127.0.0.1:0").routes(routes()).build().start();
        return server.port();
    }

    private static String get(String path) {
        return "GET " + path + " HTTP/1.1\r\nHost: test\r\n\r\n";
    }

    @Test
    void idleConnectionsCloseAtOnceAndRequestsAlreadyReadAreAnswered() throws Exception {
        int port = start();
        try (RawConnection idle = new RawConnection(port);
                RawConnection busy = new RawConnection(port);
                RawConnection pipelined = new RawConnection(port)) {
            assertThat(idle.send(get("/slow/0")).read().status()).isEqualTo(200);
            // Far longer than the bound below, so "at once" is told from "after draining" even on a busy machine.
            busy.send(get("/slow/1500"));
            pipelined.send(get("/slow/400") + get("/slow/1") + get("/slow/2"));
            assertThat(twoInFlight.await(5, TimeUnit.SECONDS)).isTrue();

            long started = System.nanoTime();
            CompletableFuture<Void> stopped = CompletableFuture.runAsync(() -> server.stop(Duration.ofSeconds(10)));

            assertThat(idle.closedByServer()).as("an idle connection closes at once").isTrue();
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(1000);
            assertThat(refusesConnections(port)).isTrue();

            RawConnection.Response slow = busy.read();
            assertThat(slow.body()).isEqualTo("{\"id\":\"slept 1500\"}");
            assertThat(slow.closes()).isTrue();
            assertThat(busy.closedByServer()).isTrue();

            assertThat(pipelined.read().closes()).isFalse();
            assertThat(pipelined.read().closes()).isFalse();
            RawConnection.Response last = pipelined.read();
            assertThat(last.body()).isEqualTo("{\"id\":\"slept 2\"}");
            assertThat(last.closes()).isTrue();
            assertThat(pipelined.closedByServer()).isTrue();

            stopped.get(10, TimeUnit.SECONDS);
            // Done once drained (about 3.5 s: the 1.5 s call, then a closing connection's 2 s linger), not after the 10 s grace.
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(6000);
        }
    }

    @Test
    void stopUnderKeepAliveLoadAnswersEveryRequestTheServerRead() throws Exception {
        int port = start();
        int clients = 32;
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger cutShort = new AtomicInteger();
        List<Throwable> broken = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        CountDownLatch running = new CountDownLatch(clients);
        for (int i = 0; i < clients; i++) {
            Thread thread = new Thread(() -> {
                running.countDown();
                try (RawConnection connection = new RawConnection(port)) {
                    for (int n = 0; n < 100_000; n++) {
                        connection.send(get("/slow/2"));
                        RawConnection.Response response;
                        try {
                            response = connection.read();
                        } catch (EOFException | SocketException e) {
                            // Sent on a connection the server closed before reading from it: never read.
                            cutShort.incrementAndGet();
                            return;
                        }
                        if (response.status() != 200 || !response.body().equals("{\"id\":\"slept 2\"}")) {
                            throw new AssertionError("unexpected answer " + response);
                        }
                        answered.incrementAndGet();
                        if (response.closes()) {
                            assertThat(connection.closedByServer()).isTrue();
                            return;
                        }
                    }
                } catch (ConnectException e) {
                    // started after the listener closed
                } catch (Throwable e) {
                    synchronized (broken) {
                        broken.add(e);
                    }
                }
            }, "client-" + i);
            thread.start();
            threads.add(thread);
        }
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(500);

        server.stop(Duration.ofSeconds(5));
        for (Thread thread : threads) {
            thread.join(10_000);
        }

        assertThat(broken).isEmpty();
        assertThat(answered.get()).isPositive();
        assertThat(answered.get()).as("every request a handler saw was answered; %d sent on closing connections",
                cutShort.get()).isEqualTo(served.get());
    }

    @SuppressWarnings("try") // opened only to see whether the port refuses it
    private static boolean refusesConnections(int port) {
        try (RawConnection ignored = new RawConnection(port)) {
            return false;
        } catch (ConnectException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
