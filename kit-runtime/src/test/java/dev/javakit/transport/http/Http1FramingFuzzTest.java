package dev.javakit.transport.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A structure-aware fuzzer: well-formed requests, broken in the places HTTP/1.1 parsers get wrong
 * (request line, header names and values, {@code Content-Length}, chunk sizes, line endings,
 * truncation), each sent on its own connection. Whatever the server makes of them, every answer
 * is JSON with a status that names the client's mistake, never a 500, and the connection ends
 * cleanly; the server keeps serving. The seed is fixed, so a failure replays.
 */
class Http1FramingFuzzTest {

    private static final long SEED = 20261130L;
    private static final int CASES = 2000;
    private static final Set<Integer> EXPECTED = Set.of(100, 200, 204, 400, 404, 405, 408, 413, 414, 417, 431, 501, 505);
    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.1 (\\d{3}) ");
    private static final Pattern CONTENT_TYPE = Pattern.compile("(?i)content-type: ([^\r\n]*)");
    private static final byte[] INTERESTING = " \t\r\n:%;,\0\u007f0-zZ".getBytes(StandardCharsets.ISO_8859_1);
    private static final List<String> SEEDS = List.of(
            "GET /profiles/abc?x=1 HTTP/1.1\r\nHost: test\r\nAccept: */*\r\n\r\n",
            "POST /upload HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n{\"id\":\"ab\"}",
            "POST /upload HTTP/1.1\r\nHost: test\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nabcd\r\n3;x=y\r\nefg\r\n0\r\nX-T: 1\r\n\r\n",
            "HEAD /profiles/abc HTTP/1.1\r\nHost: test\r\n\r\n",
            "OPTIONS * HTTP/1.1\r\nHost: test\r\n\r\n",
            "GET /profiles/a%20b HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");

    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.builder()
                .address("127.0.0.1:0")
                .routes(Http1ProtocolTest.routes())
                .maxRequestBodyBytes(64)
                .maxHeaderBytes(512)
                .maxRequestLineBytes(128)
                .headerReadTimeout(Duration.ofMillis(500))
                .bodyReadTimeout(Duration.ofMillis(500))
                .build()
                .start();
    }

    @AfterEach
    void stop() {
        server.stop(Duration.ZERO);
    }

    @Test
    void brokenRequestsGetJsonAnswersNamingTheClientsMistakeAndCleanCloses() throws Exception {
        Random random = new Random(SEED);
        for (int i = 0; i < CASES; i++) {
            byte[] request = mutate(SEEDS.get(random.nextInt(SEEDS.size())).getBytes(StandardCharsets.ISO_8859_1), random);
            String answers = exchange(request);
            String replay = "case " + i + " of seed " + SEED + ", request:\n" + printable(request) + "\nanswers:\n" + answers;

            Matcher status = STATUS_LINE.matcher(answers);
            while (status.find()) {
                assertThat(Integer.parseInt(status.group(1))).as(replay).isIn(EXPECTED);
            }
            Matcher contentType = CONTENT_TYPE.matcher(answers);
            while (contentType.find()) {
                assertThat(contentType.group(1)).as(replay).isEqualTo(HttpResponse.JSON);
            }
            assertThat(answers).as(replay).doesNotContain("<html", "Exception", "netty");
        }

        try (RawConnection connection = new RawConnection(server.port())) {
            assertThat(connection.send("GET /profiles/still HTTP/1.1\r\nHost: test\r\n\r\n").read().body())
                    .isEqualTo("{\"id\":\"still\"}");
        }
    }

    /** Sends the request, then end of stream, and returns every byte the server answered until it closed. */
    private String exchange(byte[] request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(request);
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answers = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            try {
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    answers.write(buffer, 0, read);
                }
            } catch (SocketTimeoutException e) {
                throw new AssertionError("the server neither answered nor closed within 5 s; request:\n"
                        + printable(request) + "\nanswers so far:\n" + answers.toString(StandardCharsets.ISO_8859_1), e);
            }
            return answers.toString(StandardCharsets.ISO_8859_1);
        }
    }

    private static byte[] mutate(byte[] request, Random random) {
        List<Byte> bytes = new ArrayList<>(request.length);
        for (byte b : request) {
            bytes.add(b);
        }
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            String text = toText(bytes);
            switch (random.nextInt(9)) {
                case 0 -> bytes.set(random.nextInt(bytes.size()), INTERESTING[random.nextInt(INTERESTING.length)]);
                case 1 -> bytes.add(random.nextInt(bytes.size() + 1), INTERESTING[random.nextInt(INTERESTING.length)]);
                case 2 -> {
                    int from = random.nextInt(bytes.size());
                    bytes.subList(from, Math.min(bytes.size(), from + 1 + random.nextInt(8))).clear();
                }
                case 3 -> bytes.subList(random.nextInt(bytes.size()), bytes.size()).clear();
                case 4 -> replace(bytes, text, "Content-Length: ", List.of("Content-Length: -1", "Content-Length: 99999999999",
                        "Content-Length: 1\r\nContent-Length: 2", "Content-Length: 0x10", "Content-Length: 5, 6"), random);
                case 5 -> replace(bytes, text, "\r\n\r\n", List.of("\r\nTransfer-Encoding: chunked\r\n\r\n",
                        "\r\nTransfer-Encoding: gzip\r\n\r\n", "\r\nHost: other\r\n\r\n", "\r\nBad Name: x\r\n\r\n",
                        "\r\nX-Long: " + "y".repeat(600) + "\r\n\r\n", "\r\nExpect: 100-continue\r\n\r\n"), random);
                case 6 -> replace(bytes, text, "4\r\n", List.of("zz\r\n", "FFFFFFFFFF\r\n", "4 \r\n", "-4\r\n", "2\r\n"), random);
                case 7 -> replace(bytes, text, "\r\n", List.of("\n", "\r", "\r\r\n", "\n\r"), random);
                default -> replace(bytes, text, " HTTP/1.", List.of(" HTTP/2.", " http/1.", " HTTP/1.1 x", "  HTTP/1.",
                        " HTTP/9."), random);
            }
            if (bytes.isEmpty()) {
                bytes.add((byte) 'G');
            }
        }
        byte[] mutated = new byte[bytes.size()];
        for (int i = 0; i < mutated.length; i++) {
            mutated[i] = bytes.get(i);
        }
        return mutated;
    }

    /** Replaces one occurrence of {@code target} with one of the {@code replacements}, when there is one. */
    private static void replace(List<Byte> bytes, String text, String target, List<String> replacements, Random random) {
        int at = text.indexOf(target);
        if (at < 0) {
            return;
        }
        String replacement = replacements.get(random.nextInt(replacements.size()));
        bytes.subList(at, at + target.length()).clear();
        byte[] inserted = replacement.getBytes(StandardCharsets.ISO_8859_1);
        for (int i = inserted.length - 1; i >= 0; i--) {
            bytes.add(at, inserted[i]);
        }
    }

    private static String toText(List<Byte> bytes) {
        byte[] array = new byte[bytes.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = bytes.get(i);
        }
        return new String(array, StandardCharsets.ISO_8859_1);
    }

    private static String printable(byte[] request) {
        return new String(request, StandardCharsets.ISO_8859_1).replace("\r", "\\r").replace("\n", "\\n\n");
    }
}
