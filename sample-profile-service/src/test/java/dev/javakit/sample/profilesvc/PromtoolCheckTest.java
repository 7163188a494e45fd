package dev.javakit.sample.profilesvc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.javakit.test.KitServerExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The sample's {@code /metrics}, after calls of every outcome, passes Prometheus's own checker,
 * {@code promtool check metrics}: the exposition format, names, help and units as Prometheus reads
 * them. tools/promtool.sh provides promtool (from Debian's package when it is not installed).
 */
class PromtoolCheckTest {

    @RegisterExtension
    final KitServerExtension service = KitServerExtension.start(ProfileServiceMain::start);

    @Test
    void metricsAfterSuccessesFailuresAndRejectionsPassPromtool() throws Exception {
        HttpTestClient http = new HttpTestClient(service.server().port());
        http.post("/profiles/", "{\"id\":\"p\",\"name\":\"Pat\"}").isEmptyObject();
        http.get("/profiles/p");
        http.get("/profiles/nobody").isError(404, "not found");
        http.post("/profiles/", "{\"id\":5}");
        http.get("/nowhere");
        http.post("/rpc", "{\"jsonrpc\":\"2.0\",\"method\":\"getProfile\",\"params\":[\"p\"],\"id\":1}");
        String metrics = http.get("/metrics").body();
        assertThat(metrics).contains("kit_service_calls_seconds_count").contains("http_server_requests_seconds_count");

        Process check = new ProcessBuilder(promtool(), "check", "metrics").redirectErrorStream(true).start();
        check.getOutputStream().write(metrics.getBytes(StandardCharsets.UTF_8));
        check.getOutputStream().close();
        String said = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(check.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(said).as("what promtool found").isEmpty();
        assertThat(check.exitValue()).isZero();
    }

    /** Returns promtool's path, fetching it the first time; fails, never skips, when it cannot. */
    private static String promtool() throws IOException, InterruptedException {
        Path script = Path.of("..", "tools", "promtool.sh");
        Process fetch = new ProcessBuilder("bash", script.toString(), "target/tools").redirectErrorStream(true).start();
        String printed = new String(fetch.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(fetch.waitFor(300, TimeUnit.SECONDS)).as("tools/promtool.sh finishes").isTrue();
        assertThat(fetch.exitValue()).as("tools/promtool.sh: %s", printed).isZero();
        String path = printed.lines().reduce((first, last) -> last).orElse("");
        assertThat(Files.isExecutable(Path.of(path))).as("promtool at %s", path).isTrue();
        return path;
    }
}
