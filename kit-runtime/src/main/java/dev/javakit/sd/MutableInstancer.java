package dev.javakit.sd;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/** An instancer whose list is replaced as instances come and go, by hand or by a registry watcher. */
public final class MutableInstancer implements Instancer {

    private volatile List<URI> instances;

    /** Creates the instancer with its first list. */
    public MutableInstancer(List<URI> instances) {
        set(instances);
    }

    /** Replaces the list; calls in flight keep the instance they picked. */
    public void set(List<URI> instances) {
        this.instances = List.copyOf(Objects.requireNonNull(instances, "instances"));
    }

    @Override
    public List<URI> instances() {
        return instances;
    }
}
