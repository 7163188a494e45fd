package dev.javakit.sd.lb;

import dev.javakit.endpoint.Endpoint;
import dev.javakit.endpoint.EndpointInfo;
import dev.javakit.endpoint.Middleware;
import dev.javakit.sd.Endpointer;
import dev.javakit.sd.Instancer;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Spreads the calls of one client over the instances an {@link Instancer} lists, like Go kit's
 * {@code sd/lb}: each instance gets its own endpoints (an {@link Endpointer}), and
 * {@link #endpoint} makes one method's endpoint that picks an instance per call and retries as
 * its {@link LoadBalancing} allows. The calls in flight, the ejections and the retry budget are
 * shared by every method of the client.
 *
 * <pre>{@code
 * LoadBalancer<ProfileServiceEndpoints> balancer = LoadBalancing.defaults()
 *         .over(instancer, uri -> ProfileServiceHttpClient.endpoints(transports.build(uri)));
 * Endpoint<GetProfileRequest, GetProfileResponse> getProfile =
 *         balancer.endpoint(ProfileServiceEndpoints.GET_PROFILE, ProfileServiceEndpoints::getProfileEndpoint);
 * }</pre>
 *
 * <p>Generated clients balance every method at once ({@link #endpoints(Object, BiFunction)}):
 * {@code ProfileServiceHttpClient.create(instancer)}.
 *
 * @param <T> the endpoints of one instance, such as a generated {@code Endpoints} set
 */
public final class LoadBalancer<T> implements AutoCloseable {

    private final LoadBalancing policy;
    private final Endpointer<Instance<T>> endpointer;
    private final RetryBudget budget;

    LoadBalancer(LoadBalancing policy, Instancer instancer, Function<URI, ? extends T> factory) {
        this.policy = policy;
        Objects.requireNonNull(factory, "factory");
        this.endpointer = new Endpointer<>(instancer, uri -> new Instance<>(uri, factory.apply(uri)));
        this.budget = new RetryBudget(policy.retryRatio, policy.minRetriesPerSecond);
    }

    /**
     * Returns the endpoint of the method {@code info} names: each call goes to the endpoint
     * {@code select} takes from a picked instance's, such as {@code ProfileServiceEndpoints::getProfileEndpoint}.
     */
    public <Req, Resp> Endpoint<Req, Resp> endpoint(EndpointInfo info,
            Function<? super T, ? extends Endpoint<Req, Resp>> select) {
        Objects.requireNonNull(select, "select");
        return new Retry<>(this, Objects.requireNonNull(info, "info"), instance -> select.apply(instance.endpoints()));
    }

    /**
     * Returns a whole endpoint set whose every endpoint is balanced, with no code per method: an
     * endpoint set's {@code with(Middleware)} wraps {@code shape}'s endpoints, each named by its
     * {@link dev.javakit.endpoint.EndpointInfo}, into one that sends the call to the endpoint of the
     * same name of a picked instance. {@code shape} only gives the set its form; its own endpoints
     * are never called.
     *
     * <pre>{@code
     * ProfileServiceEndpoints balanced = balancer.endpoints(shape, ProfileServiceEndpoints::with);
     * }</pre>
     */
    public T endpoints(T shape, BiFunction<? super T, Middleware, ? extends T> with) {
        Objects.requireNonNull(with, "with");
        return with.apply(Objects.requireNonNull(shape, "shape"), new Middleware() {
            @Override
            public <Req, Resp> Endpoint<Req, Resp> wrap(EndpointInfo info, Endpoint<Req, Resp> unused) {
                return new Retry<>(LoadBalancer.this, info, instance -> sameType(unused, instance.endpoint(info, with)));
            }
        });
    }

    /**
     * Returns {@code found} as the type of {@code like}: both are the endpoint one endpoint set's
     * {@code with} names {@code info}, so they have the same request and response types.
     */
    @SuppressWarnings("unchecked")
    private static <Req, Resp> Endpoint<Req, Resp> sameType(Endpoint<Req, Resp> like, Endpoint<?, ?> found) {
        return (Endpoint<Req, Resp>) found;
    }

    /** Returns the instances in the balance now, ejected ones included. */
    public List<Instance<T>> instances() {
        return endpointer.endpoints();
    }

    LoadBalancing policy() {
        return policy;
    }

    RetryBudget budget() {
        return budget;
    }

    /**
     * Picks among the instances not ejected and not yet tried by this call; when none is left,
     * among the untried ones, and then among all: a call is better sent to a doubtful instance
     * than not at all.
     */
    Instance<T> pick(List<Instance<T>> tried) {
        List<Instance<T>> all = endpointer.endpoints();
        if (all.isEmpty()) {
            throw new NoInstanceException("no instance to call");
        }
        long now = System.nanoTime();
        if (tried.isEmpty() && noneEjected(all, now)) {
            return policy.balancer.pick(all);
        }
        List<Instance<T>> untried = new ArrayList<>(all.size());
        List<Instance<T>> healthy = new ArrayList<>(all.size());
        for (Instance<T> instance : all) {
            if (!tried.contains(instance)) {
                untried.add(instance);
                if (!instance.isEjected(now)) {
                    healthy.add(instance);
                }
            }
        }
        return policy.balancer.pick(!healthy.isEmpty() ? healthy : !untried.isEmpty() ? untried : all);
    }

    private static boolean noneEjected(List<? extends Instance<?>> instances, long now) {
        for (Instance<?> instance : instances) {
            if (instance.isEjected(now)) {
                return false;
            }
        }
        return true;
    }

    /** Closes the endpoints of every instance. */
    @Override
    public void close() {
        endpointer.close();
    }
}
