package dev.javakit.sd;

import java.net.URI;
import java.util.List;

/**
 * Where the instances of a remote service are, like Go kit's {@code sd.Instancer}: a fixed list,
 * or a discovery registry. The list may change while clients use it; an {@link Endpointer} reads
 * it on each call, so an implementation returns the same list object until the list changes.
 */
@FunctionalInterface
public interface Instancer {

    /** Returns the base URIs of the instances now, such as {@code http://10.0.0.7:8080}. */
    List<URI> instances();

    /** Returns an instancer of a fixed list. */
    static Instancer fixed(URI... instances) {
        List<URI> list = List.of(instances);
        if (list.isEmpty()) {
            throw new IllegalArgumentException("at least one instance is needed");
        }
        return () -> list;
    }
}
