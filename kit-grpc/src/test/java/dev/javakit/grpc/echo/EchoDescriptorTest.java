package dev.javakit.grpc.echo;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The test service's descriptor set is what protoc makes of echo.proto, so the tests serve a real schema. */
class EchoDescriptorTest {

    private static final Path RESOURCES = Path.of("src", "test", "resources", "echo");

    @Test
    void descriptorSetIsProtocsOutputForTheProto() throws Exception {
        Path out = Files.createTempFile("echo", ".desc");
        try {
            Process run = new ProcessBuilder(protoc(), "--proto_path=" + RESOURCES, "--descriptor_set_out=" + out,
                    "echo.proto").redirectErrorStream(true).start();
            String said = new String(run.getInputStream().readAllBytes(), UTF_8);
            assertThat(run.waitFor(60, TimeUnit.SECONDS)).as("protoc finishes").isTrue();
            assertThat(run.exitValue()).as("protoc: %s", said).isZero();

            assertThat(Files.readAllBytes(RESOURCES.resolve("echo.desc"))).isEqualTo(Files.readAllBytes(out));
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** Returns protoc's path, from the project's script, which installs Debian's protoc when missing. */
    private static String protoc() throws IOException, InterruptedException {
        Process fetch = new ProcessBuilder("bash", Path.of("..", "tools", "protoc.sh").toString())
                .redirectErrorStream(true).start();
        String printed = new String(fetch.getInputStream().readAllBytes(), UTF_8).trim();
        assertThat(fetch.waitFor(300, TimeUnit.SECONDS)).as("tools/protoc.sh finishes").isTrue();
        assertThat(fetch.exitValue()).as("tools/protoc.sh: %s", printed).isZero();
        return printed.lines().reduce((first, last) -> last).orElseThrow();
    }
}
