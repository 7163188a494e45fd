package dev.javakit.sample.profilesvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import dev.javakit.sample.profilesvc.HttpTestClient.Response;
import dev.javakit.transport.http.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The wire contract of Go kit's {@code examples/profilesvc} (shared/profilesvc-API.md), end to end over a loopback socket. */
@Timeout(30)
class ProfileServiceHttpTest {

    private static final int ONE_MIB = 1 << 20;

    private static final String PAT = """
            {"id":"p","name":"Pat","addresses":[{"id":"home","location":"Zürich"},{"id":"work","location":"Bern"}]}""";
    private static final String PAT_STORED = "{\"profile\":" + PAT + "}";

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

    private void givenPat() {
        http.post("/profiles/", PAT).isEmptyObject();
    }

    // --- the nine routes, succeeding -------------------------------------------------------------

    @Test
    void postProfileAnswersEmptyObjectAndStoresIt() {
        http.post("/profiles/", PAT).isEmptyObject();

        http.get("/profiles/p").is(200, PAT_STORED);
    }

    @Test
    void getProfileWritesFieldsInContractOrderWhateverTheInputOrder() {
        http.post("/profiles/", """
                {"addresses":[{"location":"Zürich","id":"home"}],"name":"Pat","id":"p"}""").isEmptyObject();

        http.get("/profiles/p").is(200, """
                {"profile":{"id":"p","name":"Pat","addresses":[{"id":"home","location":"Zürich"}]}}""");
    }

    @Test
    void getProfileOmitsEmptyNameAddressesAndLocationButNeverId() {
        http.post("/profiles/", "{\"id\":\"bare\",\"name\":\"\",\"addresses\":[]}").isEmptyObject();
        http.post("/profiles/", "{\"id\":\"nulls\",\"name\":null,\"addresses\":null}").isEmptyObject();
        http.post("/profiles/", "{\"id\":\"missing\"}").isEmptyObject();
        http.post("/profiles/", "{\"id\":\"a\",\"addresses\":[{\"id\":\"h\",\"location\":\"\"},{\"id\":\"w\"}]}")
                .isEmptyObject();

        http.get("/profiles/bare").is(200, "{\"profile\":{\"id\":\"bare\"}}");
        http.get("/profiles/nulls").is(200, "{\"profile\":{\"id\":\"nulls\"}}");
        http.get("/profiles/missing").is(200, "{\"profile\":{\"id\":\"missing\"}}");
        http.get("/profiles/a").is(200, "{\"profile\":{\"id\":\"a\",\"addresses\":[{\"id\":\"h\"},{\"id\":\"w\"}]}}");
        http.get("/profiles/a/addresses/h").is(200, "{\"address\":{\"id\":\"h\"}}");
    }

    @Test
    void putCreatesAMissingProfile() {
        http.put("/profiles/p", PAT).isEmptyObject();

        http.get("/profiles/p").is(200, PAT_STORED);
    }

    @Test
    void putReplacesTheWholeProfile() {
        givenPat();

        http.put("/profiles/p", "{\"id\":\"p\",\"name\":\"Sam\"}").isEmptyObject();

        http.get("/profiles/p").is(200, "{\"profile\":{\"id\":\"p\",\"name\":\"Sam\"}}");
    }

    @Test
    void patchWithNameReplacesOnlyTheName() {
        givenPat();

        http.patch("/profiles/p", "{\"name\":\"Sam\"}").isEmptyObject();

        http.get("/profiles/p").is(200, """
                {"profile":{"id":"p","name":"Sam","addresses":[{"id":"home","location":"Zürich"},{"id":"work","location":"Bern"}]}}""");
    }

