package dev.javakit.sample.profilesvc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.javakit.apidoc.ApiDocuments;
import dev.javakit.json.JsonCodec;
import dev.javakit.transport.http.HttpServer;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The OpenAPI and OpenRPC documents the processor wrote for the sample: valid for swagger-parser,
 * true to the wire contract of Go kit's profilesvc (shared/profilesvc-API.md), served by the
 * sample, and describing what the sample really answers.
 */
@Timeout(30)
class ProfileServiceApiDocumentsTest {

    /** The contract's routes, and the error statuses its semantics give each. */
    private static final Map<String, List<Integer>> CONTRACT = Map.of(
            "POST /profiles/", List.of(400),
            "GET /profiles/{id}", List.of(404),
            "PUT /profiles/{id}", List.of(400),
            "PATCH /profiles/{id}", List.of(400, 404),
            "DELETE /profiles/{id}", List.of(404),
            "GET /profiles/{id}/addresses/", List.of(404),
            "GET /profiles/{id}/addresses/{addressID}", List.of(404),
            "POST /profiles/{id}/addresses/", List.of(400, 404),
            "DELETE /profiles/{id}/addresses/{addressID}", List.of(404));

    private static final String PAT = """
            {"id":"p","name":"Pat","addresses":[{"id":"home","location":"Zürich"}]}""";

    private HttpServer server;
    private HttpTestClient http;

    @BeforeEach
    void startServer() throws IOException {
        server = ProfileServiceMain.start("127.0.0.1:0");
        http = new HttpTestClient(server.port());
    }

    @AfterEach
    void stopServer() {
        server.stop(Duration.ofSeconds(1));
    }

    private static String resource(String kind) throws IOException {
        try (InputStream in = ProfileService.class.getClassLoader()
                .getResourceAsStream(ApiDocuments.resourceName(ProfileService.class, kind))) {
            assertThat(in).as("the %s document on the class path", kind).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static OpenAPI parse(String document) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, options);
        assertThat(result.getMessages()).as("swagger-parser's messages").isEmpty();
        return result.getOpenAPI();
    }

    @Test
    void servesBothDocumentsAsTheProcessorWroteThem() throws IOException {
        http.get(ApiDocuments.OPENAPI_PATH).is(200, resource("openapi").strip());
        http.get(ApiDocuments.OPENRPC_PATH).is(200, resource("openrpc").strip());
    }

    @Test
    void theOpenApiDocumentIsValidOpenApi31() throws IOException {
        assertThat(parse(resource("openapi")).getOpenapi()).isEqualTo("3.1.0");
    }

    @Test
    void documentsExactlyTheContractsRoutesWithTheirErrorStatuses() throws IOException {
        OpenAPI api = parse(resource("openapi"));
        List<String> documented = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((verb, operation) -> {
            String route = verb + " " + path;
            documented.add(route);
            assertThat(operation.getResponses()).as("responses of %s", route).containsKeys("200", "default");
            for (int status : CONTRACT.getOrDefault(route, List.of())) {
                assertThat(operation.getResponses()).as("responses of %s", route).containsKey(Integer.toString(status));
            }
        }));
        assertThat(documented).containsExactlyInAnyOrderElementsOf(CONTRACT.keySet());
    }

    @Test
    void describesTheContractsDataWhereEveryFieldMayBeAbsent() throws IOException {
        OpenAPI api = parse(resource("openapi"));
        Schema<?> profile = api.getComponents().getSchemas().get("Profile");
        Schema<?> address = api.getComponents().getSchemas().get("Address");
        assertThat(profile.getProperties()).containsOnlyKeys("id", "name", "addresses");
        assertThat(address.getProperties()).containsOnlyKeys("id", "location");
        // Go kit's zero values: a missing id, name, location or address list reads as empty.
        assertThat(profile.getRequired()).isNullOrEmpty();
        assertThat(address.getRequired()).isNullOrEmpty();
        assertThat(profile.getProperties().get("addresses").getItems().get$ref()).isEqualTo("#/components/schemas/Address");

        Operation getProfile = api.getPaths().get("/profiles/{id}").getGet();
        Schema<?> answer = getProfile.getResponses().get("200").getContent().get("application/json").getSchema();
        assertThat(answer.getProperties()).containsOnlyKeys("profile");
        assertThat(answer.getProperties().get("profile").get$ref()).isEqualTo("#/components/schemas/Profile");
        Operation postProfile = api.getPaths().get("/profiles/").getPost();
        assertThat(postProfile.getRequestBody().getContent().get("application/json").getSchema().get$ref())
                .isEqualTo("#/components/schemas/Profile");
        assertThat(getProfile.getParameters()).singleElement().satisfies(id -> {
            assertThat(id.getIn()).isEqualTo("path");
            assertThat(id.getName()).isEqualTo("id");
        });
    }

    /**
     * Calls every documented operation on the running sample, with the profile it needs stored first:
     * each answers 200, which the document lists, with a body whose fields are the documented ones.
     */
    @Test
    void everyDocumentedOperationAnswersAsDocumented() throws IOException {
        OpenAPI api = parse(resource("openapi"));
        api.getPaths().forEach((template, item) -> item.readOperationsMap().forEach((verb, operation) -> {
            http.delete("/profiles/p");
            http.post("/profiles/", PAT).isEmptyObject();
            String path = template.replace("{id}", "p").replace("{addressID}", "home");
            String body = operation.getRequestBody() == null ? null : switch (operation.getRequestBody().getContent()
                    .get("application/json").getSchema().get$ref()) {
                case "#/components/schemas/Address" -> "{\"id\":\"office\",\"location\":\"Basel\"}";
                // A new profile where one is created, Pat's own where one is replaced or patched.
                case "#/components/schemas/Profile" -> verb.name().equals("POST") ? "{\"id\":\"q\"}" : PAT;
                default -> throw new AssertionError("an undocumented body in " + verb + " " + template);
            };
            HttpTestClient.Response response = http.send(verb.name(), path, body);
            assertThat(response.status()).as("%s %s: %s", verb, path, response.body()).isEqualTo(200);
            Schema<?> schema = operation.getResponses().get("200").getContent().get("application/json").getSchema();
            Map<?, ?> answer = read(response.body());
            List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
            assertThat(new TreeSet<>(answer.keySet().stream().map(Object::toString).toList()))
                    .as("fields of %s %s", verb, path)
                    .isSubsetOf(schema.getProperties() == null ? List.of() : schema.getProperties().keySet())
                    .containsAll(required);
        }));
        http.get("/profiles/nobody").isError(404, "not found");
    }

    private static Map<?, ?> read(String json) {
        return JsonCodec.standard().mapper().readValue(json, Map.class);
    }
}
