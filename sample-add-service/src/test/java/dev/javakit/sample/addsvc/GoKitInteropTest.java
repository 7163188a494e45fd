package dev.javakit.sample.addsvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.javakit.transport.http.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample and Go kit, both ways: Go kit's own HTTP and JSON-RPC clients (built here by
 * {@code tools/gokit-addsvc.sh} from Debian's Go kit) call the sample, and the sample's generated
 * clients call Go kit's addsvc transports.
 */
class GoKitInteropTest {

    private static final Pattern LISTENING = Pattern.compile("listening on (127\\.0\\.0\\.1:\\d+)");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private static Path gokit;
    private static Process goServer;
    private static URI goBase;
    private static HttpServer javaServer;

    @BeforeAll
    static void start() throws Exception {
        Process build = new ProcessBuilder("bash", Path.of("..", "tools", "gokit-addsvc.sh").toString(),
                Path.of("target", "tools").toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String printed = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(build.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as("the Go build ends").isTrue();
        assertThat(build.exitValue()).as("tools/gokit-addsvc.sh builds Go kit's addsvc transports").isZero();
        gokit = Path.of(printed);

        javaServer = AddServiceMain.start("127.0.0.1:0");
        goServer = new ProcessBuilder(gokit.toString(), "serve", "127.0.0.1:0").redirectErrorStream(true).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(goServer.getInputStream(), StandardCharsets.UTF_8));
        String first = lines.readLine();
        Matcher listening = LISTENING.matcher(first == null ? "" : first);
        assertThat(listening.find()).as("Go kit's addsvc says where it listens: %s", first).isTrue();
        goBase = URI.create("http://" + listening.group(1));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (javaServer != null) {
            javaServer.stop(Duration.ofSeconds(1));
        }
        if (goServer != null) {
            goServer.destroy();
            if (!goServer.waitFor(5, TimeUnit.SECONDS)) {
                goServer.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void goKitsClientsReadTheSampleAsTheyReadGoKit() throws Exception {
        List<String> fromJava = callWithGoKitsClients(URI.create("http://127.0.0.1:" + javaServer.port()));
        List<String> fromGo = callWithGoKitsClients(goBase);

        assertThat(fromJava).containsExactly(
                "http sum 1 2 = 3",
                "http sum 0 0: error 400 Bad Request",
                "http sum 2147483647 1: error 400 Bad Request",
                "http concat \"go\" \"kit\" = \"gokit\"",
                "http concat \"abcdef\" \"ghijk\": error 400 Bad Request",
                "jsonrpc sum 1 2 = 3",
                "jsonrpc sum 0 0: error can't sum two zeroes",
                "jsonrpc sum 2147483647 1: error integer overflow",
                "jsonrpc concat \"go\" \"kit\" = \"gokit\"",
                "jsonrpc concat \"abcdef\" \"ghijk\": error result exceeds maximum size");
        assertThat(fromJava.subList(0, 5)).as("over HTTP, Go kit's clients see no difference").isEqualTo(fromGo.subList(0, 5));
        // Go kit's own JSON-RPC server encodes a failed call's response, whose error is tagged "-",
        // as a result: the error is lost. The sample answers it as a JSON-RPC error.
        assertThat(fromGo.subList(5, 10)).containsExactly(
                "jsonrpc sum 1 2 = 3",
                "jsonrpc sum 0 0 = 0",
                "jsonrpc sum 2147483647 1 = 0",
                "jsonrpc concat \"go\" \"kit\" = \"gokit\"",
                "jsonrpc concat \"abcdef\" \"ghijk\" = \"\"");
    }

    @Test
    void theGeneratedHttpClientCallsGoKitAndRebuildsItsErrors() throws Exception {
        AddService add = AddServiceHttpClient.create(goBase.toString());

        assertThat(add.sum(1, 2)).isEqualTo(3);
        assertThat(add.concat("go", "kit")).isEqualTo("gokit");
        // Go kit names no exception: the client tells them apart by status and message.
        assertThatThrownBy(() -> add.sum(0, 0)).isInstanceOf(TwoZeroesException.class);
        assertThatThrownBy(() -> add.sum(Integer.MAX_VALUE, 1)).isInstanceOf(IntOverflowException.class);
        assertThatThrownBy(() -> add.concat("abcdef", "ghijk")).isInstanceOf(MaxSizeExceededException.class);
    }

    @Test
    void theGeneratedJsonRpcClientCallsGoKit() throws Exception {
        AddService add = AddServiceJsonRpcClient.create(goBase.toString(), "/rpc");

        assertThat(add.sum(40, 2)).isEqualTo(42);
        assertThat(add.concat("a", "b")).isEqualTo("ab");
    }

    private static List<String> callWithGoKitsClients(URI base) throws IOException, InterruptedException {
        Process client = new ProcessBuilder(gokit.toString(), "call", base.toString()).redirectErrorStream(true).start();
        try {
            String printed = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(client.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
            assertThat(client.exitValue()).as("gokit-addsvc call: %s", printed).isZero();
            return printed.lines().toList();
        } finally {
            client.destroyForcibly();
        }
    }
}
