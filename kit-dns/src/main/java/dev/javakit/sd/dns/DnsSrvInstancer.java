package dev.javakit.sd.dns;

import dev.javakit.concurrent.Threads;
import dev.javakit.sd.Instancer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xbill.DNS.ExtendedResolver;
import org.xbill.DNS.Name;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TextParseException;

/**
 * The instances a DNS SRV name lists, like Go kit's {@code dnssrv.Instancer} and the way Kubernetes
 * headless services are found ({@code _http._tcp.profilesvc.default.svc.cluster.local}): each
 * record's target, resolved to its addresses, and port, as {@code http://10.1.2.3:8080}.
 *
 * <pre>{@code
 * try (DnsSrvInstancer instances = DnsSrvInstancer.builder("_http._tcp.profilesvc.default.svc.cluster.local").build()) {
 *     ProfileService profiles = ProfileServiceHttpClient.create(instances);
 * }
 * }</pre>
 *
 * <p>The name is resolved again when the answer's TTL runs out, but never more often than the
 * minimum refresh nor less often than the maximum. Priorities and weights are ignored, as Go kit
 * does (Kubernetes gives every pod the same). {@link #instances()} reads the list as it is now,
 * without a query; when the DNS server does not answer, the list stays as it was last known.
 */
public final class DnsSrvInstancer implements Instancer, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DnsSrvInstancer.class);

    private final String name;
    private final SrvLookup lookup;
    private final long minRefreshMillis;
    private final long maxRefreshMillis;
    private final ScheduledExecutorService polls;
    private volatile List<URI> instances = List.of();

    private DnsSrvInstancer(Builder builder, Resolver resolver) {
        this.name = builder.name.toString();
        this.lookup = new SrvLookup(resolver, builder.name, builder.scheme);
        this.minRefreshMillis = builder.minRefresh.toMillis();
        this.maxRefreshMillis = builder.maxRefresh.toMillis();
        this.polls = Executors.newSingleThreadScheduledExecutor(Threads.daemons("kit-dns-srv-"));
    }

    /** Returns a builder of an instancer of the SRV name {@code name}, such as {@code _http._tcp.profilesvc.example.com}. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** Returns the instances of the last answer, sorted; empty when there are none. */
    @Override
    public List<URI> instances() {
        return instances;
    }

    /** Stops polling. */
    @Override
    public void close() {
        polls.shutdownNow();
    }

    /** Resolves the name, then schedules the next resolution when the answer expires. */
    private void poll() {
        long next;
        try {
            SrvLookup.Answer answer = lookup.resolve();
            if (!answer.instances().equals(instances)) {
                instances = answer.instances();
                // Debug, as Go kit's: a client's log is its calls'.
                log.atDebug().addKeyValue("name", name).addKeyValue("instances", instances).log("instances changed");
            }
            next = Math.max(minRefreshMillis, Math.min(maxRefreshMillis, TimeUnit.SECONDS.toMillis(answer.ttlSeconds())));
        } catch (IOException | RuntimeException e) {
            log.atWarn().addKeyValue("name", name)
                    .addKeyValue("err", e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName())
                    .log("cannot resolve the SRV name; keeping the last known instances");
            next = minRefreshMillis;
        }
        try {
            polls.schedule(this::poll, next, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // Closed meanwhile.
        }
    }

    /** Configures a {@link DnsSrvInstancer}. */
    public static final class Builder {

        private final Name name;
        private InetSocketAddress resolver;
        private String scheme = "http";
        private Duration minRefresh = Duration.ofSeconds(1);
        private Duration maxRefresh = Duration.ofSeconds(30);
        private Duration timeout = Duration.ofSeconds(2);

        private Builder(String name) {
            Objects.requireNonNull(name, "name");
            try {
                this.name = Name.fromString(name, Name.root);
            } catch (TextParseException e) {
                throw new IllegalArgumentException("not a DNS name: " + name, e);
            }
        }

        /**
         * Asks the DNS server at {@code address} (such as {@code 10.96.0.10:53}); by default, the
         * servers of the machine's resolver configuration ({@code /etc/resolv.conf}).
         */
        public Builder resolver(InetSocketAddress address) {
            this.resolver = Objects.requireNonNull(address, "address");
            return this;
        }

        /** Lists instances as {@code scheme://host:port}; {@code http} by default. */
        public Builder scheme(String scheme) {
            if (!"http".equals(scheme) && !"https".equals(scheme)) {
                throw new IllegalArgumentException("the scheme must be http or https: " + scheme);
            }
            this.scheme = scheme;
            return this;
        }

        /**
         * Bounds how often the name is resolved, whatever the TTL says: at most every {@code min}
         * (also the retry delay after a failure), at least every {@code max}; 1 s and 30 s by default.
         */
        public Builder refresh(Duration min, Duration max) {
            if (min.toMillis() < 10 || max.compareTo(min) < 0) {
                throw new IllegalArgumentException("the refresh bounds must be at least 10 ms and min <= max: "
                        + min + ", " + max);
            }
            this.minRefresh = min;
            this.maxRefresh = max;
            return this;
        }

        /** Gives each DNS query {@code timeout}; 2 s by default. */
        public Builder timeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("the timeout must be positive: " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /**
         * Resolves the name once, waiting at most the timeout, and returns the instancer polling it.
         * When the name cannot be resolved yet, the list starts empty and is tried again after the
         * minimum refresh.
         */
        public DnsSrvInstancer build() {
            Resolver dns = resolver != null ? new SimpleResolver(resolver) : new ExtendedResolver();
            dns.setTimeout(timeout);
            DnsSrvInstancer instancer = new DnsSrvInstancer(this, dns);
            instancer.poll();
            return instancer;
        }
    }
}
