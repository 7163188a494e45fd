package dev.javakit.sd.lb;

import dev.javakit.endpoint.EndpointInfo;
import dev.javakit.sd.Instancer;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * How a client spreads its calls over instances and retries them: the balancer, the attempts and
 * the time a call may take, the retry budget, which calls may be repeated once delivered, and when
 * a failing instance is ejected. Immutable; {@link #over} makes a {@link LoadBalancer} of it.
 *
 * <p>The defaults: {@link Balancer#powerOfTwoChoices()}, at most 3 attempts within 10 s per call (or
 * the context's deadline, when nearer), retries up to 20% of calls plus 10 a second, a call that
 * may have been delivered repeated only when its endpoint is {@link EndpointInfo#idempotent()},
 * and an instance ejected for 5 s after 2 failures in a row.
 */
public final class LoadBalancing {

    private static final LoadBalancing DEFAULTS = builder().build();

    final Balancer balancer;
    final int maxAttempts;
    final Duration timeout;
    final double retryRatio;
    final double minRetriesPerSecond;
    final Predicate<EndpointInfo> retryAfterDelivery;
    final int ejectAfterFailures;
    final long ejectionNanos;

    private LoadBalancing(Builder builder) {
        this.balancer = builder.balancer;
        this.maxAttempts = builder.maxAttempts;
        this.timeout = builder.timeout;
        this.retryRatio = builder.retryRatio;
        this.minRetriesPerSecond = builder.minRetriesPerSecond;
        this.retryAfterDelivery = builder.retryAfterDelivery;
        this.ejectAfterFailures = builder.ejectAfterFailures;
        this.ejectionNanos = builder.ejection.toNanos();
    }

    /** Returns the defaults described above. */
    public static LoadBalancing defaults() {
        return DEFAULTS;
    }

    /** Returns a builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a load balancer over the instances {@code instancer} lists, whose endpoints
     * {@code factory} makes, once per instance, such as
     * {@code uri -> ProfileServiceHttpClient.endpoints(transports.build(uri))}.
     */
    public <T> LoadBalancer<T> over(Instancer instancer, Function<URI, ? extends T> factory) {
        return new LoadBalancer<>(this, instancer, factory);
    }

    /** Configures {@link LoadBalancing}. */
    public static final class Builder {

        private Balancer balancer = Balancer.powerOfTwoChoices();
        private int maxAttempts = 3;
        private Duration timeout = Duration.ofSeconds(10);
        private double retryRatio = 0.2;
        private double minRetriesPerSecond = 10;
        private Predicate<EndpointInfo> retryAfterDelivery = EndpointInfo::idempotent;
        private int ejectAfterFailures = 2;
        private Duration ejection = Duration.ofSeconds(5);

        private Builder() {
        }

        /** Picks instances with {@code balancer}; power of two choices by default. */
        public Builder balancer(Balancer balancer) {
            this.balancer = Objects.requireNonNull(balancer, "balancer");
            return this;
        }

        /** Sends a call at most {@code attempts} times, the first included; 3 by default, 1 for no retry. */
        public Builder maxAttempts(int attempts) {
            if (attempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1: " + attempts);
            }
            this.maxAttempts = attempts;
            return this;
        }

        /**
         * Gives each call at most {@code timeout}, all attempts included (less when its context's
         * deadline is nearer); 10 s by default.
         */
        public Builder timeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive: " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /**
         * Retries at most {@code ratio} of the calls (0.2: one retry for five calls) plus
         * {@code minPerSecond} a second, over all methods of the client. A call that was never
         * delivered (connection refused) is sent elsewhere without spending the budget: it put no
         * load on any instance.
         */
        public Builder retryBudget(double ratio, double minPerSecond) {
            if (!(ratio >= 0) || !(minPerSecond >= 0) || Double.isInfinite(ratio) || Double.isInfinite(minPerSecond)) {
                throw new IllegalArgumentException("retry budget must be finite and not negative: " + ratio + ", "
                        + minPerSecond);
            }
            this.retryRatio = ratio;
            this.minRetriesPerSecond = minPerSecond;
            return this;
        }

        /**
         * Repeats a call that may have reached an instance but got no answer only when
         * {@code retryable} accepts its endpoint; {@link EndpointInfo#idempotent()} by default
         * ({@code info -> true} retries everything, {@code info -> false} nothing).
         */
        public Builder retryAfterDelivery(Predicate<EndpointInfo> retryable) {
            this.retryAfterDelivery = Objects.requireNonNull(retryable, "retryable");
            return this;
        }

        /**
         * Leaves an instance out of the balance for {@code ejection} after {@code failures} calls in a
         * row got no answer from it; 2 and 5 s by default. It comes back afterwards, and one more
         * failure ejects it again until an answer shows it recovered. When every instance is ejected,
         * calls go to them all the same.
         */
        public Builder ejectAfter(int failures, Duration ejection) {
            if (failures < 1 || ejection.isNegative()) {
                throw new IllegalArgumentException("ejection needs at least 1 failure and a duration not negative: "
                        + failures + ", " + ejection);
            }
            this.ejectAfterFailures = failures;
            this.ejection = ejection;
            return this;
        }

        /** Returns the policy. */
        public LoadBalancing build() {
            return new LoadBalancing(this);
        }
    }
}
