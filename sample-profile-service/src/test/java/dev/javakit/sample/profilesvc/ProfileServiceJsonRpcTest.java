package dev.javakit.sample.profilesvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import dev.javakit.sample.profilesvc.HttpTestClient.Response;
import dev.javakit.transport.http.HttpServer;
import dev.javakit.transport.http.client.HttpClientTransport;
import dev.javakit.transport.jsonrpc.JsonRpcClientTransport;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The profile service over JSON-RPC 2.0 ({@code POST /rpc}), beside its REST routes on the same
 * server: every operation by name and by position, the business errors as REST answers them, the
 * generated JSON-RPC client, and bad input.
 */
@Timeout(30)
class ProfileServiceJsonRpcTest {

    /** How a call gives its params: an object by name, or an array in the Java method's order. */
    enum Style {
        NAMED, POSITIONAL;

        /** Returns the params from alternating names and JSON values. */
        String params(String... namesAndValues) {
            StringBuilder params = new StringBuilder(this == NAMED ? "{" : "[");
            for (int i = 0; i < namesAndValues.length; i += 2) {
                if (i > 0) {
                    params.append(',');
                }
                if (this == NAMED) {
                    params.append('"').append(namesAndValues[i]).append("\":");
                }
                params.append(namesAndValues[i + 1]);
            }
            return params.append(this == NAMED ? "}" : "]").toString();
        }
    }

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static final String HOME_JSON = "{\"id\":\"home\",\"location\":\"Zürich\"}";
    private static final String WORK_JSON = "{\"id\":\"work\",\"location\":\"Bern\"}";
    private static final String PAT_JSON = "{\"id\":\"p\",\"name\":\"Pat\",\"addresses\":[" + HOME_JSON + "," + WORK_JSON + "]}";

    private static final Address HOME = new Address("home", "Zürich");
    private static final Address WORK = new Address("work", "Bern");
    private static final Profile PAT = new Profile("p", "Pat", List.of(HOME, WORK));

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

    private String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    private void givenPatOverRest() {
        http.post("/profiles/", PAT_JSON).isEmptyObject();
    }

    // --- calling -------------------------------------------------------------------------------------

    private static String request(String method, String params, int id) {
        return request(method, params, Integer.toString(id));
    }

    private static String request(String method, String params, String id) {
        return "{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":" + params + ",\"id\":" + id + "}";
    }

    /** Posts {@code body} to {@code /rpc} and returns the JSON answer, checking it is a 200 JSON one. */
    private JsonNode rpc(String body) {
        Response response = http.post("/rpc", body);
        assertThat(response.status()).as("status of %s (body %s)", response.request(), response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).as("Content-Type of %s", response.request())
                .hasValue(HttpTestClient.JSON_UTF8);
        return MAPPER.readTree(response.body());
    }

    /** Asserts that {@code method} answers exactly {@code result}. */
    private void assertResult(String method, String params, String result) {
        assertThat(rpc(request(method, params, 1))).as("%s(%s)", method, params)
                .isEqualTo(MAPPER.readTree("{\"jsonrpc\":\"2.0\",\"result\":" + result + ",\"id\":1}"));
    }

    /** Asserts that {@code body} is answered with one error of {@code code} and returns its message. */
    private String errorOf(String body, int code) {
        JsonNode response = rpc(body);
        assertThat(response.propertyNames()).as("members of the answer to %s: %s", body, response)
                .containsExactlyInAnyOrder("jsonrpc", "error", "id");
        assertThat(response.get("jsonrpc").stringValue()).isEqualTo("2.0");
        assertThat(response.at("/error/code").isInt()).as("integer code in %s", response).isTrue();
        assertThat(response.at("/error/code").intValue()).as("code of the answer to %s: %s", body, response)
                .isEqualTo(code);
        return response.at("/error/message").stringValue();
    }

    private void assertError(String method, String params, int code, String message) {
        assertThat(errorOf(request(method, params, 1), code)).as("message of %s(%s)", method, params).isEqualTo(message);
    }

    // --- the nine operations, by name and by position ------------------------------------------------

    @ParameterizedTest
    @EnumSource(Style.class)
    void postProfileAnswersEmptyObjectAndStoresIt(Style style) {
        assertResult("postProfile", style.params("profile", PAT_JSON), "{}");

        http.get("/profiles/p").is(200, "{\"profile\":" + PAT_JSON + "}");
    }

