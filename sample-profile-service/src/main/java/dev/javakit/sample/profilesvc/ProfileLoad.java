package dev.javakit.sample.profilesvc;

import dev.javakit.endpoint.Endpoint;
import dev.javakit.endpoint.EndpointInfo;
import dev.javakit.endpoint.Middleware;
import dev.javakit.sd.Instancer;
import dev.javakit.sd.lb.LoadBalancer;
import dev.javakit.sd.lb.LoadBalancing;
import dev.javakit.transport.TransportFailure;
import dev.javakit.transport.http.client.HttpClientTransport;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Idempotent load on the profile service over every instance an {@link Instancer} lists, the CLI's
 * {@code load} command: workers PUT profiles (create or replace: idempotent, so the load balancer
 * may send one again to another instance), as fast as answers come, while a
 * watcher prints, every interval, the calls, the failed ones and which instance answered, and, as
 * they happen, the instances that join and leave the list.
 *
 * <p>A call fails when no instance answered it, after the load balancer's retries; an attempt that
 * got no answer from one instance and was retried on another is counted apart. PUT rather than a
 * read: each instance keeps its profiles in its own memory, so a GET would often meet "not found".
 */
final class ProfileLoad implements AutoCloseable {

    private static final Duration WATCH_PERIOD = Duration.ofMillis(10);

    private final Instancer instances;
    private final PrintStream out;
    private final Duration interval;
    private final LoadBalancer<ProfileServiceEndpoints> balancer;
    private final ProfileService profiles;
    private final Map<URI, Tally> tallies = new ConcurrentHashMap<>();
    private final LongAdder calls = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final AtomicLong slowestNanos = new AtomicLong();
    private final List<Thread> threads = new ArrayList<>();
    private final Set<Tally> firstAnswersReported = ConcurrentHashMap.newKeySet();
    private final long start = System.nanoTime();
    private volatile boolean stopping;
    private volatile String firstFailure;

    /** What one instance got: answers and failed attempts, and when it was listed, answered and left. */
    static final class Tally {
        final long listedNanos;
        final boolean fromStart;
        final LongAdder answers = new LongAdder();
        final LongAdder failedAttempts = new LongAdder();
        final AtomicLong firstCallNanos = new AtomicLong();
        final AtomicLong firstAnswerNanos = new AtomicLong();
        final AtomicLong firstFailedAttemptNanos = new AtomicLong();
        final AtomicLong lastFailedAttemptNanos = new AtomicLong();
        volatile long leftNanos;

        Tally(long listedNanos, boolean fromStart) {
            this.listedNanos = listedNanos;
            this.fromStart = fromStart;
        }
    }

    private ProfileLoad(Instancer instances, int concurrency, Duration interval, PrintStream out) {
        this.instances = instances;
        this.interval = interval;
        this.out = out;
        HttpClientTransport.Builder transports = HttpClientTransport.builder();
        LoadBalancing policy = LoadBalancing.builder().timeout(Duration.ofSeconds(5)).build();
        // One endpoint set per instance, as the generated client makes them, each counting what its instance answers.
        this.balancer = policy.over(instances,
                uri -> ProfileServiceHttpClient.endpoints(transports.build(uri)).with(counting(uri)));
        this.profiles = balancer.endpoints(ProfileServiceHttpClient.endpoints(transports.build()), ProfileServiceEndpoints::with);
        for (int worker = 0; worker < concurrency; worker++) {
            threads.add(daemon("load-" + worker, work("load-" + worker)));
        }
        threads.add(daemon("load-watch", this::watch));
        for (URI uri : instances.instances()) {
            tallies.put(uri, new Tally(System.nanoTime(), true));
        }
    }

    private static Thread daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    /** Starts {@code concurrency} workers and the watcher, which prints to {@code out} every {@code interval}. */
    static ProfileLoad start(Instancer instances, int concurrency, Duration interval, PrintStream out) {
        if (concurrency < 1 || concurrency > 1024) {
            throw new IllegalArgumentException("concurrency must be 1 to 1024: " + concurrency);
        }
        ProfileLoad load = new ProfileLoad(instances, concurrency, interval, out);
        out.printf("load: %d workers PUTting profiles over %d instances: %s%n", concurrency,
                instances.instances().size(), names(instances.instances()));
        load.threads.forEach(Thread::start);
        return load;
    }

