package dev.javakit.metrics;

import dev.javakit.errors.Outcome;
import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Times calls to a service's methods with a Micrometer {@link Timer} per method and outcome; what
 * generated metrics decorators and {@link MetricsMiddleware} call.
 *
 * <p>Timers are tagged {@code service}, {@code method}, {@code outcome} ({@code SUCCESS},
 * {@code CLIENT_ERROR}, {@code SERVER_ERROR}) and {@code exception} (the simple class name, or
 * {@code none}). The success timer is created up front, so a successful call costs one clock read
 * and one timer update.
 */
public final class ServiceMetrics {

    /** The timer name of generated metrics decorators; Prometheus shows {@code kit_service_calls_seconds}. */
    public static final String SERVICE_CALLS = "kit.service.calls";
    /** The timer name of {@link MetricsMiddleware}. */
    public static final String ENDPOINT_CALLS = "kit.endpoint.calls";

    private final MeterRegistry registry;
    private final String name;
    private final String service;
    private final Tags extraTags;

    /** Creates timers named {@code name} for the methods of {@code service}. */
    public ServiceMetrics(MeterRegistry registry, String name, String service) {
        this(registry, name, service, Tags.empty());
    }

    /** Creates timers named {@code name} for the methods of {@code service}, with more tags on each. */
    public ServiceMetrics(MeterRegistry registry, String name, String service, Tags extraTags) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.name = Objects.requireNonNull(name, "name");
        this.service = Objects.requireNonNull(service, "service");
        this.extraTags = Objects.requireNonNull(extraTags, "extraTags");
    }

    /** Creates the {@value #SERVICE_CALLS} timers of {@code service}'s methods. */
    public static ServiceMetrics forService(MeterRegistry registry, String service) {
        return new ServiceMetrics(registry, SERVICE_CALLS, service);
    }

    /** Returns the timers of one method. */
    public MethodTimer method(String method) {
        return new MethodTimer(method);
    }

    /** The timers of one method: one for successes, and one per failing exception class. */
    public final class MethodTimer {

        private final String method;
        private final Clock clock;
        private final Timer succeeded;
        /** Failure timers by exception class, then by outcome: a {@code HasStatus} exception's outcome is its own. */
        private final Map<Class<?>, Timer[]> failed = new ConcurrentHashMap<>();

        private MethodTimer(String method) {
            this.method = Objects.requireNonNull(method, "method");
            this.clock = registry.config().clock();
            this.succeeded = timer(Outcome.SUCCESS, "none");
        }

        /** Returns the start of a call, on the registry's clock. */
        public long start() {
            return clock.monotonicTime();
        }

        /** Records a call that began at {@code start} and returned. */
        public void succeeded(long start) {
            succeeded.record(clock.monotonicTime() - start, TimeUnit.NANOSECONDS);
        }

        /** Records a call that began at {@code start} and threw {@code error}. */
        public void failed(long start, Throwable error) {
            long duration = clock.monotonicTime() - start;
            Outcome outcome = Outcome.of(error);
            Timer[] byOutcome = failed.computeIfAbsent(error.getClass(), type -> new Timer[Outcome.values().length]);
            Timer timer = byOutcome[outcome.ordinal()];
            if (timer == null) {
                // Racing threads register the same meter: the registry returns the one it has.
                timer = timer(outcome, error.getClass().getSimpleName());
                byOutcome[outcome.ordinal()] = timer;
            }
            timer.record(duration, TimeUnit.NANOSECONDS);
        }

        private Timer timer(Outcome outcome, String exception) {
            return Timer.builder(name)
                    .description("Calls to service methods")
                    .tag("service", service)
                    .tag("method", method)
                    .tag("outcome", outcome.name())
                    .tag("exception", exception.isEmpty() ? "anonymous" : exception)
                    .tags(extraTags)
                    .register(registry);
        }
    }
}
