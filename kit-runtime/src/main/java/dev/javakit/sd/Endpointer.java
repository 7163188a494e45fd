package dev.javakit.sd;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an {@link Instancer}'s current instances into one set of endpoints each, like Go kit's
 * {@code sd.Endpointer}: a factory creates an instance's endpoints the first time it appears, they
 * are reused while it stays, and closed (when {@link AutoCloseable}) once it leaves.
 *
 * <p>Instancers are pulled, so the list is read on each {@link #endpoints()} call; an unchanged
 * list (the same object, or an equal one) costs one comparison. The endpoints of an instance that
 * left are closed by the first call that sees it gone, while calls already holding them finish. An
 * instance whose factory fails is logged and left out until the list changes.
 *
 * @param <T> what the factory makes of one instance, such as a generated {@code Endpoints} set
 */
public final class Endpointer<T> implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Endpointer.class);

    private record Snapshot<T>(List<URI> source, Map<URI, T> byInstance, List<T> endpoints) {
    }

    private final Instancer instancer;
    private final Function<URI, ? extends T> factory;
    private volatile Snapshot<T> current = new Snapshot<>(List.of(), Map.of(), List.of());
    private boolean closed;

    /** Creates the endpointer; {@code factory} runs once per instance, when it first appears. */
    public Endpointer(Instancer instancer, Function<URI, ? extends T> factory) {
        this.instancer = Objects.requireNonNull(instancer, "instancer");
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /** Returns the endpoints of the instances the instancer lists now, in its order, without duplicates. */
    public List<T> endpoints() {
        List<URI> instances = instancer.instances();
        Snapshot<T> snapshot = current;
        if (snapshot.source() == instances || snapshot.source().equals(instances)) {
            return snapshot.endpoints();
        }
        return update(instances);
    }

    private synchronized List<T> update(List<URI> instances) {
        Snapshot<T> previous = current;
        if (previous.source().equals(instances)) {
            return previous.endpoints();
        }
        if (closed) {
            throw new IllegalStateException("endpointer closed");
        }
        Map<URI, T> byInstance = new LinkedHashMap<>();
        for (URI instance : instances) {
            if (byInstance.containsKey(instance)) {
                continue;
            }
            T endpoints = previous.byInstance().get(instance);
            if (endpoints == null) {
                endpoints = create(instance);
            }
            if (endpoints != null) {
                byInstance.put(instance, endpoints);
            }
        }
        current = new Snapshot<>(List.copyOf(instances), Map.copyOf(byInstance), List.copyOf(byInstance.values()));
        for (Map.Entry<URI, T> left : previous.byInstance().entrySet()) {
            if (!byInstance.containsKey(left.getKey())) {
                closeQuietly(left.getKey(), left.getValue());
            }
        }
        return current.endpoints();
    }

    /** Returns the instance's endpoints, or {@code null} when the factory failed: one bad address must not stop the others. */
    private T create(URI instance) {
        try {
            return Objects.requireNonNull(factory.apply(instance), "factory returned null");
        } catch (RuntimeException e) {
            LOG.atWarn().setCause(e).addKeyValue("instance", instance)
                    .log("left out an instance whose endpoints could not be created");
            return null;
        }
    }

    /** Closes the endpoints of every instance; the endpointer returns none afterwards. */
    @Override
    public synchronized void close() {
        closed = true;
        Snapshot<T> last = current;
        current = new Snapshot<>(List.of(), Map.of(), List.of());
        last.byInstance().forEach(Endpointer::closeQuietly);
    }

    private static void closeQuietly(URI instance, Object endpoints) {
        if (endpoints instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.atWarn().setCause(e).addKeyValue("instance", instance).log("closing an instance's endpoints failed");
            }
        }
    }
}
