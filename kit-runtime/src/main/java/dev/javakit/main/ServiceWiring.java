package dev.javakit.main;

import dev.javakit.transport.http.HttpRoutes;
import java.io.IOException;
import java.util.List;

/** A service's own wiring, from business logic to transports, as the body of a Go kit {@code main}. */
@FunctionalInterface
public interface ServiceWiring {

    /** Wires the service on {@code setup}'s flags and registry and returns the routes that serve it. */
    List<HttpRoutes> routes(ServiceSetup setup) throws IOException;
}
