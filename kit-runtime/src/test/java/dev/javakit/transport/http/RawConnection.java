package dev.javakit.transport.http;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A client that writes exactly the bytes a test gives it and reads answers byte by byte: what a
 * hostile or unusual client does, which well-behaved HTTP clients cannot.
 */
final class RawConnection implements AutoCloseable {

    /** One response as read off the wire. */
    record Response(int status, Map<String, List<String>> headers, String body) {

        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : values.get(0);
        }

        boolean closes() {
            return "close".equalsIgnoreCase(header("connection"));
        }
    }

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    RawConnection(int port) throws IOException {
        this(port, 5000);
    }

    RawConnection(int port, int readTimeoutMillis) throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(readTimeoutMillis);
        socket.setTcpNoDelay(true);
        in = new BufferedInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    /** Sends text as ISO-8859-1 bytes, CRs and LFs exactly as written. */
    RawConnection send(String text) throws IOException {
        return send(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    RawConnection send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
        return this;
    }

    /** Stops sending, as a client does that has written its whole request: the server sees end of stream. */
    RawConnection shutdownOutput() throws IOException {
        socket.shutdownOutput();
        return this;
    }

    /** Reads one response with its body, framed by {@code Content-Length}. */
    Response read() throws IOException {
        return read(false);
    }

    /** Reads one response to a {@code HEAD} request: headers only, whatever {@code Content-Length} says. */
    Response readHead() throws IOException {
        return read(true);
    }

    private Response read(boolean headOnly) throws IOException {
        String statusLine = line();
        if (!statusLine.startsWith("HTTP/1.1 ")) {
            throw new IOException("not a status line: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String line = line(); !line.isEmpty(); line = line()) {
            int colon = line.indexOf(':');
            headers.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                    .add(line.substring(colon + 1).trim());
        }
        List<String> length = headers.get("content-length");
        byte[] body = new byte[0];
        if (!headOnly && length != null && status != 204 && status >= 200) {
            body = in.readNBytes(Integer.parseInt(length.get(0)));
        }
        return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    /**
     * Returns whether the server closed the connection cleanly (end of stream) within the read
     * timeout; false if it is still open. A reset is an exception: it would have lost any answer
     * the client had not read yet.
     */
    boolean closedByServer() throws IOException {
        try {
            return in.read() < 0;
        } catch (SocketTimeoutException e) {
            return false;
        }
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int previous = -1;
        for (int b = in.read(); ; b = in.read()) {
            if (b < 0) {
                throw new EOFException("connection closed in the middle of a response; read: " + line);
            }
            if (b == '\n' && previous == '\r') {
                byte[] bytes = line.toByteArray();
                return new String(bytes, 0, bytes.length - 1, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
            previous = b;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
