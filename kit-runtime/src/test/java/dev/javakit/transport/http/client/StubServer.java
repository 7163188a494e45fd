package dev.javakit.transport.http.client;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A well-behaved HTTP server on 127.0.0.1 answering every request with one canned response, recording what it got. */
final class StubServer implements AutoCloseable {

    /** One request as the server saw it. */
    record Seen(String method, String rawPath, String rawQuery, Headers headers, byte[] body) {

        String bodyText() {
            return new String(body, UTF_8);
        }
    }

    static {
        // As the kit's own server does: without TCP_NODELAY every loopback call waits for a delayed ACK.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final AtomicInteger hits = new AtomicInteger();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private volatile int status;
    private volatile String contentType;
    private volatile byte[] body;
    private final Map<String, String> headers = new ConcurrentHashMap<>();

    private StubServer(int status, String contentType, String body) throws IOException {
        answer(status, contentType, body);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts a server answering {@code status} with a JSON {@code body}. */
    static StubServer json(int status, String body) throws IOException {
        return new StubServer(status, "application/json; charset=utf-8", body);
    }

    /** Starts a server answering {@code status} with a body of any {@code contentType}. */
    static StubServer answering(int status, String contentType, String body) throws IOException {
        return new StubServer(status, contentType, body);
    }

    /** Changes the answer from the next request on. */
    void answer(int newStatus, String newContentType, String newBody) {
        this.status = newStatus;
        this.contentType = newContentType;
        this.body = newBody.getBytes(UTF_8);
    }

    /** Adds a response header from the next request on. */
    void header(String name, String value) {
        headers.put(name, value);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] received;
            try (InputStream in = exchange.getRequestBody()) {
                received = in.readAllBytes();
            }
            seen.add(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(), received));
            hits.incrementAndGet();
            byte[] answer = body;
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.getResponseHeaders().set("X-Stub", "yes");
            headers.forEach(exchange.getResponseHeaders()::set);
            exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            }
        }
    }

    /** Returns the base URI, such as {@code http://127.0.0.1:41234}. */
    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Returns how many requests were answered. */
    int hits() {
        return hits.get();
    }

    /** Returns the requests answered, in order. */
    List<Seen> seen() {
        return List.copyOf(seen);
    }

    /** Returns the only request answered. */
    Seen onlyRequest() {
        List<Seen> all = seen();
        if (all.size() != 1) {
            throw new AssertionError("expected one request, got " + all.size());
        }
        return all.get(0);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
