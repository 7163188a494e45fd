package dev.javakit.sd.etcd;

import dev.javakit.concurrent.Threads;
import dev.javakit.transport.http.ServerLifecycleListener;
import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import io.etcd.jetcd.lease.LeaseKeepAliveResponse;
import io.etcd.jetcd.options.PutOption;
import io.etcd.jetcd.support.CloseableClient;
import io.grpc.stub.StreamObserver;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers a server's instance in etcd v3 while it serves, like Go kit's {@code etcdv3.Registrar}:
 * one key per instance, {@code <prefix><host:port>}, whose value is the {@code host:port} clients
 * call, attached to a short lease that this registrar keeps alive. A process that dies without
 * stopping leaves the registry when the lease expires; one that stops deregisters before its
 * listener closes; a lease lost meanwhile (etcd restarted, a partition longer than the lease) is
 * replaced and the key written again.
 *
 * <pre>{@code
 * HttpServer.builder()
 *         .lifecycleListener(EtcdRegistrar.builder(EtcdEndpoints.parse("http://etcd:2379"), "/services/profilesvc/").build())
 *         ...
 * }</pre>
 *
 * <p>As a server's lifecycle listener it registers once the server listens (the address it is
 * bound to, unless told another) and deregisters as the server begins to stop, after which it is
 * closed. It may also be driven by hand with {@link #register} and {@link #close}. etcd being out
 * of reach does not stop the server: the registrar logs it and tries again until it succeeds.
 */
public final class EtcdRegistrar implements ServerLifecycleListener, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EtcdRegistrar.class);
    private static final Duration FIRST_RETRY = Duration.ofMillis(250);

    private final Client client;
    private final boolean ownsClient;
    private final String prefix;
    private final long ttlSeconds;
    private final String advertisedAddress;
    private final Duration timeout;
    private final Duration maxRetryDelay;
    private final ScheduledExecutorService retries;

    // Guarded by this: registration, renewal and deregistration never interleave, so a stopping
    // registrar can never be registered again by a renewal in flight.
    private String key;
    private String value;
    private long leaseId;
    private CloseableClient keepAlive;
    /**
     * Counts leases and deregistrations, so that a renewal asked for by the keep-alive of a
     * replaced lease, or scheduled before a deregistration, does nothing.
     */
    private long generation;
    private boolean closed;

    private EtcdRegistrar(Builder builder) {
        this.ownsClient = builder.client == null;
        this.client = ownsClient ? EtcdEndpoints.connect(builder.endpoints) : builder.client;
        this.prefix = builder.prefix;
        this.ttlSeconds = builder.ttl.toSeconds();
        this.advertisedAddress = builder.advertisedAddress;
        this.timeout = builder.timeout;
        // A renewal as often as the keep-alive itself (a third of the lease) keeps a lost lease short.
        this.maxRetryDelay = Duration.ofMillis(Math.max(FIRST_RETRY.toMillis(), builder.ttl.toMillis() / 3));
        this.retries = Executors.newSingleThreadScheduledExecutor(Threads.daemons("kit-etcd-registrar-"));
    }

    /**
     * Returns a builder of a registrar with its own client of the cluster at {@code endpoints},
     * closed with the registrar; keys go under {@code prefix}, such as {@code /services/profilesvc/}.
     */
    public static Builder builder(List<URI> endpoints, String prefix) {
        return new Builder(endpoints, null, prefix);
    }

    /** Returns a builder of a registrar using {@code client}, which stays the caller's to close. */
    public static Builder builder(Client client, String prefix) {
        return new Builder(null, Objects.requireNonNull(client, "client"), prefix);
    }

    /** Registers the server that now listens on {@code address}, or at the advertised address. */
    @Override
    public void serverStarted(InetSocketAddress address) throws Exception {
        register(advertisedAddress != null ? advertisedAddress : HostPort.of(address));
    }

    /** Deregisters, before the server's listener closes, and closes this registrar. */
    @Override
    public void serverStopping() {
        close();
    }

    /**
     * Registers the instance at {@code hostPort}: grants a lease, writes the key under it and keeps
     * the lease alive. When etcd cannot be reached, logs it and keeps trying in the background.
     *
     * @throws IllegalStateException when already registered, or closed
     */
    public synchronized void register(String hostPort) {
        HostPort.check(hostPort);
        if (closed) {
            throw new IllegalStateException("the registrar is closed");
        }
        if (key != null) {
            throw new IllegalStateException("already registered as " + key);
        }
        key = prefix + hostPort;
        value = hostPort;
        try {
            writeUnderNewLease();
        } catch (Exception e) {
            log.atWarn().addKeyValue("key", key).addKeyValue("err", describe(e))
                    .log("cannot register in etcd yet; trying again");
            retry(generation, FIRST_RETRY);
        }
    }

    /** Returns the key this instance is registered under, or {@code null} when it is not. */
    public synchronized String key() {
        return key;
    }

    /** Returns the lease the key is attached to now, or 0 while there is none. */
    public synchronized long leaseId() {
        return leaseId;
    }

    /**
     * Deregisters, revoking the lease, which deletes the key at once (when etcd cannot be reached,
     * the key goes when the lease expires); the registrar may then register again.
     */
    public synchronized void deregister() {
        if (key == null) {
            return;
        }
        String registered = key;
        generation++;
        key = null;
        value = null;
        long lease = leaseId;
        leaseId = 0;
        if (keepAlive != null) {
            keepAlive.close();
            keepAlive = null;
        }
        if (lease == 0) {
            return;
        }
        try {
            await(client.getLeaseClient().revoke(lease));
            log.atInfo().addKeyValue("key", registered).addKeyValue("lease", Long.toHexString(lease)).log("deregistered");
        } catch (Exception e) {
            log.atWarn().addKeyValue("key", registered).addKeyValue("err", describe(e))
                    .addKeyValue("expires_in_s", ttlSeconds).log("cannot deregister; the key stays until its lease expires");
        }
    }

    /** Deregisters, stops renewing, and closes the client when this registrar made it. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            deregister();
            closed = true;
        }
        retries.shutdownNow();
        if (ownsClient) {
            client.close();
        }
    }

    /** Grants a lease, writes the key under it, and keeps it alive; the caller holds the lock. */
    private void writeUnderNewLease() throws Exception {
        long lease = await(client.getLeaseClient().grant(ttlSeconds)).getID();
        try {
            await(client.getKVClient().put(bytes(key), bytes(value), PutOption.builder().withLeaseId(lease).build()));
        } catch (Exception e) {
            client.getLeaseClient().revoke(lease);
            throw e;
        }
        long replaced = leaseId;
        leaseId = lease;
        keepAlive = client.getLeaseClient().keepAlive(lease, new LeaseWatch(++generation));
        if (replaced != 0) {
            // The key now lives on the new lease; the old one, if it still lives, holds nothing.
            client.getLeaseClient().revoke(replaced);
        }
        log.atInfo().addKeyValue("key", key).addKeyValue("lease", Long.toHexString(lease))
                .addKeyValue("ttl_s", ttlSeconds).log("registered");
    }

    /**
     * The lease is gone or its keep-alive failed, or registering failed: writes the key under a new
     * lease, unless a lease was granted or the instance deregistered since {@code expected}.
     */
    private void renew(long expected, Duration delay) {
        synchronized (this) {
            if (closed || key == null || expected != generation) {
                return;
            }
            if (keepAlive != null) {
                keepAlive.close();
                keepAlive = null;
            }
            try {
                writeUnderNewLease();
                return;
            } catch (Exception e) {
                log.atWarn().addKeyValue("key", key).addKeyValue("err", describe(e))
                        .log("cannot register in etcd; trying again");
            }
        }
        Duration doubled = delay.multipliedBy(2);
        Duration next = doubled.compareTo(FIRST_RETRY) < 0 ? FIRST_RETRY
                : doubled.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : doubled;
        retry(expected, next);
    }

    private void retry(long expected, Duration delay) {
        try {
            retries.schedule(() -> renew(expected, delay), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // Closed meanwhile: nothing left to renew.
        }
    }

    private <T> T await(CompletableFuture<T> call) throws Exception {
        try {
            return call.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new TimeoutException("etcd did not answer within " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw e;
        }
    }

    private static ByteSequence bytes(String text) {
        return ByteSequence.from(text, StandardCharsets.UTF_8);
    }

    private static String describe(Exception e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /**
     * Hears the keep-alive of one registration's lease. jetcd ends it with an error when etcd says
     * the lease is gone, and completes it when no renewal came back within the lease; either way
     * the key may be gone, so it is written again under a new lease. Called on jetcd's event loop,
     * which must not block: the renewal runs on the registrar's own thread.
     */
    private final class LeaseWatch implements StreamObserver<LeaseKeepAliveResponse> {

        private final long lease;

        LeaseWatch(long lease) {
            this.lease = lease;
        }

        @Override
        public void onNext(LeaseKeepAliveResponse response) {
        }

        @Override
        public void onError(Throwable error) {
            log.atWarn().addKeyValue("err", String.valueOf(error.getMessage()))
                    .log("the etcd lease is lost or its keep-alive failed; registering again");
            retry(lease, Duration.ZERO);
        }

        @Override
        public void onCompleted() {
            log.atWarn().log("the etcd lease was not renewed in time; registering again");
            retry(lease, Duration.ZERO);
        }
    }

    /** Configures an {@link EtcdRegistrar}. */
    public static final class Builder {

        private final List<URI> endpoints;
        private final Client client;
        private final String prefix;
        private Duration ttl = Duration.ofSeconds(10);
        private String advertisedAddress;
        private Duration timeout = Duration.ofSeconds(3);

        private Builder(List<URI> endpoints, Client client, String prefix) {
            this.endpoints = endpoints == null ? null : EtcdEndpoints.check(endpoints);
            this.client = client;
            this.prefix = EtcdEndpoints.checkPrefix(prefix);
        }

        /**
         * Sets the lease: how long a dead instance stays registered. Whole seconds, from 2 s (etcd's
         * minimum) to 60 s; 10 s by default. The lease is renewed every third of it.
         */
        public Builder ttl(Duration ttl) {
            if (ttl.toMillis() % 1000 != 0 || ttl.toSeconds() < 2 || ttl.toSeconds() > 60) {
                throw new IllegalArgumentException("the lease must be whole seconds from 2 s to 60 s: " + ttl);
            }
            this.ttl = ttl;
            return this;
        }

        /**
         * Registers {@code hostPort} rather than the address the server is bound to: the address
         * clients reach it at, behind a NAT or when it listens on every interface.
         */
        public Builder advertisedAddress(String hostPort) {
            this.advertisedAddress = HostPort.check(hostPort);
            return this;
        }

        /** Gives each call to etcd {@code timeout}; 3 s by default. */
        public Builder timeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("the timeout must be positive: " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /** Returns the registrar; it connects to etcd when it registers. */
        public EtcdRegistrar build() {
            return new EtcdRegistrar(this);
        }
    }
}
