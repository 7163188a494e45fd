package dev.javakit.sd.etcd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code host:port} an instance registers as, and the URI clients call it at. */
class HostPortTest {

    @Test
    void aServerAdvertisesTheAddressItIsBoundTo() throws Exception {
        assertThat(HostPort.of(new InetSocketAddress("127.0.0.1", 8080))).isEqualTo("127.0.0.1:8080");
        assertThat(HostPort.of(new InetSocketAddress("::1", 8080))).isEqualTo("[0:0:0:0:0:0:0:1]:8080");
    }

    @Test
    void aServerOnEveryInterfaceAdvertisesTheMachinesName() throws Exception {
        assertThat(HostPort.of(new InetSocketAddress(8080))).isEqualTo(InetAddress.getLocalHost().getHostName() + ":8080");
    }

    @Test
    void aHostPortIsCalledAtItsUri() {
        assertThat(HostPort.uri("http", "10.0.0.7:8080")).isEqualTo(URI.create("http://10.0.0.7:8080"));
        assertThat(HostPort.uri("https", "[::1]:8443")).isEqualTo(URI.create("https://[::1]:8443"));
        assertThat(HostPort.uri("http", "profiles-0.profilesvc:80")).isEqualTo(URI.create("http://profiles-0.profilesvc:80"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "host", "host:", ":8080", "host:0", "host:65536", "host:80/path", "user@host:80",
            "http://host:80", "::1:80", "host:eighty"})
    void anythingElseIsRejected(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> HostPort.check(text)).withMessage("not a host:port: " + text);
    }
}