    @ParameterizedTest
    @EnumSource(Style.class)
    void getProfileAnswersTheProfileRecord(Style style) {
        givenPatOverRest();

        assertResult("getProfile", style.params("id", "\"p\""), "{\"profile\":" + PAT_JSON + "}");
    }

    @ParameterizedTest
    @EnumSource(Style.class)
    void getProfileOmitsEmptyNameAndAddresses(Style style) {
        http.post("/profiles/", "{\"id\":\"bare\"}").isEmptyObject();

        assertResult("getProfile", style.params("id", "\"bare\""), "{\"profile\":{\"id\":\"bare\"}}");
    }

    @ParameterizedTest
    @EnumSource(Style.class)
    void putProfileCreatesThenReplacesTheWholeProfile(Style style) {
        assertResult("putProfile", style.params("id", "\"p\"", "profile", PAT_JSON), "{}");
        assertResult("getProfile", style.params("id", "\"p\""), "{\"profile\":" + PAT_JSON + "}");

        assertResult("putProfile", style.params("id", "\"p\"", "profile", "{\"id\":\"p\",\"name\":\"Sam\"}"), "{}");

        assertResult("getProfile", style.params("id", "\"p\""), "{\"profile\":{\"id\":\"p\",\"name\":\"Sam\"}}");
    }

    @ParameterizedTest
    @EnumSource(Style.class)
    void patchProfileReplacesOnlyTheFieldsGiven(Style style) {
        givenPatOverRest();

        assertResult("patchProfile", style.params("id", "\"p\"", "profile", "{\"name\":\"Sam\"}"), "{}");
        assertResult("getProfile", style.params("id", "\"p\""),
                "{\"profile\":{\"id\":\"p\",\"name\":\"Sam\",\"addresses\":[" + HOME_JSON + "," + WORK_JSON + "]}}");

        assertResult("patchProfile", style.params("id", "\"p\"", "profile", "{\"addresses\":[" + WORK_JSON + "]}"), "{}");
        assertResult("getProfile", style.params("id", "\"p\""),
                "{\"profile\":{\"id\":\"p\",\"name\":\"Sam\",\"addresses\":[" + WORK_JSON + "]}}");
    }

    @ParameterizedTest
    @EnumSource(Style.class)
    void deleteProfileRemovesIt(Style style) {
        givenPatOverRest();

        assertResult("deleteProfile", style.params("id", "\"p\""), "{}");

        assertError("getProfile", style.params("id", "\"p\""), 404, "not found");
        http.get("/profiles/p").isError(404, "not found");
    }

    @ParameterizedTest
    @EnumSource(Style.class)
    void getAddressesAnswersThemInInsertionOrder(Style style) {
        givenPatOverRest();

        assertResult("getAddresses", style.params("profileId", "\"p\""), "{\"addresses\":[" + HOME_JSON + "," + WORK_JSON + "]}");
    }

    @ParameterizedTest
    @EnumSource(Style.class)
    void getAddressesOfAProfileWithoutAnyIsAnEmptyList(Style style) {
        http.post("/profiles/", "{\"id\":\"p\"}").isEmptyObject();

        assertResult("getAddresses", style.params("profileId", "\"p\""), "{\"addresses\":[]}");
    }

    @ParameterizedTest
    @EnumSource(Style.class)
    void getAddressAnswersOne(Style style) {
        givenPatOverRest();

        assertResult("getAddress", style.params("profileId", "\"p\"", "addressId", "\"work\""), "{\"address\":" + WORK_JSON + "}");
    }

    @ParameterizedTest
    @EnumSource(Style.class)
    void postAddressAppendsIt(Style style) {
        givenPatOverRest();

        assertResult("postAddress", style.params("profileId", "\"p\"", "address", "{\"id\":\"cabin\",\"location\":\"Thun\"}"),
                "{}");

        assertResult("getAddresses", style.params("profileId", "\"p\""),
                "{\"addresses\":[" + HOME_JSON + "," + WORK_JSON + ",{\"id\":\"cabin\",\"location\":\"Thun\"}]}");
    }

    @ParameterizedTest
    @EnumSource(Style.class)
    void deleteAddressRemovesItAndKeepsTheOthers(Style style) {
        givenPatOverRest();

        assertResult("deleteAddress", style.params("profileId", "\"p\"", "addressId", "\"home\""), "{}");

        assertResult("getAddresses", style.params("profileId", "\"p\""), "{\"addresses\":[" + WORK_JSON + "]}");
        assertError("getAddress", style.params("profileId", "\"p\"", "addressId", "\"home\""), 404, "not found");
    }

