package dev.javakit.transport.http.client;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A misbehaving server on a raw socket: each connection it accepts is handed to a {@link Behaviour}
 * that may never answer, hang up, or answer something that is not HTTP. Public for the load
 * balancer's tests, whose retries these failures drive.
 */
public final class RawServer implements AutoCloseable {

    /** What the server does with one accepted connection. */
    @FunctionalInterface
    interface Behaviour {
        void on(Socket socket) throws IOException;
    }

    /** Bounds the connections accepted, so that a client retrying in a loop cannot keep the test running. */
    private static final int MAX_CONNECTIONS = 50;
    private static final int MAX_REQUEST_BYTES = 64 * 1024;

    private final ServerSocket socket;
    private final AtomicInteger accepted = new AtomicInteger();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    private RawServer(Behaviour behaviour) throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(() -> acceptLoop(behaviour), "raw-server-" + socket.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Starts a server that keeps every connection open and never answers. */
    public static RawServer neverAnswering() throws IOException {
        return new RawServer(connection -> readRequest(connection));
    }

    /** Starts a server that reads the whole request, then hangs up without answering. */
    public static RawServer hangingUpAfterTheRequest() throws IOException {
        return new RawServer(connection -> {
            readRequest(connection);
            connection.close();
        });
    }

    /** Starts a server that reads the whole request, waits {@code delay}, then hangs up without answering. */
    public static RawServer hangingUpAfter(Duration delay) throws IOException {
        return new RawServer(connection -> {
            readRequest(connection);
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            connection.close();
        });
    }

    /** Starts a server that reads the request and answers {@code bytes}, then hangs up. */
    public static RawServer answeringRaw(String bytes) throws IOException {
        return new RawServer(connection -> {
            readRequest(connection);
            connection.getOutputStream().write(bytes.getBytes(ISO_8859_1));
            connection.getOutputStream().flush();
            connection.close();
        });
    }

    private void acceptLoop(Behaviour behaviour) {
        while (accepted.get() < MAX_CONNECTIONS && !socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                connection.setSoTimeout((int) Duration.ofSeconds(5).toMillis());
                open.add(connection);
                accepted.incrementAndGet();
                behaviour.on(connection);
            } catch (SocketException closed) {
                return;
            } catch (IOException e) {
                // A client that gave up mid-request is what these servers exist to provoke.
            }
        }
    }

    /** Reads the head and, when it announces one, the body of one request, up to a bound. */
    static String readRequest(Socket connection) throws IOException {
        InputStream in = connection.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (head.size() < MAX_REQUEST_BYTES) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
            if (head.toString(ISO_8859_1).endsWith("\r\n\r\n")) {
                break;
            }
        }
        String text = head.toString(ISO_8859_1);
        for (String line : text.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                int length = Integer.parseInt(line.substring("content-length:".length()).trim());
                in.readNBytes(Math.min(length, MAX_REQUEST_BYTES));
            }
        }
        return text;
    }

    /** Returns the base URI, such as {@code http://127.0.0.1:41234}. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }

    /** Returns how many connections were accepted. */
    public int connections() {
        return accepted.get();
    }

    /** Waits, at most {@code timeout}, until {@code expected} connections were accepted, and returns the count. */
    public int connectionsAfterAtMost(int expected, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (accepted.get() < expected && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return accepted.get();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket connection : open) {
            connection.close();
        }
        try {
            acceptor.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
