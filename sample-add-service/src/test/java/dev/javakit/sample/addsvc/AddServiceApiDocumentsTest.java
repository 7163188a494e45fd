package dev.javakit.sample.addsvc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.javakit.test.KitServerExtension;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The OpenAPI document addsvc serves: valid, and saying what its wire answers (err2code's 400s included). */
class AddServiceApiDocumentsTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @RegisterExtension
    static final KitServerExtension SERVICE = KitServerExtension.start(AddServiceMain::start);

    private static String get(String path) throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(SERVICE.baseUri().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        return response.body();
    }

    @Test
    void servesAValidOpenApiDocumentOfBothRoutesWithTheirErrors() throws Exception {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(get("/openapi.json"), null, options);
        assertThat(result.getMessages()).as("swagger-parser's messages").isEmpty();
        OpenAPI api = result.getOpenAPI();
        assertThat(api.getPaths()).containsOnlyKeys("/sum", "/concat");
        Operation sum = api.getPaths().get("/sum").getPost();
        assertThat(sum.getResponses()).containsOnlyKeys("200", "400", "default");
        assertThat(sum.getResponses().get("400").getDescription())
                .contains("TwoZeroesException", "IntOverflowException", "an invalid request");
        assertThat(get("/openrpc.json")).contains("\"name\": \"sum\"", "\"name\": \"concat\"");
    }
}