    // --- business errors: the REST status as code, the REST message --------------------------------

    static Stream<Arguments> businessErrors() {
        return Stream.of(
                argumentSet("getProfile of a missing profile", "GET", "/profiles/nobody", null,
                        "getProfile", "{\"id\":\"nobody\"}", 404, "not found"),
                argumentSet("postProfile of a taken id", "POST", "/profiles/", PAT_JSON,
                        "postProfile", "{\"profile\":" + PAT_JSON + "}", 400, "already exists"),
                argumentSet("postProfile without id", "POST", "/profiles/", "{\"name\":\"Sam\"}",
                        "postProfile", "{\"profile\":{\"name\":\"Sam\"}}", 400, "profile id must not be empty"),
                argumentSet("postProfile with an empty id", "POST", "/profiles/", "{\"id\":\"\"}",
                        "postProfile", "{\"profile\":{\"id\":\"\"}}", 400, "profile id must not be empty"),
                argumentSet("postProfile with an address without id", "POST", "/profiles/", "{\"id\":\"q\",\"addresses\":[{}]}",
                        "postProfile", "{\"profile\":{\"id\":\"q\",\"addresses\":[{}]}}", 400,
                        "addresses[0]: address id must not be empty"),
                argumentSet("putProfile with another id in the body", "PUT", "/profiles/q", PAT_JSON,
                        "putProfile", "{\"id\":\"q\",\"profile\":" + PAT_JSON + "}", 400, "inconsistent IDs"),
                argumentSet("patchProfile of a missing profile", "PATCH", "/profiles/nobody", "{\"name\":\"x\"}",
                        "patchProfile", "{\"id\":\"nobody\",\"profile\":{\"name\":\"x\"}}", 404, "not found"),
                argumentSet("patchProfile with another id in the body", "PATCH", "/profiles/p", "{\"id\":\"q\"}",
                        "patchProfile", "{\"id\":\"p\",\"profile\":{\"id\":\"q\"}}", 400, "inconsistent IDs"),
                argumentSet("deleteProfile of a missing profile", "DELETE", "/profiles/nobody", null,
                        "deleteProfile", "{\"id\":\"nobody\"}", 404, "not found"),
                argumentSet("getAddresses of a missing profile", "GET", "/profiles/nobody/addresses/", null,
                        "getAddresses", "{\"profileId\":\"nobody\"}", 404, "not found"),
                argumentSet("getAddress of a missing address", "GET", "/profiles/p/addresses/nowhere", null,
                        "getAddress", "{\"profileId\":\"p\",\"addressId\":\"nowhere\"}", 404, "not found"),
                argumentSet("postAddress to a missing profile", "POST", "/profiles/nobody/addresses/", "{\"id\":\"h\"}",
                        "postAddress", "{\"profileId\":\"nobody\",\"address\":{\"id\":\"h\"}}", 404, "not found"),
                argumentSet("postAddress of a taken id", "POST", "/profiles/p/addresses/", HOME_JSON,
                        "postAddress", "{\"profileId\":\"p\",\"address\":" + HOME_JSON + "}", 400, "already exists"),
                argumentSet("postAddress without id", "POST", "/profiles/p/addresses/", "{\"location\":\"x\"}",
                        "postAddress", "{\"profileId\":\"p\",\"address\":{\"location\":\"x\"}}", 400,
                        "address id must not be empty"),
                argumentSet("deleteAddress of a missing address", "DELETE", "/profiles/p/addresses/nowhere", null,
                        "deleteAddress", "{\"profileId\":\"p\",\"addressId\":\"nowhere\"}", 404, "not found"));
    }

    @ParameterizedTest
    @MethodSource("businessErrors")
    void businessErrorIsTheRestStatusAndMessage(String restMethod, String path, String body, String method, String params,
            int status, String message) {
        givenPatOverRest();

        http.send(restMethod, path, body).isError(status, message);
        assertError(method, params, status, message);
    }

    @Test
    void businessErrorOverPositionalParams() {
        givenPatOverRest();

        assertError("postAddress", "[\"p\"," + HOME_JSON + "]", 400, "already exists");
        assertError("putProfile", "[\"q\",{\"id\":\"p\"}]", 400, "inconsistent IDs");
        assertError("getAddress", "[\"nobody\",\"home\"]", 404, "not found");
    }

