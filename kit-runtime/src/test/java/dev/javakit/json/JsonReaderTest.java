package dev.javakit.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;

class JsonReaderTest {

    record Address(String id) {
    }

    enum Color { RED, GREEN }

    record Profile(String id, int age, boolean active, Long big, short small, char initial, Color color,
            List<Address> addresses, Map<String, Address> byName, List<List<Integer>> grid) {
    }

    record Validated(String name) {
        Validated {
            if (name != null && name.isEmpty()) {
                throw new IllegalArgumentException("dev.javakit.Secret name must not be empty");
            }
        }
    }

    // Every required field of Profile, which the tests below add to or break.
    private static final String COMPLETE =
            "{\"id\":\"x\",\"age\":3,\"active\":true,\"big\":1,\"small\":2,\"initial\":\"i\",\"color\":\"RED\"}";

    private final JsonReader<Profile> profiles = JsonCodec.standard().reader(Profile.class);

    private static JsonDecodeException failure(JsonReader<?> reader, String json) {
        JsonDecodeException e = catchThrowableOfType(JsonDecodeException.class,
                () -> reader.read(json.getBytes(UTF_8)));
        assertThat(e).as("decoding %s", json).isNotNull();
        return e;
    }

    private String messageFor(String json) {
        return failure(profiles, json).getMessage();
    }

