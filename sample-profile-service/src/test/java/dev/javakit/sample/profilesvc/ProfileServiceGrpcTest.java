package dev.javakit.sample.profilesvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.javakit.grpc.client.GrpcClientException;
import dev.javakit.transport.http.HttpServer;
import io.grpc.Status;
import io.opentelemetry.api.OpenTelemetry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The service started as its main does with {@code --grpc.addr}, called through the generated gRPC
 * client: every operation, every declared error as its exception, the same metrics as the other
 * transports tagged {@code transport="grpc"}, and the gRPC server stopped with the HTTP one.
 */
@Timeout(30)
class ProfileServiceGrpcTest {

    private static final Address HOME = new Address("home", "Zürich");
    private static final Address WORK = new Address("work", "Bern");
    private static final Profile PAT = new Profile("p", "Pat", List.of(HOME, WORK));

    private HttpServer server;
    private String grpcTarget;
    private ProfileService client;

    @BeforeEach
    void start() throws IOException {
        grpcTarget = "127.0.0.1:" + freePort();
        server = ProfileServiceMain.start(Options.parse("--http.addr=127.0.0.1:0", "--grpc.addr=" + grpcTarget),
                OpenTelemetry.noop());
        client = ProfileServiceGrpcClient.create(grpcTarget);
    }

    @AfterEach
    void stop() {
        server.stop(Duration.ofSeconds(1));
    }

    /** Returns a loopback port free a moment ago: the flag names a port, as a user's would. */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Test
    void everyOperationOverGrpc() throws Exception {
        client.postProfile(PAT);
        assertThat(client.getProfile("p")).isEqualTo(PAT);

        client.putProfile("q", new Profile("q", "Quinn", List.of()));
        client.patchProfile("q", new Profile("", "", List.of(WORK)));
        assertThat(client.getProfile("q")).isEqualTo(new Profile("q", "Quinn", List.of(WORK)));

        client.postAddress("p", new Address("cabin", "Grindelwald"));
        assertThat(client.getAddresses("p")).containsExactly(HOME, WORK, new Address("cabin", "Grindelwald"));
        assertThat(client.getAddress("p", "work")).isEqualTo(WORK);
        client.deleteAddress("p", "home");
        assertThat(client.getAddresses("p")).containsExactly(WORK, new Address("cabin", "Grindelwald"));

        client.deleteProfile("q");
        assertThatThrownBy(() -> client.getProfile("q")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void declaredErrorsComeBackAsTheirExceptionsWithTheServersMessage() throws Exception {
        client.postProfile(PAT);
        assertThat(catchThrowableOfType(NotFoundException.class, () -> client.getProfile("nobody")))
                .hasMessage("not found");
        assertThat(catchThrowableOfType(NotFoundException.class, () -> client.getAddress("p", "nowhere")))
                .hasMessage("not found");
        assertThat(catchThrowableOfType(AlreadyExistsException.class, () -> client.postProfile(PAT)))
                .hasMessage("already exists");
        assertThat(catchThrowableOfType(InconsistentIdsException.class,
                () -> client.putProfile("p", new Profile("q", "Quinn", List.of())))).hasMessage("inconsistent IDs");
        assertThat(catchThrowableOfType(InvalidProfileException.class,
                () -> client.postProfile(new Profile("", "Nobody", List.of())))).hasMessage("profile id must not be empty");
    }

    @Test
    void metricsTagTheCallsWithTheGrpcTransport() throws Exception {
        client.postProfile(PAT);
        client.getProfile("p");
        assertThatThrownBy(() -> client.getProfile("nobody")).isInstanceOf(NotFoundException.class);

        assertThat(new HttpTestClient(server.port()).get("/metrics").body())
                .contains("kit_endpoint_calls_seconds_count{exception=\"none\",method=\"getProfile\",outcome=\"SUCCESS\","
                        + "service=\"ProfileService\",transport=\"grpc\"} 1\n")
                .contains("kit_endpoint_calls_seconds_count{exception=\"NotFoundException\",method=\"getProfile\","
                        + "outcome=\"CLIENT_ERROR\",service=\"ProfileService\",transport=\"grpc\"} 1\n");
    }

    @Test
    void stoppingTheHttpServerStopsGrpcToo() {
        server.stop(Duration.ofSeconds(1));

        GrpcClientException thrown = catchThrowableOfType(GrpcClientException.class, () -> client.getProfile("p"));
        assertThat(thrown.code()).isEqualTo(Status.Code.UNAVAILABLE);
    }
}
