package dev.javakit.sample.profilesvc;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.javakit.transport.http.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command-line client, driven through {@code run} against a started service. */
@Timeout(30)
class ProfileCliTest {

    /** What one run printed and returned. */
    record Run(int status, String out, String err) {
    }

    private HttpServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = ProfileServiceMain.start("127.0.0.1:0");
    }

    @AfterEach
    void stopServer() {
        server.stop(Duration.ofSeconds(1));
    }

    private Run cli(String... args) {
        List<String> withAddress = new ArrayList<>();
        withAddress.add("--addr=http://127.0.0.1:" + server.port());
        withAddress.addAll(List.of(args));
        return runRaw(withAddress.toArray(String[]::new));
    }

    private static Run runRaw(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream outStream = new PrintStream(out, true, UTF_8);
                PrintStream errStream = new PrintStream(err, true, UTF_8)) {
            status = ProfileCli.run(args, outStream, errStream);
        }
        return new Run(status, out.toString(UTF_8).strip(), err.toString(UTF_8).strip());
    }

    private static void assertOk(Run run) {
        assertThat(run).isEqualTo(new Run(0, "ok", ""));
    }

    @Test
    void postThenGetShowsTheProfileAsJson() {
        assertOk(cli("post", "alice", "Alice Liddell"));

        assertThat(cli("get", "alice")).isEqualTo(new Run(0, "{\"id\":\"alice\",\"name\":\"Alice Liddell\"}", ""));
    }

    @Test
    void postWithoutNameCreatesABareProfile() {
        assertOk(cli("post", "bob"));

        assertThat(cli("get", "bob").out()).isEqualTo("{\"id\":\"bob\"}");
    }

    @Test
    void addressFlowFromAddingToDeleting() {
        assertOk(cli("post", "alice"));
        assertOk(cli("add-address", "alice", "home", "Zürich"));
        assertOk(cli("add-address", "alice", "work", "Bern"));

        assertThat(cli("addresses", "alice")).isEqualTo(new Run(0,
                "[{\"id\":\"home\",\"location\":\"Zürich\"},{\"id\":\"work\",\"location\":\"Bern\"}]", ""));
        assertThat(cli("address", "alice", "work")).isEqualTo(new Run(0, "{\"id\":\"work\",\"location\":\"Bern\"}", ""));
        assertThat(cli("get", "alice").out()).isEqualTo(
                "{\"id\":\"alice\",\"addresses\":[{\"id\":\"home\",\"location\":\"Zürich\"},"
                        + "{\"id\":\"work\",\"location\":\"Bern\"}]}");

        assertOk(cli("delete-address", "alice", "home"));
        assertThat(cli("addresses", "alice").out()).isEqualTo("[{\"id\":\"work\",\"location\":\"Bern\"}]");
    }

    @Test
    void aProfileWithoutAddressesListsNone() {
        assertOk(cli("post", "alice"));

        assertThat(cli("addresses", "alice")).isEqualTo(new Run(0, "[]", ""));
    }

    @Test
    void putAndPatchChangeTheName() {
        assertOk(cli("put", "alice", "Alice"));
        assertThat(cli("get", "alice").out()).isEqualTo("{\"id\":\"alice\",\"name\":\"Alice\"}");

        assertOk(cli("patch", "alice", "Alicia"));
        assertThat(cli("get", "alice").out()).isEqualTo("{\"id\":\"alice\",\"name\":\"Alicia\"}");
    }

    @Test
    void deleteRemovesTheProfile() {
        assertOk(cli("post", "alice"));

        assertOk(cli("delete", "alice"));

        assertThat(cli("get", "alice")).isEqualTo(new Run(1, "", "error: not found"));
    }

    @Test
    void aMissingProfileIsAServiceErrorWithStatusOne() {
        assertThat(cli("get", "nobody")).isEqualTo(new Run(1, "", "error: not found"));
        assertThat(cli("delete", "nobody")).isEqualTo(new Run(1, "", "error: not found"));
        assertThat(cli("addresses", "nobody")).isEqualTo(new Run(1, "", "error: not found"));
        assertThat(cli("address", "nobody", "home")).isEqualTo(new Run(1, "", "error: not found"));
        assertThat(cli("patch", "nobody", "X")).isEqualTo(new Run(1, "", "error: not found"));
    }

    @Test
    void otherServiceErrorsCarryTheServersMessage() {
        assertOk(cli("post", "alice"));

        assertThat(cli("post", "alice")).isEqualTo(new Run(1, "", "error: already exists"));
        assertThat(cli("post", "")).isEqualTo(new Run(1, "", "error: profile id must not be empty"));
        assertThat(cli("add-address", "alice", "", "x")).isEqualTo(new Run(1, "", "error: address id must not be empty"));
    }

    @Test
    void idsThatNeedEncodingWork() {
        assertOk(cli("put", "a b/c+d ☃", "Odd"));

        assertThat(cli("get", "a b/c+d ☃").out()).isEqualTo("{\"id\":\"a b/c+d ☃\",\"name\":\"Odd\"}");
    }

    @Test
    void unknownCommandIsMisuseWithUsage() {
        Run run = cli("frobnicate", "alice");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("profilecli: unknown command: frobnicate").contains(ProfileCli.USAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "get", "get a b", "post", "post a b c", "put", "put a b c", "patch a", "patch a b c", "delete",
        "delete a b", "addresses", "addresses a b", "address a", "address a b c", "add-address a b",
        "add-address a b c d", "delete-address a", "delete-address a b c"})
    void wrongNumberOfArgumentsIsMisuseWithUsage(String command) {
        Run run = cli(command.split(" "));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("profilecli: wrong number of arguments").contains(ProfileCli.USAGE);
    }

    @Test
    void misuseSendsNothing() {
        cli("post", "alice", "Alice", "extra");

        assertThat(cli("get", "alice")).isEqualTo(new Run(1, "", "error: not found"));
    }

    @Test
    void noCommandPrintsUsageToStderrWithStatusTwo() {
        assertThat(runRaw()).isEqualTo(new Run(2, "", ProfileCli.USAGE));
        assertThat(runRaw("--addr=http://127.0.0.1:1")).isEqualTo(new Run(2, "", ProfileCli.USAGE));
    }

    @Test
    void helpPrintsUsageToStdout() {
        assertThat(runRaw("--help")).isEqualTo(new Run(0, ProfileCli.USAGE, ""));
        assertThat(runRaw("-h")).isEqualTo(new Run(0, ProfileCli.USAGE, ""));
    }

    @Test
    void anUnreachableAddressIsStatusTwo() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        long start = System.nanoTime();
        Run run = runRaw("--addr=http://127.0.0.1:" + closedPort, "get", "alice");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("error: ").contains("127.0.0.1:" + closedPort);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aStoppedServiceIsStatusTwo() {
        String address = "--addr=http://127.0.0.1:" + server.port();
        server.stop(Duration.ZERO);

        Run run = runRaw(address, "get", "alice");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: ");
    }

    @Test
    void severalAddressesAreBalancedAndAStoppedOneIsPassedOver() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String addresses = "--addr=http://127.0.0.1:" + closedPort + ",http://127.0.0.1:" + server.port();

        for (int i = 0; i < 4; i++) {
            Run run = runRaw(addresses, "put", "pat" + i, "Pat");
            assertThat(run.status()).as(run.err()).isZero();
        }

        assertThat(runRaw(addresses, "get", "pat3").out()).contains("\"name\":\"Pat\"");
    }

    @Test
    void anAddressWithoutSchemeIsMisuse() {
        Run run = runRaw("--addr=localhost:8080", "get", "alice");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(ProfileCli.USAGE);
    }

    @Test
    void aMalformedAddressIsMisuse() {
        for (String address : List.of("--addr=127.0.0.1:8080", "--addr=http://127.0.0.1:8080/a b")) {
            Run run = runRaw(address, "get", "alice");

            assertThat(run.status()).as(address).isEqualTo(2);
            assertThat(run.err()).as(address).contains(ProfileCli.USAGE);
        }
    }

    @Test
    void loadSpreadsIdempotentCallsOverTheInstancesAndCountsThem() throws IOException {
        HttpServer second = ProfileServiceMain.start("127.0.0.1:0");
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        try {
            Run run = runRaw("--addr=http://127.0.0.1:" + server.port() + ",http://127.0.0.1:" + second.port()
                    + ",http://127.0.0.1:" + closedPort, "load", "--duration=1s", "--concurrency=2", "--interval=500ms");

            assertThat(run.status()).as(run.out()).isZero();
            assertThat(run.err()).isEmpty();
            assertThat(run.out()).startsWith("load: 2 workers PUTting profiles over 3 instances: ");
            // A line every interval (when exactly depends on the machine's load), with each instance's answers.
            assertThat(run.out().lines().filter(line -> line.matches("t=\\d\\.\\d\\ds calls=\\d+ failed=0 slowest=\\d+ms \\|"
                    + "( 127\\.0\\.0\\.1:\\d+=\\d+( \\(\\d+ attempts failed, retried\\))?){3}"))).isNotEmpty();
            Matcher total = Pattern.compile("total: calls=(\\d+) failed=0 in ").matcher(run.out());
            assertThat(total.find()).as(run.out()).isTrue();
            long calls = Long.parseLong(total.group(1));
            // Every call answered by one of the two live instances; the closed port only gets attempts, retried.
            Matcher answers = Pattern.compile("answered by: 127.0.0.1:(\\d+)=(\\d+)(?: \\(\\d+ attempts failed, retried\\))?"
                    + " 127.0.0.1:(\\d+)=(\\d+)(?: \\(\\d+ attempts failed, retried\\))? 127.0.0.1:(\\d+)=(\\d+)"
                    + "(?: \\((\\d+) attempts failed, retried\\))?").matcher(run.out());
            assertThat(answers.find()).as(run.out()).isTrue();
            Map<Integer, Long> answered = new HashMap<>();
            for (int group = 1; group <= 5; group += 2) {
                answered.put(Integer.parseInt(answers.group(group)), Long.parseLong(answers.group(group + 1)));
            }
            assertThat(answered.get(closedPort)).isZero();
            assertThat(answered.get(server.port())).isPositive();
            assertThat(answered.get(second.port())).isPositive();
            assertThat(answered.get(server.port()) + answered.get(second.port())).isEqualTo(calls);
            assertThat(calls).isGreaterThan(20);
        } finally {
            second.stop(Duration.ofSeconds(1));
        }
    }

    @Test
    void loadFailsWhenCallsFail() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        Run run = runRaw("--addr=http://127.0.0.1:" + closedPort, "load", "--duration=300ms", "--concurrency=1");

        assertThat(run.status()).as(run.out()).isEqualTo(1);
        assertThat(run.out()).containsPattern("total: calls=[1-9]\\d* failed=[1-9]").contains("first failure: ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"load --duration=10", "load --duration=0s", "load --concurrency=0", "load --concurrency=x",
        "load --interval=-1s", "load --speed=3"})
    void badLoadFlagsAreMisuse(String command) {
        Run run = cli(command.split(" "));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("profilecli: ").contains(ProfileCli.USAGE);
    }
}
