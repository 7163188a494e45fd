package dev.javakit.sd.dns;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

/**
 * A real DNS server for a test: Debian's dnsmasq, provided by tools/dnsmasq.sh, serving the records
 * it is given on a free loopback port, logging every query to a file, and stopped and deleted by
 * {@link #close()}. {@link #serve} replaces its records (dnsmasq reads SRV records only as it
 * starts, so it restarts on the same port). Fails, never skips, when dnsmasq cannot be had.
 */
final class Dnsmasq implements AutoCloseable {

    private final String binary;
    private final Path dir;
    private final int port;
    private Process process;
    private int starts;

    private Dnsmasq(String binary, Path dir, int port) {
        this.binary = binary;
        this.dir = dir;
        this.port = port;
    }

    /**
     * Starts dnsmasq serving {@code lines} of its configuration, such as
     * {@code srv-host=_http._tcp.svc.test,a.svc.test,8080} and {@code host-record=a.svc.test,127.0.0.1},
     * with {@code ttl} seconds on every record.
     */
    static Dnsmasq start(int ttl, String... lines) throws IOException, InterruptedException {
        String binary = binary();
        for (int attempt = 1; ; attempt++) {
            Dnsmasq dnsmasq = new Dnsmasq(binary, Files.createTempDirectory("kit-dnsmasq-"), freePort());
            try {
                dnsmasq.serve(ttl, lines);
                return dnsmasq;
            } catch (IllegalStateException e) {
                dnsmasq.close();
                // Free when looked at, taken when dnsmasq binds: on a busy machine, another port.
                if (attempt == 5 || !String.valueOf(e.getMessage()).contains("Address already in use")) {
                    throw e;
                }
            }
        }
    }

    /** Returns the address to send queries to. */
    InetSocketAddress address() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    }

    /** Restarts dnsmasq on the same port with these records in place of the ones it served. */
    void serve(int ttl, String... lines) throws IOException, InterruptedException {
        stop();
        starts++;
        List<String> config = new ArrayList<>(List.of(
                "port=" + port,
                "listen-address=127.0.0.1",
                "bind-interfaces",
                // Answers only what it is given: no upstream servers, no /etc/hosts, and names of
                // .test it does not have do not exist (NXDOMAIN), as a cluster's DNS answers.
                "no-resolv",
                "no-hosts",
                "local=/test/",
                "local-ttl=" + ttl,
                "log-queries",
                "log-facility=" + queryLog()));
        config.addAll(List.of(lines));
        Path file = dir.resolve("dnsmasq.conf");
        Files.write(file, config);
        process = new ProcessBuilder(binary, "--keep-in-foreground", "--conf-file=" + file, "--pid-file=",
                // Stays the user that runs the test (root drops to nobody by default, who cannot write the log).
                "--user=" + System.getProperty("user.name"))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("dnsmasq.out").toFile())
                .start();
        awaitAnswering();
    }

    /** Returns how many SRV queries for {@code name} dnsmasq has logged since it last started. */
    int srvQueries(String name) throws IOException {
        if (!Files.exists(queryLog())) {
            return 0;
        }
        String marker = "query[SRV] " + name + " from";
        try (Stream<String> lines = Files.lines(queryLog(), StandardCharsets.UTF_8)) {
            return (int) lines.filter(line -> line.contains(marker)).count();
        }
    }

    @Override
    public void close() {
        try {
            stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the running dnsmasq, if any. */
    void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
            process = null;
        }
    }

    private Path queryLog() {
        return dir.resolve("queries-" + starts + ".log");
    }

    /** Waits until dnsmasq answers a query (one for a name it does not serve, so no SRV is counted). */
    private void awaitAnswering() throws IOException, InterruptedException {
        SimpleResolver resolver = new SimpleResolver(address());
        resolver.setTimeout(Duration.ofMillis(200));
        Message probe = Message.newQuery(Record.newRecord(Name.fromString("probe.invalid."), Type.A, DClass.IN));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("dnsmasq exited with status " + process.exitValue() + ": "
                        + Files.readString(dir.resolve("dnsmasq.out")));
            }
            try {
                resolver.send(probe);
                return;
            } catch (IOException e) {
                Thread.sleep(20);
            }
        }
        throw new IllegalStateException("dnsmasq did not answer within 10 s: " + Files.readString(dir.resolve("dnsmasq.out")));
    }

    /** Returns dnsmasq's path, installed by tools/dnsmasq.sh the first time; fails when it cannot be had. */
    private static String binary() throws IOException, InterruptedException {
        Path script = Path.of("..", "tools", "dnsmasq.sh");
        Process fetch = new ProcessBuilder("bash", script.toString(), "target/tools").redirectErrorStream(true).start();
        String printed = new String(fetch.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!fetch.waitFor(300, TimeUnit.SECONDS) || fetch.exitValue() != 0) {
            throw new IllegalStateException("tools/dnsmasq.sh failed: " + printed);
        }
        String path = printed.lines().reduce((first, last) -> last).orElse("");
        if (!Files.isExecutable(Path.of(path))) {
            throw new IllegalStateException("tools/dnsmasq.sh printed no executable dnsmasq: " + printed);
        }
        return path;
    }

    /** Returns a loopback port free now for both UDP and TCP, as dnsmasq listens on both. */
    private static int freePort() throws IOException {
        for (int attempt = 0; attempt < 20; attempt++) {
            try (ServerSocket tcp = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                    DatagramSocket udp = new DatagramSocket(tcp.getLocalPort(), InetAddress.getLoopbackAddress())) {
                return udp.getLocalPort();
            } catch (SocketException e) {
                // The UDP port is taken: another one.
            }
        }
        throw new IOException("no loopback port free for both UDP and TCP in 20 attempts");
    }
}