    private Middleware counting(URI uri) {
        Tally tally = tally(uri);
        return new Middleware() {
            @Override
            public <Req, Resp> Endpoint<Req, Resp> wrap(EndpointInfo info, Endpoint<Req, Resp> next) {
                return (ctx, request) -> {
                    if (tally.firstCallNanos.get() == 0) {
                        tally.firstCallNanos.compareAndSet(0, System.nanoTime());
                    }
                    try {
                        Resp response = next.call(ctx, request);
                        answered(tally);
                        return response;
                    } catch (Exception e) {
                        if (e instanceof TransportFailure) {
                            tally.failedAttempts.increment();
                            long now = System.nanoTime();
                            tally.firstFailedAttemptNanos.compareAndSet(0, now);
                            tally.lastFailedAttemptNanos.accumulateAndGet(now, Math::max);
                        } else {
                            answered(tally); // the service's own error: an answer all the same
                        }
                        throw e;
                    }
                };
            }
        };
    }

    private static void answered(Tally tally) {
        tally.answers.increment();
        if (tally.firstAnswerNanos.get() == 0) {
            tally.firstAnswerNanos.compareAndSet(0, System.nanoTime());
        }
    }

    /** Returns the tally of {@code uri}, a new one when it is new to the list or back after leaving it. */
    private Tally tally(URI uri) {
        return tallies.compute(uri, (key, known) -> known == null || known.leftNanos != 0 ? new Tally(System.nanoTime(), false) : known);
    }

    private Runnable work(String prefix) {
        return () -> {
            for (long n = 0; !stopping; n++) {
                String id = prefix + "-" + (n % 100);
                Profile profile = new Profile(id, "Load " + n, List.of());
                call(() -> profiles.putProfile(id, profile));
            }
        };
    }

    /** One call through the balancer, counted. */
    private void call(Call call) {
        long began = System.nanoTime();
        try {
            call.run();
        } catch (Exception e) {
            failed.increment();
            if (firstFailure == null) {
                firstFailure = e.toString();
            }
        } finally {
            calls.increment();
            slowestNanos.accumulateAndGet(System.nanoTime() - began, Math::max);
        }
    }

    /** A call of the service. */
    @FunctionalInterface
    private interface Call {
        void run() throws Exception;
    }

