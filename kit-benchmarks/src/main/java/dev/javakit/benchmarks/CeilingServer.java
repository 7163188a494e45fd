package dev.javakit.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.javakit.sample.profilesvc.Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ceiling of the load benchmark: what a careful person would write by hand on the same engine
 * (the JDK's {@code com.sun.net.httpserver}, TCP_NODELAY, the same executor as the kit's server)
 * to answer {@code GET /profiles/{id}} with the same JSON, and nothing else: no router, no
 * endpoint, no decorators, no metrics.
 *
 * <pre>java -cp kit-benchmarks.jar:lib/* dev.javakit.benchmarks.CeilingServer 127.0.0.1:8090</pre>
 */
public final class CeilingServer {

    private static final String PREFIX = "/profiles/";

    private CeilingServer() {
    }

    /** Serves the ceiling on the given {@code host:port}. */
    public static void main(String[] args) throws IOException {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        String[] hostPort = (args.length > 0 ? args[0] : "127.0.0.1:8090").split(":");
        Map<String, Profile> profiles = new ConcurrentHashMap<>(Map.of(Fixtures.ALICE.id(), Fixtures.ALICE));
        ObjectWriter writer = JsonMapper.builder()
                .changeDefaultPropertyInclusion(include -> include.withValueInclusion(JsonInclude.Include.NON_EMPTY))
                .build()
                .writerFor(Map.class);

        HttpServer server = HttpServer.create(new InetSocketAddress(hostPort[0], Integer.parseInt(hostPort[1])), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getRawPath();
                Profile profile = path.startsWith(PREFIX) && exchange.getRequestMethod().equals("GET")
                        ? profiles.get(path.substring(PREFIX.length()))
                        : null;
                if (profile == null) {
                    send(exchange, 404, "{\"error\":\"not found\"}".getBytes());
                } else {
                    send(exchange, 200, writer.writeValueAsBytes(Map.of("profile", profile)));
                }
            }
        });
        // The kit's server on JDK 17 runs handlers on a fixed pool of this size; on 21+ on virtual threads.
        String executor = System.getProperty("ceiling.executor", "default");
        server.setExecutor(executor.equals("dispatcher") ? null
                : Runtime.version().feature() >= 21
                ? virtualThreads()
                : Executors.newFixedThreadPool(Math.max(16, 8 * Runtime.getRuntime().availableProcessors())));
        server.start();
        System.err.println("ceiling listening on " + String.join(":", hostPort));
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static java.util.concurrent.Executor virtualThreads() {
        try {
            return (java.util.concurrent.Executor) Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
