package dev.javakit.sd;

import java.net.URI;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/** Picks the instance a call goes to, like Go kit's {@code lb.Balancer}. */
@FunctionalInterface
public interface Balancer {

    /**
     * Picks one of {@code instances}, which is never empty.
     *
     * @throws IllegalArgumentException when {@code instances} is empty
     */
    URI pick(List<URI> instances);

    /** Returns a balancer taking the instances in turn. */
    static Balancer roundRobin() {
        AtomicLong next = new AtomicLong();
        return instances -> {
            requireInstances(instances);
            return instances.get((int) Math.floorMod(next.getAndIncrement(), (long) instances.size()));
        };
    }

    /** Returns a balancer picking an instance at random. */
    static Balancer random() {
        return instances -> {
            requireInstances(instances);
            return instances.get(ThreadLocalRandom.current().nextInt(instances.size()));
        };
    }

    private static void requireInstances(List<URI> instances) {
        if (instances.isEmpty()) {
            throw new IllegalArgumentException("no instance to pick from");
        }
    }
}
