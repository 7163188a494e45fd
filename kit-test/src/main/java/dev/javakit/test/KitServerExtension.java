package dev.javakit.test;

import dev.javakit.transport.http.HttpServer;
import dev.javakit.transport.http.client.HttpClientTransport;
import dev.javakit.transport.jsonrpc.JsonRpcClientTransport;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts a service on a free loopback port for a test and hands it the service's typed clients:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final KitServerExtension service = KitServerExtension.start(ProfileServiceMain::start);
 *
 * @Test
 * void readsWhatItWrote() throws Exception {
 *     ProfileService profiles = service.client(ProfileServiceHttpClient::endpoints);
 *     profiles.postProfile(new Profile("p", "Pat", List.of()));
 *     assertThat(profiles.getProfile("p").name()).isEqualTo("Pat");
 * }
 * }</pre>
 *
 * <p>Registered on a static field, one server serves the whole class; on an instance field, each
 * test gets a fresh one. It is stopped gracefully after them. Test methods may also take the
 * {@link HttpServer} or its base {@link URI} as parameters.
 */
public final class KitServerExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    /** Starts a service listening on the address it is given, such as a {@code main}'s own start method. */
    @FunctionalInterface
    public interface Starter {

        /** Starts the service on {@code address} ({@code 127.0.0.1:0}: a free loopback port) and returns its server. */
        HttpServer start(String address) throws Exception;
    }

    private static final String LOOPBACK_ANY_PORT = "127.0.0.1:0";
    private static final Duration GRACE = Duration.ofSeconds(2);

    private final Starter starter;
    private HttpServer server;
    private boolean perClass;

    private KitServerExtension(Starter starter) {
        this.starter = Objects.requireNonNull(starter, "starter");
    }

    /** Returns an extension that starts the service with {@code starter}. */
    public static KitServerExtension start(Starter starter) {
        return new KitServerExtension(starter);
    }

    /** Returns an extension that builds and starts a server from {@code builder}, on a free loopback port. */
    public static KitServerExtension serve(Supplier<HttpServer.Builder> builder) {
        Objects.requireNonNull(builder, "builder");
        return new KitServerExtension(address -> builder.get().address(address).build().start());
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        perClass = true;
        server = starter.start(LOOPBACK_ANY_PORT);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        if (server == null) {
            server = starter.start(LOOPBACK_ANY_PORT);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!perClass) {
            stop();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    private void stop() {
        if (server != null) {
            server.stop(GRACE);
            server = null;
        }
    }

    /** Returns the running server. */
    public HttpServer server() {
        if (server == null) {
            throw new IllegalStateException("the service runs only while a test of its class does");
        }
        return server;
    }

    /** Returns the server's base URI, such as {@code http://127.0.0.1:41234}. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server().port());
    }

    /** Returns an HTTP client transport to the server, for a generated client's {@code endpoints}. */
    public HttpClientTransport transport() {
        return HttpClientTransport.builder(baseUri()).build();
    }

    /** Returns a typed HTTP client, such as {@code client(ProfileServiceHttpClient::endpoints)}. */
    public <T> T client(Function<HttpClientTransport, T> endpoints) {
        return endpoints.apply(transport());
    }

    /** Returns a typed JSON-RPC client of the methods served at {@code path}, such as {@code jsonRpcClient("/rpc", ProfileServiceJsonRpcClient::endpoints)}. */
    public <T> T jsonRpcClient(String path, Function<JsonRpcClientTransport, T> endpoints) {
        return endpoints.apply(new JsonRpcClientTransport(transport(), path));
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == HttpServer.class || type == URI.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == HttpServer.class ? server() : baseUri();
    }
}
