package dev.javakit.sample.profilesvc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.javakit.sample.profilesvc.HttpTestClient.Response;
import dev.javakit.transport.http.HttpServer;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The store under concurrent requests over HTTP: nothing acknowledged is lost, nothing is created twice. */
@Timeout(60)
class ConcurrentProfilesTest {

    private static final int THREADS = 8;
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    private HttpServer server;
    private HttpTestClient http;
    private ExecutorService pool;

    @BeforeEach
    void start() throws IOException {
        server = ProfileServiceMain.start("127.0.0.1:0");
        http = new HttpTestClient(server.port());
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterEach
    void stop() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).as("client threads ended").isTrue();
        server.stop(Duration.ofSeconds(1));
    }

    @Test
    void concurrentPostsOfDistinctIdsAreAllStored() throws Exception {
        int perThread = 50;
        List<Callable<List<Integer>>> clients = IntStream.range(0, THREADS)
                .mapToObj(thread -> (Callable<List<Integer>>) () -> IntStream.range(0, perThread)
                        .mapToObj(i -> http.post("/profiles/", "{\"id\":\"t" + thread + "-" + i + "\",\"name\":\"n"
                                + i + "\"}").status())
                        .collect(Collectors.toList()))
                .collect(Collectors.toList());

        List<Integer> statuses = runAll(clients).stream().flatMap(List::stream).collect(Collectors.toList());

        assertThat(statuses).hasSize(THREADS * perThread).containsOnly(200);
        for (int thread = 0; thread < THREADS; thread++) {
            for (int i = 0; i < perThread; i++) {
                String id = "t" + thread + "-" + i;
                http.get("/profiles/" + id).is(200, "{\"profile\":{\"id\":\"" + id + "\",\"name\":\"n" + i + "\"}}");
            }
        }
    }

    @Test
    void concurrentPostsOfTheSameIdCreateItExactlyOnce() throws Exception {
        for (int round = 0; round < 5; round++) {
            String id = "same-" + round;
            CountDownLatch go = new CountDownLatch(1);
            List<Callable<Response>> clients = IntStream.range(0, THREADS)
                    .mapToObj(thread -> (Callable<Response>) () -> {
                        assertThat(go.await(10, TimeUnit.SECONDS)).isTrue();
                        return http.post("/profiles/", "{\"id\":\"" + id + "\",\"name\":\"by " + thread + "\"}");
                    })
                    .collect(Collectors.toList());
            List<Future<Response>> futures = clients.stream().map(pool::submit).collect(Collectors.toList());
            go.countDown();

            List<Response> responses = await(futures);

            Map<Integer, Long> byStatus = responses.stream()
                    .collect(Collectors.groupingBy(Response::status, Collectors.counting()));
            assertThat(byStatus).as("round %d", round).containsExactlyInAnyOrderEntriesOf(Map.of(200, 1L, 400, THREADS - 1L));
            responses.stream().filter(response -> response.status() == 400)
                    .forEach(response -> response.isError(400, "already exists"));
            int winner = IntStream.range(0, THREADS).filter(thread -> responses.get(thread).status() == 200)
                    .findFirst().orElseThrow();
            http.get("/profiles/" + id).is(200, "{\"profile\":{\"id\":\"" + id + "\",\"name\":\"by " + winner + "\"}}");
        }
    }

    @Test
    void concurrentAddressPostsToOneProfileAreAllKept() throws Exception {
        http.post("/profiles/", "{\"id\":\"p\"}").isEmptyObject();
        int perThread = 20;
        List<Callable<List<Integer>>> clients = IntStream.range(0, THREADS)
                .mapToObj(thread -> (Callable<List<Integer>>) () -> IntStream.range(0, perThread)
                        .mapToObj(i -> http.post("/profiles/p/addresses/", "{\"id\":\"a" + thread + "-" + i + "\"}")
                                .status())
                        .collect(Collectors.toList()))
                .collect(Collectors.toList());

        List<Integer> statuses = runAll(clients).stream().flatMap(List::stream).collect(Collectors.toList());

        assertThat(statuses).hasSize(THREADS * perThread).containsOnly(200);
        String addresses = http.get("/profiles/p/addresses/").json();
        for (int thread = 0; thread < THREADS; thread++) {
            for (int i = 0; i < perThread; i++) {
                assertThat(addresses).contains("{\"id\":\"a" + thread + "-" + i + "\"}");
            }
        }
        assertThat(addresses.split("\\{\"id\":", -1)).hasSize(THREADS * perThread + 1);
    }

    @Test
    void concurrentPatchesOfTheNameLoseNoConcurrentlyPostedAddress() throws Exception {
        http.post("/profiles/", "{\"id\":\"p\"}").isEmptyObject();
        int perThread = 25;
        Function<Integer, Callable<List<Integer>>> patcher = thread -> () -> IntStream.range(0, perThread)
                .mapToObj(i -> http.patch("/profiles/p", "{\"name\":\"n" + thread + "-" + i + "\"}").status())
                .collect(Collectors.toList());
        Function<Integer, Callable<List<Integer>>> poster = thread -> () -> IntStream.range(0, perThread)
                .mapToObj(i -> http.post("/profiles/p/addresses/", "{\"id\":\"a" + thread + "-" + i + "\"}").status())
                .collect(Collectors.toList());
        List<Callable<List<Integer>>> clients = new ArrayList<>();
        for (int thread = 0; thread < THREADS / 2; thread++) {
            clients.add(patcher.apply(thread));
            clients.add(poster.apply(thread));
        }

        List<Integer> statuses = runAll(clients).stream().flatMap(List::stream).collect(Collectors.toList());

        assertThat(statuses).hasSize(THREADS * perThread).containsOnly(200);
        String addresses = http.get("/profiles/p/addresses/").json();
        assertThat(addresses.split("\\{\"id\":", -1)).hasSize(THREADS / 2 * perThread + 1);
        assertThat(http.get("/profiles/p").json()).startsWith("{\"profile\":{\"id\":\"p\",\"name\":\"n");
    }

    private <T> List<T> runAll(List<Callable<T>> clients) throws InterruptedException, ExecutionException,
            TimeoutException {
        return await(clients.stream().map(pool::submit).collect(Collectors.toList()));
    }

    private static <T> List<T> await(List<Future<T>> futures) throws InterruptedException, ExecutionException,
            TimeoutException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        List<T> results = new ArrayList<>(futures.size());
        for (Future<T> future : futures) {
            results.add(future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
        }
        return results;
    }
}
