package dev.javakit.suite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.javakit.apidoc.ApiDocuments;
import dev.javakit.json.JsonCodec;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The API descriptions of every service of the suite: each OpenAPI document valid for swagger-parser
 * with no message at all, each reference of both documents resolved, addsvc's wire format as Go
 * kit's clients send it, and closed objects where unknown fields are refused.
 */
class ApiDocumentsTest {

    private static String resource(Class<?> service, String kind) throws IOException {
        try (InputStream in = service.getClassLoader().getResourceAsStream(ApiDocuments.resourceName(service, kind))) {
            assertThat(in).as("%s document of %s", kind, service.getSimpleName()).isNotNull();
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

    @ParameterizedTest
    @ValueSource(classes = {AccountService.class, AddService.class, BindingService.class, Calculator.class,
            NullableService.class, OrderService.class, StrictService.class})
    void everyOpenApiDocumentIsValidWithEveryReferenceResolved(Class<?> service) throws IOException {
        String document = resource(service, "openapi");
        assertThat(parse(document).getOpenapi()).isEqualTo("3.1.0");
        assertEveryReferenceResolves(document);
    }

    @ParameterizedTest
    @ValueSource(classes = {AccountService.class, AddService.class, BindingService.class, Calculator.class,
            NullableService.class, OrderService.class, StrictService.class})
    void everyOpenRpcDocumentNamesEachMethodWithEveryReferenceResolved(Class<?> service) throws IOException {
        String document = resource(service, "openrpc");
        Map<?, ?> openRpc = JsonCodec.standard().mapper().readValue(document, Map.class);
        assertThat(openRpc.get("openrpc")).isEqualTo("1.3.2");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> methods = (List<Map<String, Object>>) openRpc.get("methods");
        assertThat(methods).isNotEmpty().allSatisfy(method -> assertThat(method).containsKeys("name", "params", "result"));
        assertEveryReferenceResolves(document);
    }

    @Test
    void addsvcTakesItsOperandsAsRequiredBodyFields() throws IOException {
        OpenAPI api = parse(resource(AddService.class, "openapi"));
        Schema<?> body = api.getPaths().get("/sum").getPost().getRequestBody().getContent().get("application/json")
                .getSchema();
        assertThat(body.getProperties()).containsOnlyKeys("a", "b");
        assertThat(body.getRequired()).containsExactly("a", "b");
        Schema<?> a = body.getProperties().get("a");
        Set<String> types = a.getTypes();
        assertThat(types).containsExactly("integer");
        Schema<?> answer = api.getPaths().get("/sum").getPost().getResponses().get("200").getContent()
                .get("application/json").getSchema();
        assertThat(answer.getProperties()).containsOnlyKeys("v");
        assertThat(answer.getRequired()).containsExactly("v");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aServiceThatRefusesUnknownFieldsDescribesClosedObjects() throws IOException {
        String strict = resource(StrictService.class, "openapi");
        parse(strict);
        Map<String, Object> root = JsonCodec.standard().mapper().readValue(strict, Map.class);
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) root.get("components")).get("schemas");
        assertThat((Map<String, Object>) schemas.get("Note")).containsEntry("additionalProperties", false);
        assertThat(bodySchema(root, "/strict/echo")).containsEntry("additionalProperties", false);
        Map<String, Object> add = JsonCodec.standard().mapper().readValue(resource(AddService.class, "openapi"), Map.class);
        assertThat(bodySchema(add, "/sum")).doesNotContainKey("additionalProperties");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> bodySchema(Map<String, Object> root, String path) {
        Map<String, Object> post = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) root
                .get("paths")).get(path)).get("post");
        Map<String, Object> content = (Map<String, Object>) ((Map<String, Object>) post.get("requestBody")).get("content");
        return (Map<String, Object>) ((Map<String, Object>) content.get("application/json")).get("schema");
    }

    /** Asserts that every {@code $ref} of {@code document} names a schema, response or header it defines. */
    @SuppressWarnings("unchecked")
    private static void assertEveryReferenceResolves(String document) {
        Map<String, Object> root = JsonCodec.standard().mapper().readValue(document, Map.class);
        List<String> references = new ArrayList<>();
        collectReferences(root, references);
        for (String reference : references) {
            assertThat(reference).startsWith("#/");
            Object target = root;
            for (String part : reference.substring(2).split("/")) {
                assertThat(target).as("target of %s", reference).isInstanceOf(Map.class);
                target = ((Map<String, Object>) target).get(part);
            }
            assertThat(target).as("target of %s", reference).isNotNull();
        }
    }

    private static void collectReferences(Object node, List<String> references) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if (key.equals("$ref")) {
                    references.add((String) value);
                } else {
                    collectReferences(value, references);
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collectReferences(item, references));
        }
    }
}
