package dev.javakit.sd.etcd;

import dev.javakit.concurrent.Threads;
import dev.javakit.sd.Instancer;
import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import io.etcd.jetcd.KeyValue;
import io.etcd.jetcd.Watch;
import io.etcd.jetcd.kv.GetResponse;
import io.etcd.jetcd.options.GetOption;
import io.etcd.jetcd.options.WatchOption;
import io.etcd.jetcd.watch.WatchEvent;
import io.etcd.jetcd.watch.WatchResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The instances registered in etcd v3 under a key prefix, kept live by a watch, like Go kit's
 * {@code etcdv3.Instancer}: each key's value is an instance's {@code host:port}, listed as
 * {@code http://host:port}. An instance appears when its key is written and disappears when it is
 * deleted or its lease expires.
 *
 * <pre>{@code
 * try (EtcdInstancer instances = EtcdInstancer.builder(EtcdEndpoints.parse("http://etcd:2379"), "/services/profilesvc/").build()) {
 *     ProfileService profiles = ProfileServiceHttpClient.create(instances);
 * }
 * }</pre>
 *
 * <p>{@link #instances()} reads the list as it is now, without a call to etcd. When etcd is out of
 * reach the list stays as it was last known, and the instancer reads it anew once etcd answers
 * again, as it does when the watch falls too far behind (a compaction).
 */
public final class EtcdInstancer implements Instancer, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EtcdInstancer.class);
    private static final Duration FIRST_RETRY = Duration.ofMillis(250);
    private static final Duration MAX_RETRY = Duration.ofSeconds(5);

    private final Client client;
    private final boolean ownsClient;
    private final String prefix;
    private final String scheme;
    private final Duration timeout;
    private final ScheduledExecutorService resyncs;

    /** The list {@link #instances()} answers, replaced whole on each change. */
    private volatile List<URI> instances = List.of();

    // Guarded by this.
    private final Map<String, URI> byKey = new TreeMap<>();
    private Watch.Watcher watcher;
    /**
     * Counts reads of the prefix, so that a watch a later read replaced changes nothing. Volatile
     * besides: a watch's end is heard under jetcd's own lock, and must not wait for this one.
     */
    private volatile long generation;
    private volatile boolean closed;

    private EtcdInstancer(Builder builder) {
        this.ownsClient = builder.client == null;
        this.client = ownsClient ? EtcdEndpoints.connect(builder.endpoints) : builder.client;
        this.prefix = builder.prefix;
        this.scheme = builder.scheme;
        this.timeout = builder.timeout;
        this.resyncs = Executors.newSingleThreadScheduledExecutor(Threads.daemons("kit-etcd-instancer-"));
    }

    /**
     * Returns a builder of an instancer with its own client of the cluster at {@code endpoints},
     * closed with the instancer, watching {@code prefix}, such as {@code /services/profilesvc/}.
     */
    public static Builder builder(List<URI> endpoints, String prefix) {
        return new Builder(endpoints, null, prefix);
    }

    /** Returns a builder of an instancer using {@code client}, which stays the caller's to close. */
    public static Builder builder(Client client, String prefix) {
        return new Builder(null, Objects.requireNonNull(client, "client"), prefix);
    }

    /** Returns the registered instances, in the order of their keys; empty when there are none. */
    @Override
    public List<URI> instances() {
        return instances;
    }

    /** Stops watching, and closes the client when this instancer made it. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            generation++;
            if (watcher != null) {
                watcher.close();
                watcher = null;
            }
        }
        resyncs.shutdownNow();
        if (ownsClient) {
            client.close();
        }
    }

    /**
     * Reads every key under the prefix, then watches it from the revision read, so that no change
     * between the two is missed. Returns whether it succeeded.
     */
    private boolean sync() {
        GetResponse read;
        try {
            read = client.getKVClient().get(bytes(prefix), GetOption.builder().isPrefix(true).build())
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            String reason = e instanceof TimeoutException ? "etcd did not answer within " + timeout.toMillis() + " ms"
                    : String.valueOf(e.getCause().getMessage());
            log.atWarn().addKeyValue("prefix", prefix).addKeyValue("err", reason)
                    .log("cannot read the instances from etcd; keeping the last known and trying again");
            return false;
        }
        synchronized (this) {
            if (closed) {
                return true;
            }
            long watch = ++generation;
            if (watcher != null) {
                watcher.close();
            }
            byKey.clear();
            for (KeyValue entry : read.getKvs()) {
                put(entry);
            }
            List<URI> listed = List.copyOf(byKey.values());
            if (!listed.equals(instances)) {
                // The same object while nothing changes, as Instancer asks: an Endpointer compares it on each call.
                instances = listed;
            }
            watcher = client.getWatchClient().watch(bytes(prefix),
                    WatchOption.builder().isPrefix(true).withRevision(read.getHeader().getRevision() + 1).build(),
                    new PrefixWatch(watch));
        }
        log.atDebug().addKeyValue("prefix", prefix).addKeyValue("instances", instances).log("watching etcd");
        return true;
    }

    private void syncLater(Duration delay) {
        try {
            resyncs.schedule(() -> {
                if (!sync()) {
                    Duration doubled = delay.multipliedBy(2);
                    syncLater(doubled.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : doubled);
                }
            }, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // Closed meanwhile.
        }
    }

    private synchronized void apply(long watch, WatchResponse response) {
        if (watch != generation) {
            return;
        }
        for (WatchEvent event : response.getEvents()) {
            switch (event.getEventType()) {
                case PUT -> put(event.getKeyValue());
                case DELETE -> byKey.remove(event.getKeyValue().getKey().toString(StandardCharsets.UTF_8));
                default -> {
                    // An event type of a later etcd: it says nothing about the instances we know of.
                }
            }
        }
        publish();
    }

    private void put(KeyValue entry) {
        String key = entry.getKey().toString(StandardCharsets.UTF_8);
        String value = entry.getValue().toString(StandardCharsets.UTF_8);
        try {
            byKey.put(key, HostPort.uri(scheme, value));
        } catch (IllegalArgumentException e) {
            // Someone else's key under our prefix: skipped, and said once per write.
            byKey.remove(key);
            log.atWarn().addKeyValue("key", key).addKeyValue("value", value).log("skipping a key whose value is not host:port");
        }
    }

    private void publish() {
        List<URI> now = List.copyOf(byKey.values());
        if (!now.equals(instances)) {
            instances = now;
            // Debug, as Go kit's: a client's log is its calls', and a command-line client's is the user's.
            log.atDebug().addKeyValue("prefix", prefix).addKeyValue("instances", now).log("instances changed");
        }
    }

    private static ByteSequence bytes(String text) {
        return ByteSequence.from(text, StandardCharsets.UTF_8);
    }

    /**
     * Hears one watch. jetcd resumes a watch whose stream failed from where it was, and ends it
     * (completes it) only when it cannot: the revision was compacted, or etcd refused it. Then the
     * prefix is read again. Called on jetcd's threads, which must not block.
     */
    private final class PrefixWatch implements Watch.Listener {

        private final long watch;

        PrefixWatch(long watch) {
            this.watch = watch;
        }

        @Override
        public void onNext(WatchResponse response) {
            apply(watch, response);
        }

        @Override
        public void onError(Throwable error) {
            log.atDebug().addKeyValue("prefix", prefix).addKeyValue("err", String.valueOf(error.getMessage()))
                    .log("the etcd watch failed; it resumes");
        }

        @Override
        public void onCompleted() {
            if (closed || watch != generation) {
                return;
            }
            log.atWarn().addKeyValue("prefix", prefix).log("the etcd watch ended; reading the instances again");
            syncLater(Duration.ZERO);
        }
    }

    /** Configures an {@link EtcdInstancer}. */
    public static final class Builder {

        private final List<URI> endpoints;
        private final Client client;
        private final String prefix;
        private String scheme = "http";
        private Duration timeout = Duration.ofSeconds(3);

        private Builder(List<URI> endpoints, Client client, String prefix) {
            this.endpoints = endpoints == null ? null : EtcdEndpoints.check(endpoints);
            this.client = client;
            this.prefix = EtcdEndpoints.checkPrefix(prefix);
        }

        /** Lists instances as {@code scheme://host:port}; {@code http} by default. */
        public Builder scheme(String scheme) {
            if (!"http".equals(scheme) && !"https".equals(scheme)) {
                throw new IllegalArgumentException("the scheme must be http or https: " + scheme);
            }
            this.scheme = scheme;
            return this;
        }

        /** Gives each read of the prefix {@code timeout}; 3 s by default. */
        public Builder timeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("the timeout must be positive: " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /**
         * Reads the instances once, waiting at most the timeout, and returns the instancer watching
         * them. When etcd cannot be read yet, the list starts empty and is read as soon as it can.
         */
        public EtcdInstancer build() {
            EtcdInstancer instancer = new EtcdInstancer(this);
            if (!instancer.sync()) {
                instancer.syncLater(FIRST_RETRY);
            }
            return instancer;
        }
    }
}