    record Amounts(java.math.BigDecimal decimal, double real, Float single, int small) {
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"decimal\":1e2147483648}  | field 'decimal' is out of range",
        "{\"decimal\":0e99999999999} | field 'decimal' is out of range",
        "{\"real\":1e2147483648}     | field 'real' is out of range",
        "{\"real\":1e400}            | field 'real' is out of range",
        "{\"single\":1e39}           | field 'single' is out of range",
        "{\"small\":99999999999999999999999} | field 'small' is out of range",
    })
    void refusesANumberItsFieldCannotHoldNamingTheField(String json, String message) {
        assertThat(failure(JsonCodec.standard().reader(Amounts.class), json).getMessage()).isEqualTo(message);
    }

    @Test
    void keepsWhatBigDecimalAndDoubleCanHold() {
        Amounts amounts = JsonCodec.standard().reader(Amounts.class)
                .read("{\"decimal\":1e400,\"real\":1.5e308,\"single\":3.4e38,\"small\":7}".getBytes(UTF_8));

        assertThat(amounts.decimal()).isEqualTo(new java.math.BigDecimal("1e400"));
        assertThat(amounts.real()).isEqualTo(1.5e308);
        assertThat(amounts.single()).isEqualTo(3.4e38f);
        assertThat(amounts.small()).isEqualTo(7);
    }

    @Test
    void readsValidDocument() {
        Profile profile = profiles.read(("{\"id\":\"p1\",\"age\":3,\"active\":false,\"big\":7,\"small\":1,"
                + "\"initial\":\"i\",\"color\":\"RED\",\"addresses\":[{\"id\":\"a\"}]}").getBytes(UTF_8));

        assertThat(profile.id()).isEqualTo("p1");
        assertThat(profile.age()).isEqualTo(3);
        assertThat(profile.addresses()).containsExactly(new Address("a"));
    }

    @Test
    void numberForStringFieldNamesTheField() {
        assertThat(messageFor("{\"id\":1}")).isEqualTo("field 'id' must be a string");
    }

    @Test
    void nestedFieldPathUsesDotsAndIndexes() {
        assertThat(messageFor("{\"addresses\":[{\"id\":\"ok\"},{\"id\":5}]}"))
                .isEqualTo("field 'addresses[1].id' must be a string");
        assertThat(messageFor("{\"addresses\":[{\"id\":5}]}")).isEqualTo("field 'addresses[0].id' must be a string");
    }

    @Test
    void mapKeysAppearInThePath() {
        assertThat(messageFor("{\"byName\":{\"home\":{\"id\":5}}}")).isEqualTo("field 'byName.home.id' must be a string");
    }

    @Test
    void nestedArraysAppearAsConsecutiveIndexes() {
        assertThat(messageFor("{\"grid\":[[1],[2,\"x\"]]}")).isEqualTo("field 'grid[1][1]' must be a number");
    }

    @Test
    void topLevelArrayPathStartsWithIndex() {
        JsonReader<List<Address>> reader = JsonCodec.standard().reader(new TypeReference<List<Address>>() { });

        assertThat(failure(reader, "[{\"id\":\"a\"},{\"id\":2}]").getMessage()).isEqualTo("field '[1].id' must be a string");
    }

    @Test
    void stringForNumberFieldSaysNumber() {
        assertThat(messageFor("{\"age\":\"5\"}")).isEqualTo("field 'age' must be a number");
        assertThat(messageFor("{\"big\":\"5\"}")).isEqualTo("field 'big' must be a number");
    }

    @Test
    void nullForPrimitiveSaysNumber() {
        assertThat(messageFor("{\"age\":null}")).isEqualTo("field 'age' must be a number");
    }

    @Test
    void wrongTypeForBooleanSaysBoolean() {
        assertThat(messageFor("{\"active\":1}")).isEqualTo("field 'active' must be a boolean");
        assertThat(messageFor("{\"active\":\"true\"}")).isEqualTo("field 'active' must be a boolean");
    }

    @Test
    void wrongTypeForListSaysArray() {
        assertThat(messageFor("{\"addresses\":{}}")).isEqualTo("field 'addresses' must be an array");
        assertThat(messageFor("{\"addresses\":\"x\"}")).isEqualTo("field 'addresses' must be an array");
    }

    @Test
    void wrongTypeForRecordSaysObject() {
        assertThat(messageFor("{\"addresses\":[1]}")).isEqualTo("field 'addresses[0]' must be an object");
    }

    @Test
    void wrongTopLevelShapeDescribesTheDocument() {
        assertThat(messageFor("[1]")).isEqualTo("JSON document must be an object");
        assertThat(messageFor("\"text\"")).isEqualTo("JSON document must be an object");
        assertThat(failure(JsonCodec.standard().reader(String.class), "1").getMessage())
                .isEqualTo("JSON document must be a string");
        assertThat(failure(JsonCodec.standard().reader(Integer.class), "\"1\"").getMessage())
                .isEqualTo("JSON document must be a number");
    }

    @Test
    void truncatedJsonIsMalformedWithLocation() {
        assertThat(messageFor("{\"id\":\"x\""))
                .startsWith("malformed JSON at line 1, column ")
                .endsWith(": unexpected end-of-input");
    }

    @Test
    void syntaxErrorReportsLineAndColumn() {
        assertThat(messageFor("{\"id\":\"x\",\n  'age':1}")).isEqualTo("malformed JSON at line 2, column 3: unexpected character");
    }

    @Test
    void trailingGarbageIsMalformed() {
        assertThat(messageFor(COMPLETE + " ,")).startsWith("malformed JSON at line 1, column " + (COMPLETE.length() + 2));
    }

    @Test
    void trailingDocumentIsRejected() {
        assertThat(messageFor(COMPLETE + " {}")).startsWith("unexpected content after the JSON document");
    }

    @Test
    void trailingDocumentMessageDoesNotBlameTheShape() {
        assertThat(messageFor(COMPLETE + " {}")).doesNotContain("must be an object");
    }

    @Test
    void failureKeepsJacksonCauseForTheLog() {
        assertThat(failure(profiles, "{\"id\":1}").getCause()).isInstanceOf(JacksonException.class);
    }

    @Test
    void failingRecordConstructorIsInvalidJsonWithoutItsMessage() {
        String message = failure(JsonCodec.standard().reader(Validated.class), "{\"name\":\"\"}").getMessage();

        assertThat(message).startsWith("invalid JSON").doesNotContain("Secret").doesNotContain("dev.javakit");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"id\":1}",
        "{\"age\":\"x\"}",
        "{\"age\":null}",
        "{\"addresses\":[1]}",
        "{\"byName\":[]}",
        "{\"color\":\"PURPLE\"}",
        "{\"initial\":\"ab\"}",
        "{\"small\":40000}",
        "{\"id\":\"x\"",
        "{\"id\" \"x\"}",
        "{'id':1}",
        "{\"id\":\"x\"} {}",
        "{\"id\":\"x\",\"age\":3,\"active\":true,\"big\":1,\"small\":2,\"initial\":\"i\",\"color\":\"RED\"} {}",
        "[]",
        "",
    })
    void messagesNeverNameJavaClasses(String json) {
        assertThat(messageFor(json))
                .isNotBlank()
                .doesNotContain("dev.javakit")
                .doesNotContain("java.")
                .doesNotContain("tools.jackson")
                .doesNotContain("Exception")
                .doesNotContain("Profile")
                .doesNotContain("Source: ")
                .doesNotContain("REDACTED");
    }

    @Test
    void stringOfWrongContentIsNotReportedAsWrongType() {
        assertThat(messageFor("{\"color\":\"PURPLE\"}")).startsWith("field 'color'").doesNotContain("must be a string");
        assertThat(messageFor("{\"initial\":\"ab\"}")).startsWith("field 'initial'").doesNotContain("must be a string");
    }

    @Test
    void outOfRangeNumberNamesTheFieldAndIsNotMalformed() {
        assertThat(messageFor("{\"small\":40000}")).contains("'small'").doesNotStartWith("malformed JSON");
        assertThat(messageFor("{\"age\":10000000000}")).contains("'age'").doesNotStartWith("malformed JSON");
    }

    @Test
    void unrecognizedTokenIsNotEchoed() {
        assertThat(messageFor("{\"id\":s3cr3t}")).startsWith("malformed JSON").doesNotContain("s3cr3t");
    }
}
