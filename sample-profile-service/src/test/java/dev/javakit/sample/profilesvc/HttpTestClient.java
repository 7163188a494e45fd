package dev.javakit.sample.profilesvc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A loopback HTTP/1.1 client for one running profile service, with assertions on its JSON answers. */
final class HttpTestClient {

    static final String JSON_UTF8 = "application/json; charset=utf-8";

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Pattern ERROR_BODY = Pattern.compile("\\{\"error\":\"((?:[^\"\\\\]|\\\\.)*)\"}");

    /** Shared by every test: one selector thread, connections pooled per port. */
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(TIMEOUT)
            .build();

    private final int port;

    HttpTestClient(int port) {
        this.port = port;
    }

    Response get(String path) {
        return send("GET", path, null);
    }

    Response post(String path, String body) {
        return send("POST", path, body);
    }

    Response put(String path, String body) {
        return send("PUT", path, body);
    }

    Response patch(String path, String body) {
        return send("PATCH", path, body);
    }

    Response delete(String path) {
        return send("DELETE", path, null);
    }

    /** Sends any method with an optional UTF-8 body, GET and DELETE included. */
    Response send(String method, String path, String body) {
        BodyPublisher publisher = body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body);
        String description = method + " " + path + (body == null ? "" : " " + abbreviate(body));
        return send(method, path, publisher, description);
    }

    /** Sends a body from any publisher, such as raw bytes or a stream of unknown length. */
    Response send(String method, String path, BodyPublisher body, String description) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(TIMEOUT)
                .method(method, body)
                .build();
        try {
            var response = CLIENT.send(request, BodyHandlers.ofByteArray());
            return new Response(description, response.statusCode(), response.headers(), strictUtf8(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(description + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(description + " interrupted", e);
        }
    }

    /**
     * Writes {@code request} verbatim on a new connection, half-closes it and returns everything the
     * server sends until it closes or resets the connection, for requests {@link HttpClient} cannot
     * make (malformed escapes, pipelining, a declared body that is never sent).
     */
    String sendRaw(byte[] request) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), (int) TIMEOUT.toMillis());
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            try {
                OutputStream out = socket.getOutputStream();
                out.write(request);
                out.flush();
                socket.shutdownOutput();
            } catch (IOException e) {
                // The server may close early; what it answered before that is still to be read.
            }
            return readUntilClosed(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("raw request failed", e);
        }
    }

    String sendRaw(String request) {
        return sendRaw(request.getBytes(StandardCharsets.UTF_8));
    }

    private static String readUntilClosed(InputStream in) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; received.size() < 4 << 20 && (n = in.read(buffer)) > 0; ) {
                received.write(buffer, 0, n);
            }
        } catch (SocketException e) {
            // A reset ends the conversation like a close does; the tests judge what arrived.
        }
        return received.toString(StandardCharsets.UTF_8);
    }

    /** Parses the first response of {@link #sendRaw}'s answer. */
    static Response parseRaw(String description, String raw) {
        int headEnd = raw.indexOf("\r\n\r\n");
        assertThat(headEnd).as("response head of %s: %s", description, raw).isPositive();
        String[] lines = raw.substring(0, headEnd).split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).trim(), name -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).trim());
        }
        int length = Integer.parseInt(headers.getOrDefault("Content-Length", List.of("0")).get(0));
        String rest = raw.substring(headEnd + 4);
        String body = new String(Arrays.copyOf(rest.getBytes(StandardCharsets.UTF_8), length), StandardCharsets.UTF_8);
        return new Response(description, Integer.parseInt(statusLine[1]), HttpHeaders.of(headers, (name, value) -> true),
                body);
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError("response body is not UTF-8", e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "...(" + text.length() + " chars)";
    }

    /**
     * One answer of the service.
     *
     * @param request what was sent, for assertion messages
     * @param status the HTTP status
     * @param headers the response headers
     * @param body the body, decoded as UTF-8
     */
    record Response(String request, int status, HttpHeaders headers, String body) {

        /** Returns the body without the trailing newline Go's encoder writes, which the contract allows. */
        String json() {
            return body.endsWith("\n") ? body.substring(0, body.length() - 1) : body;
        }

        /** Asserts a JSON answer with exactly this status and compact body. */
        Response is(int expectedStatus, String expectedJson) {
            isJson(expectedStatus);
            assertThat(json()).as("body of %s", request).isEqualTo(expectedJson);
            return this;
        }

        /** Asserts a 200 answer of {@code {}}. */
        Response isEmptyObject() {
            return is(200, "{}");
        }

        /** Asserts an error answer {@code {"error":"<message>"}} with this status and returns the message. */
        String isError(int expectedStatus) {
            isJson(expectedStatus);
            Matcher matcher = ERROR_BODY.matcher(json());
            assertThat(matcher.matches()).as("body of %s is {\"error\":\"...\"}: %s", request, body).isTrue();
            String message = matcher.group(1);
            assertThat(message).as("error message of %s", request).isNotBlank();
            return message;
        }

        /** Asserts an error answer with this status and exact message. */
        Response isError(int expectedStatus, String expectedMessage) {
            assertThat(isError(expectedStatus)).as("error message of %s", request).isEqualTo(expectedMessage);
            return this;
        }

        private void isJson(int expectedStatus) {
            assertThat(status).as("status of %s (body %s)", request, body).isEqualTo(expectedStatus);
            assertThat(headers.allValues("Content-Type")).as("Content-Type of %s", request).containsExactly(JSON_UTF8);
        }
    }
}
