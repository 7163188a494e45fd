package dev.javakit.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.javakit.transport.http.HttpServer;
import dev.javakit.transport.jsonrpc.JsonRpcHandler;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Bean Validation of generated endpoints, with Hibernate Validator, over a real server on loopback. */
class BeanValidationOverHttpTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final RecordingRegistry registry = new RecordingRegistry();
    private HttpServer server;

    private void start() throws IOException {
        RegistryEndpoints endpoints = RegistryEndpoints.of(registry).with(BeanValidation.middleware(Registry.class));
        server = HttpServer.builder()
                .address("127.0.0.1:0")
                .routes(RegistryHttpRoutes.of(endpoints))
                .routes(JsonRpcHandler.routes("/rpc", RegistryJsonRpc.of(endpoints)))
                .build()
                .start();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(Duration.ofSeconds(1));
        }
    }

    @Test
    void aParameterBreakingItsConstraintIs400NamingItLoggedOnceAtWarn() throws Exception {
        start();
        Logger logger = (Logger) LoggerFactory.getLogger(BeanValidation.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        logger.addAppender(logged);
        try {
            assertThat(send("POST", "/sum", "{\"a\":-1,\"b\":2}")).isEqualTo("400 {\"error\":\"invalid request: "
                    + "field 'a' must be greater than or equal to 0\","
                    + "\"violations\":[{\"field\":\"a\",\"message\":\"must be greater than or equal to 0\"}]}");
        } finally {
            logger.detachAppender(logged);
        }
        assertThat(registry.calls).isEmpty();
        assertThat(logged.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getKeyValuePairs()).extracting(pair -> pair.key + "=" + pair.value).containsExactly(
                    "endpoint=Registry.sum", "err=invalid request: field 'a' must be greater than or equal to 0");
        });
    }

    @Test
    void everyViolationIsAnsweredAtOnceInParameterOrder() throws Exception {
        start();

        assertThat(send("POST", "/sum", "{\"a\":-1,\"b\":101}")).isEqualTo("400 {\"error\":\"invalid request: "
                + "field 'a' must be greater than or equal to 0; field 'b' must be less than or equal to 100\","
                + "\"violations\":[{\"field\":\"a\",\"message\":\"must be greater than or equal to 0\"},"
                + "{\"field\":\"b\",\"message\":\"must be less than or equal to 100\"}]}");
        assertThat(registry.calls).isEmpty();
    }

    @Test
    void constraintsOnRecordComponentsCascadeThroughValid() throws Exception {
        start();

        String profile = "{\"id\":\" \",\"name\":\"a name far too long\","
                + "\"addresses\":[{\"id\":\"home\",\"location\":\"Paris\"},{\"id\":\"work\",\"location\":\"\"}]}";
        assertThat(send("POST", "/profiles/", profile)).isEqualTo("400 {\"error\":\"invalid request: "
                + "field 'profile.addresses[1].location' must not be blank; field 'profile.id' must not be blank; "
                + "field 'profile.name' size must be between 0 and 10\","
                + "\"violations\":[{\"field\":\"profile.addresses[1].location\",\"message\":\"must not be blank\"},"
                + "{\"field\":\"profile.id\",\"message\":\"must not be blank\"},"
                + "{\"field\":\"profile.name\",\"message\":\"size must be between 0 and 10\"}]}");
        assertThat(registry.calls).isEmpty();
    }

    @Test
    void defaultMessagesWrittenInExpressionLanguageReadAsSentences() throws Exception {
        start();

        assertThat(send("POST", "/scale", "{\"price\":10,\"factor\":0.25}")).isEqualTo("400 {\"error\":\"invalid request: "
                + "field 'factor' must be greater than or equal to 0.5\","
                + "\"violations\":[{\"field\":\"factor\",\"message\":\"must be greater than or equal to 0.5\"}]}");
    }

    @Test
    void aContextParameterDoesNotShiftTheOthers() throws Exception {
        start();

        assertThat(send("DELETE", "/accounts/0", null)).isEqualTo("400 {\"error\":\"invalid request: "
                + "field 'id' must be greater than 0\","
                + "\"violations\":[{\"field\":\"id\",\"message\":\"must be greater than 0\"}]}");
        assertThat(send("DELETE", "/accounts/7", null)).isEqualTo("200 {}");
        assertThat(registry.calls).containsExactly("close 7");
    }

    @Test
    void validRequestsReachTheServiceUntouched() throws Exception {
        start();

        assertThat(send("POST", "/sum", "{\"a\":0,\"b\":100}")).isEqualTo("200 {\"v\":100}");
        String profile = "{\"id\":\"alice\",\"name\":\"Alice\",\"addresses\":[{\"id\":\"home\",\"location\":\"Paris\"}]}";
        assertThat(send("POST", "/profiles/", profile)).isEqualTo("200 {\"profile\":" + profile + "}");
        assertThat(send("POST", "/scale", "{\"price\":10,\"factor\":0.5}")).isEqualTo("200 {\"v\":5.0}");
        assertThat(registry.calls).containsExactly("sum", "postProfile", "scale");
    }

    @Test
    void jsonRpcAnswersViolationsAsInvalidParams() throws Exception {
        start();

        assertThat(send("POST", "/rpc", "{\"jsonrpc\":\"2.0\",\"method\":\"sum\",\"params\":{\"a\":-1,\"b\":101},\"id\":1}"))
                .isEqualTo("200 {\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32602,\"message\":\"invalid params: "
                        + "field 'a' must be greater than or equal to 0; field 'b' must be less than or equal to 100\","
                        + "\"data\":{\"violations\":[{\"field\":\"a\",\"message\":\"must be greater than or equal to 0\"},"
                        + "{\"field\":\"b\",\"message\":\"must be less than or equal to 100\"}]}},\"id\":1}");
        assertThat(send("POST", "/rpc", "{\"jsonrpc\":\"2.0\",\"method\":\"sum\",\"params\":[1,2],\"id\":2}"))
                .isEqualTo("200 {\"jsonrpc\":\"2.0\",\"result\":{\"v\":3},\"id\":2}");
        assertThat(registry.calls).containsExactly("sum");
    }

    @Test
    void constraintsInheritedFromAGenericInterfaceOfANestedServiceHold() throws Exception {
        List<Shop.Item> saved = new CopyOnWriteArrayList<>();
        Shop_CatalogEndpoints endpoints = Shop_CatalogEndpoints.of(saved::add).with(BeanValidation.middleware(Shop.Catalog.class));
        server = HttpServer.builder().address("127.0.0.1:0").routes(Shop_CatalogHttpRoutes.of(endpoints)).build().start();

        assertThat(send("POST", "/items", "{\"name\":\"\"}")).isEqualTo("400 {\"error\":\"invalid request: "
                + "field 'item.name' must not be blank\",\"violations\":[{\"field\":\"item.name\",\"message\":\"must not be blank\"}]}");
        assertThat(send("POST", "/items", "{\"name\":\"pen\"}")).isEqualTo("200 {}");
        assertThat(saved).containsExactly(new Shop.Item("pen"));
    }

    @Test
    void methodsWithoutConstraintsKeepTheirEndpoint() {
        RegistryEndpoints endpoints = RegistryEndpoints.of(registry);
        RegistryEndpoints validated = endpoints.with(BeanValidation.middleware(Registry.class));

        assertThat(validated.echoEndpoint()).isSameAs(endpoints.echoEndpoint());
        assertThat(validated.sumEndpoint()).isNotSameAs(endpoints.sumEndpoint());
    }

    @Test
    void aServiceWithoutConstraintsIsUnaffected() throws Exception {
        PlainEndpoints endpoints = PlainEndpoints.of((a, b) -> a + b);
        PlainEndpoints validated = endpoints.with(BeanValidation.middleware(Plain.class));
        assertThat(validated.sumEndpoint()).isSameAs(endpoints.sumEndpoint());

        server = HttpServer.builder().address("127.0.0.1:0").routes(PlainHttpRoutes.of(validated)).build().start();
        assertThat(send("POST", "/sum", "{\"a\":-1,\"b\":101}")).isEqualTo("200 {\"v\":100}");
    }

    @Test
    void aMiddlewareBuiltForOneServiceRefusesToWrapAnother() {
        assertThatThrownBy(() -> PlainEndpoints.of((a, b) -> a + b).with(BeanValidation.middleware(Registry.class)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("this Bean Validation middleware was built for dev.javakit.validation.Registry, not for Plain.sum");
    }

    @Test
    void anInterfaceWithoutGeneratedEndpointsIsRefusedAtConstruction() {
        assertThatThrownBy(() -> BeanValidation.middleware(Runnable.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no java.lang.RunnableEndpoints found for java.lang.Runnable");
    }

    private String send(String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }
}