    @Test
    void patchWithAddressesReplacesOnlyTheAddresses() {
        givenPat();

        http.patch("/profiles/p", "{\"addresses\":[{\"id\":\"lake\",\"location\":\"Thun\"}]}").isEmptyObject();

        http.get("/profiles/p").is(200, """
                {"profile":{"id":"p","name":"Pat","addresses":[{"id":"lake","location":"Thun"}]}}""");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"name\":\"\",\"addresses\":[]}", "{\"name\":null,\"addresses\":null}", "{\"id\":\"\"}"})
    void patchWithEmptyFieldsLeavesTheProfileAsItIs(String body) {
        givenPat();

        http.patch("/profiles/p", body).isEmptyObject();

        http.get("/profiles/p").is(200, PAT_STORED);
    }

    @Test
    void patchAcceptsABodyIdEqualToThePathId() {
        givenPat();

        http.patch("/profiles/p", "{\"id\":\"p\",\"name\":\"Sam\",\"addresses\":[{\"id\":\"x\"}]}").isEmptyObject();

        http.get("/profiles/p").is(200, "{\"profile\":{\"id\":\"p\",\"name\":\"Sam\",\"addresses\":[{\"id\":\"x\"}]}}");
    }

    @Test
    void deleteProfileRemovesIt() {
        givenPat();

        http.delete("/profiles/p").isEmptyObject();

        http.get("/profiles/p").isError(404, "not found");
        http.get("/profiles/p/addresses/").isError(404, "not found");
    }

    @Test
    void getAddressesListsThemInInsertionOrder() {
        http.post("/profiles/", "{\"id\":\"p\"}").isEmptyObject();
        for (String id : new String[] {"c", "a", "b"}) {
            http.post("/profiles/p/addresses/", "{\"id\":\"" + id + "\",\"location\":\"at " + id + "\"}").isEmptyObject();
        }

        http.get("/profiles/p/addresses/").is(200, """
                {"addresses":[{"id":"c","location":"at c"},{"id":"a","location":"at a"},{"id":"b","location":"at b"}]}""");
    }

    @Test
    void getAddressesOfAProfileWithoutAnyIsEmpty() {
        http.post("/profiles/", "{\"id\":\"p\"}").isEmptyObject();

        Response response = http.get("/profiles/p/addresses/");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(HttpTestClient.JSON_UTF8);
        assertThat(response.json()).isIn("{\"addresses\":[]}", "{}");
    }

    @Test
    void getAddressReturnsIt() {
        givenPat();

        http.get("/profiles/p/addresses/work").is(200, "{\"address\":{\"id\":\"work\",\"location\":\"Bern\"}}");
    }

    @Test
    void postAddressAppendsIt() {
        givenPat();

        http.post("/profiles/p/addresses/", "{\"id\":\"lake\",\"location\":\"Thun\"}").isEmptyObject();

        http.get("/profiles/p/addresses/lake").is(200, "{\"address\":{\"id\":\"lake\",\"location\":\"Thun\"}}");
        http.get("/profiles/p/addresses/").is(200, """
                {"addresses":[{"id":"home","location":"Zürich"},{"id":"work","location":"Bern"},{"id":"lake","location":"Thun"}]}""");
    }

    @Test
    void addressIdsAreUniquePerProfileOnly() {
        givenPat();
        http.post("/profiles/", "{\"id\":\"q\"}").isEmptyObject();

        http.post("/profiles/q/addresses/", "{\"id\":\"home\",\"location\":\"Basel\"}").isEmptyObject();

        http.get("/profiles/q/addresses/home").is(200, "{\"address\":{\"id\":\"home\",\"location\":\"Basel\"}}");
        http.get("/profiles/p/addresses/home").is(200, "{\"address\":{\"id\":\"home\",\"location\":\"Zürich\"}}");
    }

    @Test
    void deleteAddressRemovesOnlyIt() {
        givenPat();

        http.delete("/profiles/p/addresses/home").isEmptyObject();

        http.get("/profiles/p/addresses/home").isError(404, "not found");
        http.get("/profiles/p/addresses/").is(200, "{\"addresses\":[{\"id\":\"work\",\"location\":\"Bern\"}]}");
    }

    // --- the contract's error table --------------------------------------------------------------

    static Stream<Arguments> notFound() {
        return Stream.of(
                argumentSet("GET missing profile", "GET", "/profiles/nobody", null),
                argumentSet("PATCH missing profile", "PATCH", "/profiles/nobody", "{\"name\":\"x\"}"),
                argumentSet("DELETE missing profile", "DELETE", "/profiles/nobody", null),
                argumentSet("GET addresses of missing profile", "GET", "/profiles/nobody/addresses/", null),
                argumentSet("GET address of missing profile", "GET", "/profiles/nobody/addresses/home", null),
                argumentSet("GET missing address", "GET", "/profiles/p/addresses/nowhere", null),
                argumentSet("POST address to missing profile", "POST", "/profiles/nobody/addresses/", "{\"id\":\"h\"}"),
                argumentSet("DELETE address of missing profile", "DELETE", "/profiles/nobody/addresses/home", null),
                argumentSet("DELETE missing address", "DELETE", "/profiles/p/addresses/nowhere", null));
    }

    @ParameterizedTest
    @MethodSource
    void notFound(String method, String path, String body) {
        givenPat();

        http.send(method, path, body).isError(404, "not found");

        http.get("/profiles/p").is(200, PAT_STORED);
        http.get("/profiles/nobody").isError(404, "not found");
    }

    @Test
    void postOfAnExistingProfileIsAlreadyExistsAndKeepsTheOriginal() {
        givenPat();

        http.post("/profiles/", "{\"id\":\"p\",\"name\":\"Impostor\"}").isError(400, "already exists");

        http.get("/profiles/p").is(200, PAT_STORED);
    }

    @Test
    void postOfAnExistingAddressIdIsAlreadyExistsAndKeepsTheOriginal() {
        givenPat();

        http.post("/profiles/p/addresses/", "{\"id\":\"home\",\"location\":\"Elsewhere\"}").isError(400, "already exists");

        http.get("/profiles/p").is(200, PAT_STORED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"id\":\"q\",\"name\":\"Sam\"}", "{\"name\":\"Sam\"}", "{\"id\":\"\",\"name\":\"Sam\"}",
        "{\"id\":\"P\",\"name\":\"Sam\"}"})
    void putWithAnotherOrMissingBodyIdIsInconsistentIds(String body) {
        givenPat();

        http.put("/profiles/p", body).isError(400, "inconsistent IDs");
        http.put("/profiles/new", body).isError(400, "inconsistent IDs");

        http.get("/profiles/p").is(200, PAT_STORED);
        http.get("/profiles/new").isError(404, "not found");
        http.get("/profiles/q").isError(404, "not found");
    }

    @Test
    void patchWithAnotherBodyIdIsInconsistentIdsAndChangesNothing() {
        givenPat();

        http.patch("/profiles/p", "{\"id\":\"q\",\"name\":\"Sam\"}").isError(400, "inconsistent IDs");

        http.get("/profiles/p").is(200, PAT_STORED);
    }

    @Test
    void patchChecksIdsBeforeLookingTheProfileUp() {
        http.patch("/profiles/nobody", "{\"id\":\"other\",\"name\":\"Sam\"}").isError(400, "inconsistent IDs");
    }

    static Stream<Arguments> emptyIds() {
        return Stream.of(
                argumentSet("POST profile without id", "POST", "/profiles/", "{\"name\":\"Sam\"}"),
                argumentSet("POST profile with empty id", "POST", "/profiles/", "{\"id\":\"\",\"name\":\"Sam\"}"),
                argumentSet("POST profile with null id", "POST", "/profiles/", "{\"id\":null,\"name\":\"Sam\"}"),
                argumentSet("POST profile with an address without id", "POST", "/profiles/",
                        "{\"id\":\"q\",\"addresses\":[{\"id\":\"ok\"},{\"location\":\"Bern\"}]}"),
                argumentSet("POST profile with an address with empty id", "POST", "/profiles/",
                        "{\"id\":\"q\",\"addresses\":[{\"id\":\"\",\"location\":\"Bern\"}]}"),
                argumentSet("PUT profile with an address with empty id", "PUT", "/profiles/q",
                        "{\"id\":\"q\",\"addresses\":[{\"id\":\"\"}]}"),
                argumentSet("PATCH profile with an address with empty id", "PATCH", "/profiles/p",
                        "{\"addresses\":[{\"id\":\"\"}]}"),
                argumentSet("POST address without id", "POST", "/profiles/p/addresses/", "{\"location\":\"Bern\"}"),
                argumentSet("POST address with empty id", "POST", "/profiles/p/addresses/", "{\"id\":\"\"}"));
    }

    @ParameterizedTest
    @MethodSource
    void emptyIds(String method, String path, String body) {
        givenPat();

        String message = http.send(method, path, body).isError(400);

        assertThat(message).containsIgnoringCase("id");
        http.get("/profiles/p").is(200, PAT_STORED);
        http.get("/profiles/q").isError(404, "not found");
    }

    @Test
    void nullAddressEntryIsRejected() {
        http.post("/profiles/", "{\"id\":\"q\",\"addresses\":[null]}").isError(400);

        http.get("/profiles/q").isError(404, "not found");
    }

    static Stream<Arguments> malformedBodies() {
        List<String> anyBody = List.of(
                "", "   \n", "{", "{\"id\":\"q\"", "{\"id\":\"q\",}", "not json", "{'id':'q'}", "{\"id\":\"q\"}}",
                "{\"id\":5}", "{\"id\":true}", "{\"id\":{}}", "{\"id\":[\"q\"]}", "[]", "\"x\"", "42", "null");
        List<String> profileBody = List.of(
                "{\"addresses\":{}}", "{\"addresses\":\"home\"}", "{\"addresses\":[{\"id\":1}]}",
                "{\"addresses\":[[]]}", "{\"name\":5}", "{\"name\":[]}");
        List<String> addressBody = List.of("{\"location\":7}", "{\"id\":\"h\",\"location\":{}}");
        return Stream.of(
                malformed("POST", "/profiles/", anyBody, profileBody),
                malformed("PUT", "/profiles/p", anyBody, profileBody),
                malformed("PATCH", "/profiles/p", anyBody, profileBody),
                malformed("POST", "/profiles/p/addresses/", anyBody, addressBody))
                .flatMap(arguments -> arguments);
    }

    private static Stream<Arguments> malformed(String method, String path, List<String> bodies, List<String> more) {
        return Stream.concat(bodies.stream(), more.stream())
                .map(body -> argumentSet(method + " " + path + " " + body, method, path, body));
    }

    @ParameterizedTest
    @MethodSource
    void malformedBodies(String method, String path, String body) {
        givenPat();

        String message = http.send(method, path, body).isError(400);

        assertThat(message).doesNotContain("Exception", "dev.javakit", "java.", "tools.jackson", "com.fasterxml",
                "\tat ", "\\n").doesNotContainIgnoringCase("jackson");
        http.get("/profiles/p").is(200, PAT_STORED);
    }

    @Test
    void bodyThatIsNotUtf8Is400() {
        byte[] latin1 = "{\"id\":\"Zoë\"}".getBytes(StandardCharsets.ISO_8859_1);

        String message = http.send("POST", "/profiles/", BodyPublishers.ofByteArray(latin1), "POST Latin-1 body")
                .isError(400);

        assertThat(message).doesNotContain("Exception", "dev.javakit", "java.");
    }

    // --- routing ---------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"/", "/nope", "/profiles", "/profiles/p/", "/profiles/p/addresses", "/profiles/p/addresses/home/",
        "/profiles/p/addresses/home/x", "/profiles//addresses/", "/profiles/p/addresses//", "//profiles/", "/Profiles/p"})
    void pathsThatAreNotRoutesAre404Json(String path) {
        givenPat();

        http.get(path).isError(404);
        http.post(path, "{\"id\":\"q\"}").isError(404);
    }

    static Stream<Arguments> wrongMethods() {
        return Stream.of(
                argumentSet("PUT /profiles/", "PUT", "/profiles/", "OPTIONS,POST"),
                argumentSet("GET /profiles/", "GET", "/profiles/", "OPTIONS,POST"),
                argumentSet("DELETE /profiles/", "DELETE", "/profiles/", "OPTIONS,POST"),
                argumentSet("POST /profiles/{id}", "POST", "/profiles/p", "DELETE,GET,HEAD,OPTIONS,PATCH,PUT"),
                argumentSet("DELETE /profiles/{id}/addresses/", "DELETE", "/profiles/p/addresses/", "GET,HEAD,OPTIONS,POST"),
                argumentSet("PUT /profiles/{id}/addresses/", "PUT", "/profiles/p/addresses/", "GET,HEAD,OPTIONS,POST"),
                argumentSet("POST /profiles/{id}/addresses/{addressID}", "POST", "/profiles/p/addresses/home",
                        "DELETE,GET,HEAD,OPTIONS"),
                argumentSet("PATCH /profiles/{id}/addresses/{addressID}", "PATCH", "/profiles/p/addresses/home",
                        "DELETE,GET,HEAD,OPTIONS"));
    }

    @ParameterizedTest
    @MethodSource
    void wrongMethods(String method, String path, String allowed) {
        givenPat();

        Response response = http.send(method, path, "{\"id\":\"q\"}");

        response.isError(405);
        String allow = response.headers().firstValue("Allow").orElseThrow();
        assertThat(Arrays.stream(allow.split(",")).map(String::trim).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(allowed.split(","));
        http.get("/profiles/p").is(200, PAT_STORED);
        http.get("/profiles/q").isError(404, "not found");
    }

    @Test
    void optionsListsWhatAPathAllows() {
        Response response = http.send("OPTIONS", "/profiles/p", null);

        assertThat(response.status()).isEqualTo(204);
        assertThat(response.headers().firstValue("Allow")).hasValue("DELETE, GET, HEAD, OPTIONS, PATCH, PUT");
    }

    @Test
    void headOfAProfileIsItsGetWithoutTheBody() {
        givenPat();

        Response response = http.send("HEAD", "/profiles/p", null);
        Response get = http.get("/profiles/p");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        assertThat(response.headers().firstValue("Content-Length"))
                .hasValue(Integer.toString(get.body().getBytes(StandardCharsets.UTF_8).length));
    }

    // --- path parameters, query strings, ignored bodies ------------------------------------------

    @Test
    void pathParametersArePercentDecoded() {
        http.post("/profiles/", "{\"id\":\"s p\"}").isEmptyObject();
        http.post("/profiles/", "{\"id\":\"☃\"}").isEmptyObject();

        http.get("/profiles/s%20p").is(200, "{\"profile\":{\"id\":\"s p\"}}");
        http.get("/profiles/%E2%98%83").is(200, "{\"profile\":{\"id\":\"☃\"}}");
        http.put("/profiles/s%20p", "{\"id\":\"s p\",\"name\":\"Sam\"}").isEmptyObject();
        http.get("/profiles/s%20p").is(200, "{\"profile\":{\"id\":\"s p\",\"name\":\"Sam\"}}");
        http.post("/profiles/%E2%98%83/addresses/", "{\"id\":\"h 1\"}").isEmptyObject();
        http.get("/profiles/%E2%98%83/addresses/h%201").is(200, "{\"address\":{\"id\":\"h 1\"}}");
        http.delete("/profiles/%E2%98%83/addresses/h%201").isEmptyObject();
        http.delete("/profiles/s%20p").isEmptyObject();
        http.get("/profiles/s%20p").isError(404, "not found");
    }

    @Test
    void plusInAPathStaysAPlus() {
        http.post("/profiles/", "{\"id\":\"a+b\"}").isEmptyObject();
        http.post("/profiles/", "{\"id\":\"c d\"}").isEmptyObject();

        http.get("/profiles/a+b").is(200, "{\"profile\":{\"id\":\"a+b\"}}");
        http.get("/profiles/a%2Bb").is(200, "{\"profile\":{\"id\":\"a+b\"}}");
        http.get("/profiles/c+d").isError(404, "not found");
    }

    @Test
    void encodedSlashStaysInsideOneSegment() {
        http.post("/profiles/", "{\"id\":\"x/y\"}").isEmptyObject();

        http.get("/profiles/x%2Fy").is(200, "{\"profile\":{\"id\":\"x/y\"}}");
        http.get("/profiles/x/y").isError(404);
    }

    @Test
    void pathThatIsNotUtf8OnceDecodedIs400Json() {
        http.get("/profiles/%C3").isError(400);
    }

    @Test
    void queryStringsAreIgnored() {
        http.post("/profiles/?id=q&name=Q", PAT).isEmptyObject();

        http.get("/profiles/p?id=q").is(200, PAT_STORED);
        http.get("/profiles/p/addresses/home?x=1&x=2&flag").is(200, "{\"address\":{\"id\":\"home\",\"location\":\"Zürich\"}}");
        http.get("/profiles/q?").isError(404, "not found");
        http.delete("/profiles/p/addresses/home?addressID=work").isEmptyObject();
        http.get("/profiles/p/addresses/").is(200, "{\"addresses\":[{\"id\":\"work\",\"location\":\"Bern\"}]}");
    }

    @Test
    void bodiesSentWithGetAndDeleteAreIgnored() {
        givenPat();

        http.send("GET", "/profiles/p", "this is not JSON {").is(200, PAT_STORED);
        http.send("GET", "/profiles/p/addresses/", "{\"id\":\"q\"}").is(200, """
                {"addresses":[{"id":"home","location":"Zürich"},{"id":"work","location":"Bern"}]}""");
        http.send("GET", "/profiles/p/addresses/work", "[").is(200, "{\"address\":{\"id\":\"work\",\"location\":\"Bern\"}}");
        http.send("DELETE", "/profiles/p/addresses/home", "{\"id\":\"work\"}").isEmptyObject();
        http.get("/profiles/p/addresses/work").is(200, "{\"address\":{\"id\":\"work\",\"location\":\"Bern\"}}");
        http.send("DELETE", "/profiles/p", "{\"id\":\"q\"}").isEmptyObject();
        http.get("/profiles/p").isError(404, "not found");
    }

    @Test
    void unknownJsonKeysAreIgnored() {
        http.post("/profiles/", """
                {"id":"p","nickname":"P","age":40,"tags":["a",{"b":[1,2,{}]}],"addresses":[{"id":"h","zip":"3000",\
                "geo":{"lat":46.9,"lon":7.4},"location":"Bern"}],"extra":null}""").isEmptyObject();
        http.patch("/profiles/p", "{\"name\":\"Pat\",\"unknown\":{\"deep\":[true]}}").isEmptyObject();
        http.post("/profiles/p/addresses/", "{\"id\":\"w\",\"floor\":3}").isEmptyObject();

        http.get("/profiles/p").is(200, """
                {"profile":{"id":"p","name":"Pat","addresses":[{"id":"h","location":"Bern"},{"id":"w"}]}}""");
    }

    @Test
    void nonAsciiIsWrittenAsIs() {
        http.post("/profiles/", """
                {"id":"zoë","name":"Zoë ☃ 日本 😀","addresses":[{"id":"h","location":"Zürich \\u00e9"}]}""").isEmptyObject();

        Response response = http.get("/profiles/zo%C3%AB").is(200, """
                {"profile":{"id":"zoë","name":"Zoë ☃ 日本 😀","addresses":[{"id":"h","location":"Zürich é"}]}}""");

        assertThat(response.body()).doesNotContain("\\u");
    }

    // --- body size limit -------------------------------------------------------------------------

    @Test
    void bodyOfExactlyOneMebibyteIsAccepted() {
        String body = profileOfSize("big", ONE_MIB);

        http.post("/profiles/", body).isEmptyObject();

        assertThat(http.get("/profiles/big").json()).hasSize(ONE_MIB + "{\"profile\":}".length());
    }

    @Test
    void declaredBodyOverOneMebibyteIs413Json() {
        givenPat();
        String head = "POST /profiles/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + (ONE_MIB + 1) + "\r\nConnection: close\r\n\r\n{\"id\":\"big\",\"name\":\"";

        Response response = HttpTestClient.parseRaw("POST declaring " + (ONE_MIB + 1) + " bytes", http.sendRaw(head));

        response.isError(413);
        http.get("/profiles/big").isError(404, "not found");
    }

    @Test
    void chunkedBodyOverOneMebibyteIs413Json() {
        byte[] body = profileOfSize("big", ONE_MIB + 1).getBytes(StandardCharsets.UTF_8);
        String head = "PUT /profiles/big HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n"
                + "Connection: close\r\n\r\n" + Integer.toHexString(body.length) + "\r\n";
        byte[] request = concat(head.getBytes(StandardCharsets.US_ASCII), body, "\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));

        Response response = HttpTestClient.parseRaw("PUT chunked " + body.length + " bytes", http.sendRaw(request));

        response.isError(413);
        http.get("/profiles/big").isError(404, "not found");
    }

    /** Returns {@code {"id":"<id>","name":"xxx..."}} padded to exactly {@code bytes} bytes. */
    private static String profileOfSize(String id, int bytes) {
        String prefix = "{\"id\":\"" + id + "\",\"name\":\"";
        String suffix = "\"}";
        return prefix + "x".repeat(bytes - prefix.length() - suffix.length()) + suffix;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            joined.writeBytes(part);
        }
        return joined.toByteArray();
    }

    // --- the connection after bodies the server does not read ------------------------------------

    @Test
    void malformedEscapeInQueryStringIsIgnored() {
        givenPat();

        String raw = http.sendRaw("GET /profiles/p?q=100% HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

        HttpTestClient.parseRaw("GET /profiles/p?q=100%", raw).is(200, PAT_STORED);
    }

    @Test
    void malformedEscapeInPathIs400Json() {
        String raw = http.sendRaw("GET /profiles/%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

        String message = HttpTestClient.parseRaw("GET /profiles/%zz", raw).isError(400);
        assertThat(message).doesNotContain("Exception");
    }

    @Test
    void overLimitBodyIs413WithoutLosingTheConnectionSilently() {
        givenPat();
        String head = "POST /profiles/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " + (ONE_MIB + 1) + "\r\n\r\n";
        String next = "GET /profiles/p HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";

        String raw = http.sendRaw(head + profileOfSize("big", ONE_MIB + 1) + next);

        Response response = HttpTestClient.parseRaw("POST of " + (ONE_MIB + 1) + " bytes", raw);
        response.isError(413);
        boolean announcedClose = response.headers().allValues("Connection").contains("close");
        assertThat(announcedClose || raw.contains(PAT_STORED))
                .as("the pipelined request is answered, or the 413 announces the close: %s", raw)
                .isTrue();
    }

    @Test
    void largeIgnoredBodyDoesNotCostTheNextRequest() {
        givenPat();
        String first = "GET /profiles/p HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 200000\r\n\r\n" + "x".repeat(200_000);
        String second = "GET /profiles/p HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";

        String raw = http.sendRaw(first + second);

        Response response = HttpTestClient.parseRaw("GET with a 200000-byte body", raw);
        response.is(200, PAT_STORED);
        boolean announcedClose = response.headers().allValues("Connection").contains("close");
        assertThat(announcedClose || raw.split("HTTP/1.1 200 ", -1).length == 3)
                .as("the second pipelined request is answered, or the first response announces the close: %s", raw)
                .isTrue();
    }
}
