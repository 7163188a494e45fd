package dev.javakit.sd.lb;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.javakit.transport.http.HttpResponse;
import dev.javakit.transport.http.HttpRoutes;
import dev.javakit.transport.http.HttpServer;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/** One instance of a tiny service on a real kit HTTP server on loopback: answers its name on GET, PUT and POST /who. */
final class KitInstance implements AutoCloseable {

    private final String name;
    private final AtomicInteger hits = new AtomicInteger();
    private final HttpServer server;
    private final URI uri;
    private volatile Duration delay = Duration.ZERO;

    private KitInstance(String name, String address) throws IOException {
        this.name = name;
        byte[] body = ("{\"name\":\"" + name + "\"}").getBytes(UTF_8);
        HttpRoutes.Builder routes = HttpRoutes.builder();
        for (String method : new String[] {"GET", "PUT", "POST"}) {
            routes.route(method, "/who", (ctx, request) -> {
                hits.incrementAndGet();
                Duration wait = delay;
                if (!wait.isZero()) {
                    Thread.sleep(wait.toMillis());
                }
                return HttpResponse.json(body);
            });
        }
        this.server = HttpServer.builder().address(address).routes(routes.build()).build().start();
        this.uri = URI.create("http://127.0.0.1:" + server.port());
    }

    /** Starts an instance on a free port. */
    static KitInstance start(String name) throws IOException {
        return new KitInstance(name, "127.0.0.1:0");
    }

    /** Starts an instance on {@code uri}'s port, as a restarted process would. */
    static KitInstance restartAt(String name, URI uri) throws IOException {
        return new KitInstance(name, "127.0.0.1:" + uri.getPort());
    }

    String name() {
        return name;
    }

    /** Returns the instance's base URI, which stays the same once it stopped. */
    URI uri() {
        return uri;
    }

    /** Returns how many requests the instance received. */
    int hits() {
        return hits.get();
    }

    /** Makes each answer wait {@code delay}. */
    void delay(Duration delay) {
        this.delay = delay;
    }

    /** Stops the instance at once, cutting the calls in flight, as a killed process. */
    @Override
    public void close() {
        server.stop(Duration.ZERO);
    }
}
