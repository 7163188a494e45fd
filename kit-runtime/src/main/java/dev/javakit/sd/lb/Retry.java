package dev.javakit.sd.lb;

import dev.javakit.context.Context;
import dev.javakit.endpoint.Endpoint;
import dev.javakit.endpoint.EndpointInfo;
import dev.javakit.transport.Delivery;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One method's endpoint over a {@link LoadBalancer}, like Go kit's {@code lb.Retry}: picks an
 * instance, calls it, and on a failure without an answer tries another while attempts, the call's
 * deadline and the retry budget allow. A request that never left goes anywhere; one that may have
 * been delivered is repeated only when the policy says its endpoint may be; an answer, error or
 * not, is final.
 */
final class Retry<T, Req, Resp> implements Endpoint<Req, Resp> {

    private final LoadBalancer<T> balancer;
    private final EndpointInfo info;
    private final Function<Instance<T>, ? extends Endpoint<Req, Resp>> select;
    private final LoadBalancing policy;

    Retry(LoadBalancer<T> balancer, EndpointInfo info, Function<Instance<T>, ? extends Endpoint<Req, Resp>> select) {
        this.balancer = balancer;
        this.info = info;
        this.select = select;
        this.policy = balancer.policy();
    }

    @Override
    public Resp call(Context ctx, Req request) throws Exception {
        Context bounded = ctx.withTimeout(policy.timeout);
        balancer.budget().deposit();
        List<Instance<T>> tried = List.of();
        Exception previous = null;
        for (int attempt = 1; ; attempt++) {
            Instance<T> instance = balancer.pick(tried);
            instance.started();
            try {
                Resp response = select.apply(instance).call(bounded, request);
                instance.answered();
                return response;
            } catch (Exception e) {
                Delivery delivery = Delivery.of(e);
                if (delivery == Delivery.ANSWERED) {
                    instance.answered();
                    throw e;
                }
                instance.failed(System.nanoTime(), policy.ejectAfterFailures, policy.ejectionNanos);
                if (previous != null) {
                    e.addSuppressed(previous);
                }
                if (!mayRetry(delivery, attempt, bounded)) {
                    throw e;
                }
                previous = e;
                if (tried.isEmpty()) {
                    tried = new ArrayList<>(policy.maxAttempts);
                }
                tried.add(instance);
            } finally {
                instance.finished();
            }
        }
    }

    private boolean mayRetry(Delivery delivery, int attempt, Context bounded) {
        if (attempt >= policy.maxAttempts || Thread.currentThread().isInterrupted()) {
            return false;
        }
        Duration remaining = bounded.remaining();
        if (remaining.isNegative() || remaining.isZero()) {
            return false;
        }
        // Never delivered: no instance did any work, so the retry costs none of the budget.
        return delivery == Delivery.NOT_DELIVERED
                || policy.retryAfterDelivery.test(info) && balancer.budget().tryWithdraw();
    }

    @Override
    public String toString() {
        return "Retry[" + info + "]";
    }
}