    @Test
    void failedCallsChangeNothing() {
        givenPatOverRest();

        assertError("putProfile", "{\"id\":\"q\",\"profile\":{\"id\":\"p\",\"name\":\"Sam\"}}", 400, "inconsistent IDs");
        assertError("postProfile", "{\"profile\":{\"id\":\"p\",\"name\":\"Sam\"}}", 400, "already exists");

        http.get("/profiles/p").is(200, "{\"profile\":" + PAT_JSON + "}");
        http.get("/profiles/q").isError(404, "not found");
    }

    // --- one service, two transports ----------------------------------------------------------------

    @Test
    void mutationOverJsonRpcIsVisibleOverRest() {
        assertResult("postProfile", "{\"profile\":" + PAT_JSON + "}", "{}");
        assertResult("postAddress", "[\"p\",{\"id\":\"cabin\"}]", "{}");
        assertResult("patchProfile", "{\"id\":\"p\",\"profile\":{\"name\":\"Sam\"}}", "{}");

        http.get("/profiles/p").is(200, "{\"profile\":{\"id\":\"p\",\"name\":\"Sam\",\"addresses\":["
                + HOME_JSON + "," + WORK_JSON + ",{\"id\":\"cabin\"}]}}");

        assertResult("deleteProfile", "[\"p\"]", "{}");
        http.get("/profiles/p").isError(404, "not found");
    }

    @Test
    void mutationOverRestIsVisibleOverJsonRpc() {
        givenPatOverRest();
        http.delete("/profiles/p/addresses/home").isEmptyObject();

        assertResult("getProfile", "{\"id\":\"p\"}", "{\"profile\":{\"id\":\"p\",\"name\":\"Pat\",\"addresses\":[" + WORK_JSON + "]}}");

        http.delete("/profiles/p").isEmptyObject();
        assertError("getProfile", "{\"id\":\"p\"}", 404, "not found");
    }

    @Test
    void batchRunsItsCallsInOrderAndAnswersAllButNotifications() {
        JsonNode answer = rpc("["
                + request("postProfile", "{\"profile\":{\"id\":\"p\",\"name\":\"Pat\"}}", 1) + ","
                + "{\"jsonrpc\":\"2.0\",\"method\":\"postAddress\",\"params\":[\"p\"," + HOME_JSON + "]},"
                + request("getProfile", "[\"p\"]", 2) + ","
                + request("postProfile", "{\"profile\":{\"id\":\"p\"}}", 3) + ","
                + request("getAddress", "{\"profileId\":\"p\",\"addressId\":\"work\"}", "\"four\"") + "]");

        assertThat(answer).isEqualTo(MAPPER.readTree("""
                [
                  {"jsonrpc":"2.0","result":{},"id":1},
                  {"jsonrpc":"2.0","result":{"profile":{"id":"p","name":"Pat","addresses":[%s]}},"id":2},
                  {"jsonrpc":"2.0","error":{"code":400,"message":"already exists","data":{"kit-error":"AlreadyExistsException"}},"id":3},
                  {"jsonrpc":"2.0","error":{"code":404,"message":"not found","data":{"kit-error":"NotFoundException"}},"id":"four"}
                ]""".formatted(HOME_JSON)));
    }

