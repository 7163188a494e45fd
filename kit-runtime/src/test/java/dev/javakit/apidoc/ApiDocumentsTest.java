package dev.javakit.apidoc;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.javakit.transport.http.HttpServer;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Serving the API descriptions found on the class path, and refusing a service that has none. */
class ApiDocumentsTest {

    /** A service with an OpenAPI document (in the test resources) and no OpenRPC one. */
    interface Described {
    }

    /** A service with no document at all. */
    interface Undescribed {
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(Duration.ofSeconds(1));
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString(UTF_8));
    }

    @Test
    void servesTheDocumentsOfTheServiceAndNoOther() throws Exception {
        server = HttpServer.builder().address("127.0.0.1:0").routes(ApiDocuments.routes(Described.class)).build().start();

        HttpResponse<String> openApi = get("/openapi.json");
        assertThat(openApi.statusCode()).isEqualTo(200);
        assertThat(openApi.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        try (InputStream in = Described.class.getClassLoader()
                .getResourceAsStream(ApiDocuments.resourceName(Described.class, "openapi"))) {
            assertThat(openApi.body()).isEqualTo(new String(in.readAllBytes(), UTF_8));
        }
        assertThat(get("/openrpc.json").statusCode()).isEqualTo(404);
    }

    @Test
    void namesTheMissingDocumentOfAServiceWithoutOne() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ApiDocuments.routes(Undescribed.class))
                .withMessageContaining("META-INF/javakit/dev.javakit.apidoc.ApiDocumentsTest$Undescribed.openapi.json")
                .withMessageContaining("compiled with the javakit processor");
    }
}