    /** Prints a line every interval and each change of the list as it is seen. */
    private void watch() {
        Set<URI> listed = new HashSet<>(tallies.keySet());
        long nextReport = start + interval.toNanos();
        long reportedCalls = 0;
        long reportedFailed = 0;
        Map<URI, Long> reportedAnswers = new TreeMap<>();
        Map<URI, Long> reportedFailedAttempts = new TreeMap<>();
        while (!stopping) {
            Set<URI> now = new HashSet<>(instances.instances());
            for (URI joined : now) {
                if (!listed.contains(joined)) {
                    tally(joined);
                    out.printf("t=%s joined: %s (%d listed)%n", seconds(System.nanoTime()), name(joined), now.size());
                }
            }
            for (URI left : listed) {
                if (!now.contains(left)) {
                    left(left, now.size());
                }
            }
            listed = now;
            reportFirstAnswers();
            if (System.nanoTime() >= nextReport) {
                long allCalls = calls.sum();
                long allFailed = failed.sum();
                StringBuilder line = new StringBuilder(String.format("t=%s calls=%d failed=%d slowest=%dms |",
                        seconds(System.nanoTime()), allCalls - reportedCalls, allFailed - reportedFailed,
                        TimeUnit.NANOSECONDS.toMillis(slowestNanos.getAndSet(0))));
                for (Map.Entry<URI, Tally> entry : new TreeMap<>(tallies).entrySet()) {
                    long answers = entry.getValue().answers.sum();
                    long failedAttempts = entry.getValue().failedAttempts.sum();
                    Long before = reportedAnswers.put(entry.getKey(), answers);
                    Long failedBefore = reportedFailedAttempts.put(entry.getKey(), failedAttempts);
                    long newAnswers = answers - (before == null ? 0 : before);
                    long newFailed = failedAttempts - (failedBefore == null ? 0 : failedBefore);
                    if (newAnswers > 0 || newFailed > 0 || listed.contains(entry.getKey())) {
                        line.append(' ').append(name(entry.getKey())).append('=').append(newAnswers);
                        if (newFailed > 0) {
                            line.append(" (").append(newFailed).append(" attempts failed, retried)");
                        }
                    }
                }
                out.println(line);
                reportedCalls = allCalls;
                reportedFailed = allFailed;
                nextReport += interval.toNanos();
            }
            try {
                Thread.sleep(WATCH_PERIOD.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void reportFirstAnswers() {
        for (Map.Entry<URI, Tally> entry : tallies.entrySet()) {
            Tally tally = entry.getValue();
            long first = tally.firstAnswerNanos.get();
            // An instance there from the start has nothing to report; one that joined later, how soon it got traffic.
            if (first != 0 && !tally.fromStart && firstAnswersReported.add(tally)) {
                out.printf("t=%s first answer from %s: its first call went %d ms after it was listed, answered %d ms later%n",
                        seconds(first), name(entry.getKey()), TimeUnit.NANOSECONDS.toMillis(tally.firstCallNanos.get() - tally.listedNanos),
                        TimeUnit.NANOSECONDS.toMillis(first - tally.firstCallNanos.get()));
            }
        }
    }

    private void left(URI uri, int remaining) {
        long now = System.nanoTime();
        Tally tally = tallies.get(uri);
        String why = "";
        if (tally != null) {
            tally.leftNanos = now;
            long firstFailed = tally.firstFailedAttemptNanos.get();
            if (firstFailed != 0) {
                why = String.format(", %d ms after its first failed attempt, %d ms after its last",
                        TimeUnit.NANOSECONDS.toMillis(now - firstFailed),
                        TimeUnit.NANOSECONDS.toMillis(now - tally.lastFailedAttemptNanos.get()));
            }
        }
        out.printf("t=%s left: %s (%d listed)%s%n", seconds(now), name(uri), remaining, why);
    }

    /** Stops the workers and the watcher, prints the totals, and returns the number of failed calls. */
    long stop() throws InterruptedException {
        stopping = true;
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        }
        reportFirstAnswers();
        double elapsed = (System.nanoTime() - start) / 1e9;
        long allCalls = calls.sum();
        out.printf("total: calls=%d failed=%d in %.1f s (%.0f calls/s)%n", allCalls, failed.sum(), elapsed, allCalls / elapsed);
        StringBuilder line = new StringBuilder("answered by:");
        for (Map.Entry<URI, Tally> entry : new TreeMap<>(tallies).entrySet()) {
            line.append(' ').append(name(entry.getKey())).append('=').append(entry.getValue().answers.sum());
            long failedAttempts = entry.getValue().failedAttempts.sum();
            if (failedAttempts > 0) {
                line.append(" (").append(failedAttempts).append(" attempts failed, retried)");
            }
        }
        out.println(line);
        if (firstFailure != null) {
            out.println("first failure: " + firstFailure);
        }
        return failed.sum();
    }

    /** Returns the calls made so far. */
    long calls() {
        return calls.sum();
    }

    /** Returns the calls that failed so far. */
    long failed() {
        return failed.sum();
    }

    /** Returns what {@code uri} got while it was last listed, if it was. */
    Tally tallyOf(URI uri) {
        return tallies.get(uri);
    }

    /** Stops the workers if {@link #stop} did not, and closes the connections. */
    @Override
    public void close() {
        stopping = true;
        try {
            for (Thread thread : threads) {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            balancer.close();
        }
    }

    private String seconds(long nanos) {
        return String.format("%.2fs", (nanos - start) / 1e9);
    }

    private static String name(URI uri) {
        return uri.getAuthority();
    }

    private static String names(List<URI> uris) {
        return String.join(" ", uris.stream().map(ProfileLoad::name).sorted().toList());
    }
}