    @Test
    void notificationIsCarriedOutWithoutAnAnswer() {
        Response response = http.post("/rpc", "{\"jsonrpc\":\"2.0\",\"method\":\"postProfile\",\"params\":{\"profile\":"
                + PAT_JSON + "}}");

        assertThat(response.status()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
        http.get("/profiles/p").is(200, "{\"profile\":" + PAT_JSON + "}");
    }

    @Test
    void metricsTellTheTransportsApartForTheSameMethod() {
        givenPatOverRest();
        http.get("/profiles/p").is(200, "{\"profile\":" + PAT_JSON + "}");
        http.get("/profiles/p").is(200, "{\"profile\":" + PAT_JSON + "}");
        for (int i = 0; i < 3; i++) {
            assertResult("getProfile", "{\"id\":\"p\"}", "{\"profile\":" + PAT_JSON + "}");
        }
        assertError("getProfile", "[\"nobody\"]", 404, "not found");

        String metrics = http.get("/metrics").body();

        assertThat(metrics)
                .contains("kit_endpoint_calls_seconds_count{exception=\"none\",method=\"getProfile\",outcome=\"SUCCESS\","
                        + "service=\"ProfileService\",transport=\"http\"} 2\n")
                .contains("kit_endpoint_calls_seconds_count{exception=\"none\",method=\"getProfile\",outcome=\"SUCCESS\","
                        + "service=\"ProfileService\",transport=\"jsonrpc\"} 3\n")
                .contains("kit_endpoint_calls_seconds_count{exception=\"NotFoundException\",method=\"getProfile\","
                        + "outcome=\"CLIENT_ERROR\",service=\"ProfileService\",transport=\"jsonrpc\"} 1\n")
                .contains("kit_endpoint_calls_seconds_count{exception=\"none\",method=\"postProfile\",outcome=\"SUCCESS\","
                        + "service=\"ProfileService\",transport=\"http\"} 1\n")
                .doesNotContain("transport=\"none\"");
    }

    // --- the generated JSON-RPC client -------------------------------------------------------------

    private ProfileServiceEndpoints client() {
        return ProfileServiceJsonRpcClient.endpoints(
                new JsonRpcClientTransport(HttpClientTransport.builder(URI.create(baseUrl())).build(), "/rpc"));
    }

    @Test
    void clientRoundTripsAllNineOperations() throws Exception {
        ProfileServiceEndpoints client = client();

        client.postProfile(PAT);
        assertThat(client.getProfile("p")).isEqualTo(PAT);

        client.putProfile("q", new Profile("q", "Quinn", List.of()));
        assertThat(client.getProfile("q")).isEqualTo(new Profile("q", "Quinn", List.of()));

        client.patchProfile("q", new Profile("", "Quincy", List.of(WORK)));
        assertThat(client.getProfile("q")).isEqualTo(new Profile("q", "Quincy", List.of(WORK)));

        client.postAddress("p", new Address("cabin", "Thun"));
        assertThat(client.getAddresses("p")).containsExactly(HOME, WORK, new Address("cabin", "Thun"));
        assertThat(client.getAddress("p", "cabin")).isEqualTo(new Address("cabin", "Thun"));

        client.deleteAddress("p", "home");
        assertThat(client.getAddresses("p")).containsExactly(WORK, new Address("cabin", "Thun"));

        client.deleteProfile("q");
        assertNotFound(() -> client.getProfile("q"));
        http.get("/profiles/p").is(200, "{\"profile\":{\"id\":\"p\",\"name\":\"Pat\",\"addresses\":["
                + WORK_JSON + ",{\"id\":\"cabin\",\"location\":\"Thun\"}]}}");
    }

    @Test
    void clientCreatedFromABaseUrlTalksToTheService() throws Exception {
        ProfileService profiles = ProfileServiceJsonRpcClient.create(baseUrl(), "/rpc");

        profiles.postProfile(PAT);

        assertThat(profiles.getProfile("p")).isEqualTo(PAT);
        assertThat(profiles.getAddresses("p")).containsExactly(HOME, WORK);
    }

    @Test
    void clientMapsNotFoundBackForEveryOperationThatDeclaresIt() throws Exception {
        ProfileServiceEndpoints client = client();
        client.postProfile(new Profile("p", "Pat", List.of()));

        assertNotFound(() -> client.getProfile("nobody"));
        assertNotFound(() -> client.deleteProfile("nobody"));
        assertNotFound(() -> client.patchProfile("nobody", new Profile("", "X", List.of())));
        assertNotFound(() -> client.getAddresses("nobody"));
        assertNotFound(() -> client.getAddress("p", "home"));
        assertNotFound(() -> client.postAddress("nobody", HOME));
        assertNotFound(() -> client.deleteAddress("p", "home"));
    }

    @Test
    void clientMapsTheFourHundredsBackByTheirMessages() throws Exception {
        ProfileServiceEndpoints client = client();
        client.postProfile(PAT);

        assertThat(catchThrowableOfType(AlreadyExistsException.class, () -> client.postProfile(PAT)))
                .hasMessage("already exists");
        assertThat(catchThrowableOfType(AlreadyExistsException.class, () -> client.postAddress("p", HOME)))
                .hasMessage("already exists");
        assertThat(catchThrowableOfType(InconsistentIdsException.class, () -> client.putProfile("q", PAT)))
                .hasMessage("inconsistent IDs");
        assertThat(catchThrowableOfType(InconsistentIdsException.class,
                () -> client.patchProfile("p", new Profile("q", "", List.of()))))
                .hasMessage("inconsistent IDs");
        assertThat(catchThrowableOfType(InvalidProfileException.class,
                () -> client.postProfile(new Profile("", "Nobody", List.of()))))
                .hasMessage("profile id must not be empty");
        assertThat(catchThrowableOfType(InvalidProfileException.class,
                () -> client.putProfile("", new Profile("", "Nobody", List.of()))))
                .hasMessage("profile id must not be empty");
        assertThat(catchThrowableOfType(InvalidProfileException.class,
                () -> client.postAddress("p", new Address("", "nowhere"))))
                .hasMessage("address id must not be empty");
        assertThat(catchThrowableOfType(InvalidProfileException.class,
                () -> client.patchProfile("p", new Profile("p", "", Arrays.asList((Address) null)))))
                .hasMessage("addresses[0] must be an address, not null");
    }

    private static void assertNotFound(ThrowingCall call) {
        NotFoundException thrown = catchThrowableOfType(NotFoundException.class, call::run);
        assertThat(thrown).as("NotFoundException").isNotNull().hasMessage("not found");
    }

    @FunctionalInterface
    private interface ThrowingCall {
        void run() throws Exception;
    }

    // --- bad input is a JSON-RPC error, never a 500 --------------------------------------------------

    static Stream<Arguments> badInput() {
        return Stream.of(
                argumentSet("empty body", "", -32700),
                argumentSet("truncated JSON", "{\"jsonrpc\":\"2.0\",\"method\":\"getProfile\"", -32700),
                argumentSet("not JSON", "getProfile p", -32700),
                argumentSet("two documents", request("getProfile", "[\"p\"]", 1) + request("getProfile", "[\"p\"]", 2), -32700),
                argumentSet("deep nesting", "[".repeat(50_000) + "]".repeat(50_000), -32700),
                argumentSet("jsonrpc 1.0", "{\"jsonrpc\":\"1.0\",\"method\":\"getProfile\",\"params\":[\"p\"],\"id\":1}", -32600),
                argumentSet("no jsonrpc", "{\"method\":\"getProfile\",\"params\":[\"p\"],\"id\":1}", -32600),
                argumentSet("method a number", "{\"jsonrpc\":\"2.0\",\"method\":7,\"id\":1}", -32600),
                argumentSet("params a string", request("getProfile", "\"p\"", 1), -32600),
                argumentSet("empty batch", "[]", -32600),
                argumentSet("unknown method", request("getProfiles", "[]", 1), -32601),
                argumentSet("id a number", request("getProfile", "{\"id\":5}", 1), -32602),
                argumentSet("id an array", request("getProfile", "[[\"p\"]]", 1), -32602),
                argumentSet("id null", request("getProfile", "{\"id\":null}", 1), -32602),
                argumentSet("id missing", request("getProfile", "{}", 1), -32602),
                argumentSet("profile a string", request("postProfile", "{\"profile\":\"p\"}", 1), -32602),
                argumentSet("addresses a string", request("postProfile", "{\"profile\":{\"id\":\"p\",\"addresses\":\"home\"}}", 1),
                        -32602),
                argumentSet("address a number", request("postProfile", "{\"profile\":{\"id\":\"p\",\"addresses\":[5]}}", 1),
                        -32602),
                argumentSet("name an object", request("putProfile", "[\"p\",{\"id\":\"p\",\"name\":{}}]", 1), -32602),
                argumentSet("too few positional params", request("putProfile", "[\"p\"]", 1), -32602),
                argumentSet("too many positional params", request("getAddress", "[\"p\",\"a\",\"b\"]", 1), -32602),
                argumentSet("null address in the list", request("postProfile", "{\"profile\":{\"id\":\"p\",\"addresses\":[null]}}", 1),
                        400));
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void badInputIsAJsonRpcErrorNeverA500(String body, int code) {
        String message = errorOf(body, code);

        assertThat(message).isNotBlank().doesNotContain("java.", "dev.javakit", "tools.jackson", "Exception");
    }

    @Test
    void hugeBatchIsOneInvalidRequestAndRunsNothing() {
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < 10_000; i++) {
            body.append(i == 0 ? "" : ",").append(request("postProfile", "{\"profile\":{\"id\":\"p" + i + "\"}}", i));
        }
        body.append(']');

        assertThat(errorOf(body.toString(), -32600)).isEqualTo("invalid request: a batch of 10000 calls is larger than 100");
        http.get("/profiles/p0").isError(404, "not found");
    }

    @Test
    void bodyOverTheLimitIs413NotA500() {
        String body = request("postProfile", "{\"profile\":{\"id\":\"p\",\"name\":\"" + "x".repeat(1 << 20) + "\"}}", 1);

        Response response = http.post("/rpc", body);

        assertThat(response.status()).isEqualTo(413);
        http.get("/profiles/p").isError(404, "not found");
    }
}
