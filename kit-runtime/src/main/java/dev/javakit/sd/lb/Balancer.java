package dev.javakit.sd.lb;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Picks the instance a call goes to, like Go kit's {@code lb.Balancer}; the {@link LoadBalancer}
 * hands it the candidates (instances not ejected and not yet tried by this call), never an empty list.
 */
public interface Balancer {

    /** Picks one of {@code candidates}, which is never empty. */
    <T> Instance<T> pick(List<Instance<T>> candidates);

    /** Returns a balancer taking the instances in turn. */
    static Balancer roundRobin() {
        AtomicLong next = new AtomicLong();
        return new Balancer() {
            @Override
            public <T> Instance<T> pick(List<Instance<T>> candidates) {
                return candidates.get((int) Math.floorMod(next.getAndIncrement(), (long) candidates.size()));
            }
        };
    }

    /** Returns a balancer picking an instance at random. */
    static Balancer random() {
        return new Balancer() {
            @Override
            public <T> Instance<T> pick(List<Instance<T>> candidates) {
                return candidates.get(ThreadLocalRandom.current().nextInt(candidates.size()));
            }
        };
    }

    /**
     * Returns a balancer that draws two instances at random and takes the one with fewer calls in
     * flight: nearly as even as the least loaded instance, without scanning them all or sending
     * every caller to the same one (Mitzenmacher's "power of two choices").
     */
    static Balancer powerOfTwoChoices() {
        return new Balancer() {
            @Override
            public <T> Instance<T> pick(List<Instance<T>> candidates) {
                int size = candidates.size();
                if (size == 1) {
                    return candidates.get(0);
                }
                ThreadLocalRandom random = ThreadLocalRandom.current();
                int first = random.nextInt(size);
                int second = random.nextInt(size - 1);
                if (second >= first) {
                    second++;
                }
                Instance<T> a = candidates.get(first);
                Instance<T> b = candidates.get(second);
                return b.outstanding() < a.outstanding() ? b : a;
            }
        };
    }
}
