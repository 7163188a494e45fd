package dev.javakit.sd;

import java.net.URI;
import java.util.List;

/**
 * Where the instances of a remote service are, like Go kit's {@code sd.Instancer}: a fixed list
 * today, a discovery registry later. The list may change while clients use it; each call reads it
 * afresh.
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
