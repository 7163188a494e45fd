package dev.javakit.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

class JsonCodecTest {

    record Empty() {
    }

    /** Any annotation of this name makes a field optional, whatever its library. */
    @Retention(RetentionPolicy.RUNTIME)
    @interface Nullable {
    }

    record Address(String id, @Nullable String city) {
    }

    record Profile(String id, int age, boolean active, List<Address> addresses) {
    }

    record Counter(int count, long total) {
    }

    enum Color { RED, GREEN }

    record Paint(Color color) {
    }

    record MixedCase(String firstName) {
    }

    private final JsonCodec codec = JsonCodec.standard();

    private static String text(byte[] bytes) {
        return new String(bytes, UTF_8);
    }

    private static byte[] json(String text) {
        return text.getBytes(UTF_8);
    }

    @Test
    void standardIsShared() {
        assertThat(JsonCodec.standard()).isSameAs(JsonCodec.standard());
    }

    @Test
    void emptyRecordIsWrittenAsEmptyObject() {
        assertThat(text(codec.write(new Empty()))).isEqualTo("{}");
        assertThat(text(codec.writer(Empty.class).write(new Empty()))).isEqualTo("{}");
    }

    @Test
    void writesCompactJsonInComponentOrder() {
        Profile profile = new Profile("p1", 42, true, List.of(new Address("a1", "Oslo")));

        assertThat(text(codec.writer(Profile.class).write(profile)))
                .isEqualTo("{\"id\":\"p1\",\"age\":42,\"active\":true,\"addresses\":[{\"id\":\"a1\",\"city\":\"Oslo\"}]}");
    }

    @Test
    void writesNonAsciiAsIsInUtf8() {
        byte[] bytes = codec.writer(Address.class).write(new Address("\u2603", "Z\u00fcrich"));

        assertThat(text(bytes)).isEqualTo("{\"id\":\"\u2603\",\"city\":\"Z\u00fcrich\"}").doesNotContain("\\u");
        assertThat(bytes).containsSequence(0xE2, 0x98, 0x83);
    }

    @Test
    void writesErrorBodyMap() {
        assertThat(text(codec.write(Map.of("error", "not found")))).isEqualTo("{\"error\":\"not found\"}");
    }

    @Test
    void readsWhatItWrites() {
        Profile profile = new Profile("p1", 42, true, List.of(new Address("a1", "Oslo")));

        byte[] bytes = codec.writer(Profile.class).write(profile);

        assertThat(codec.reader(Profile.class).read(bytes)).isEqualTo(profile);
    }

    @Test
    void readsGenericTypes() {
        List<Address> addresses = codec.reader(new TypeReference<List<Address>>() { })
                .read(json("[{\"id\":\"a1\",\"city\":\"Oslo\"},{\"id\":\"a2\"}]"));

        assertThat(addresses).containsExactly(new Address("a1", "Oslo"), new Address("a2", null));
    }

    @Test
    void ignoresUnknownProperties() {
        Address address = codec.reader(Address.class).read(json("{\"id\":\"a1\",\"zip\":\"0150\",\"extra\":{\"x\":[1]}}"));

        assertThat(address).isEqualTo(new Address("a1", null));
    }

    @Test
    void missingFieldsAreRefusedTogetherPrimitivesIncluded() {
        assertThatThrownBy(() -> codec.reader(Profile.class).read(json("{}")))
                .isInstanceOf(JsonDecodeException.class)
                .hasMessage("missing fields 'id', 'age', 'active'");
    }

    @Test
    void missingCollectionsReadAsEmptyLikeGosOmittedSlices() {
        assertThat(codec.reader(Profile.class).read(json("{\"id\":\"p\",\"age\":0,\"active\":false}")))
                .isEqualTo(new Profile("p", 0, false, List.of()));
    }

    @Test
    void nullCollectionsReadAsEmptyLikeGosOmittedSlices() {
        assertThat(codec.reader(Profile.class).read(json("{\"id\":\"p\",\"age\":0,\"active\":false,\"addresses\":null}"))
                .addresses()).isEmpty();
    }

    @Test
    void rejectsNumberForStringField() {
        assertThatThrownBy(() -> codec.reader(Address.class).read(json("{\"id\":123}")))
                .isInstanceOf(JsonDecodeException.class);
    }

    @Test
    void rejectsBooleanForStringField() {
        assertThatThrownBy(() -> codec.reader(Address.class).read(json("{\"id\":true}")))
                .isInstanceOf(JsonDecodeException.class);
    }

    @Test
    void rejectsStringForNumberField() {
        assertThatThrownBy(() -> codec.reader(Counter.class).read(json("{\"count\":\"5\"}")))
                .isInstanceOf(JsonDecodeException.class);
    }

    @Test
    void rejectsNumberForBooleanField() {
        assertThatThrownBy(() -> codec.reader(Profile.class).read(json("{\"active\":1}")))
                .isInstanceOf(JsonDecodeException.class);
    }

    @Test
    void rejectsStringForBooleanField() {
        assertThatThrownBy(() -> codec.reader(Profile.class).read(json("{\"active\":\"true\"}")))
                .isInstanceOf(JsonDecodeException.class);
    }

    @Test
    void rejectsNullForPrimitiveField() {
        assertThatThrownBy(() -> codec.reader(Counter.class).read(json("{\"count\":null}")))
                .isInstanceOf(JsonDecodeException.class);
    }

    @Test
    void rejectsTrailingDocument() {
        assertThatThrownBy(() -> codec.reader(Address.class).read(json("{\"id\":\"a\"} {\"id\":\"b\"}")))
                .isInstanceOf(JsonDecodeException.class);
    }

    @Test
    void rejectsTrailingGarbage() {
        assertThatThrownBy(() -> codec.reader(Address.class).read(json("{\"id\":\"a\"} x")))
                .isInstanceOf(JsonDecodeException.class);
    }

    @Test
    void acceptsSurroundingWhitespace() {
        assertThat(codec.reader(Address.class).read(json("  \n{\"id\":\"a\"}\n  "))).isEqualTo(new Address("a", null));
    }

    @Test
    void readsLiteralNullAsNull() {
        assertThat(codec.reader(Address.class).read(json("null"))).isNull();
    }

    @Test
    void rejectsNonStandardNaN() {
        assertThatThrownBy(() -> codec.reader(Counter.class).read(json("{\"count\":NaN}")))
                .isInstanceOf(JsonDecodeException.class);
    }

    @Test
    void readsEnumByName() {
        assertThat(codec.reader(Paint.class).read(json("{\"color\":\"GREEN\"}"))).isEqualTo(new Paint(Color.GREEN));
    }

    @Test
    void rejectsNumberForEnumField() {
        assertThatThrownBy(() -> codec.reader(Paint.class).read(json("{\"color\":1}")))
                .isInstanceOf(JsonDecodeException.class);
    }

    @Test
    void rejectsFractionalNumberForIntegerField() {
        assertThatThrownBy(() -> codec.reader(Counter.class).read(json("{\"count\":1.5}")))
                .isInstanceOf(JsonDecodeException.class);
        assertThatThrownBy(() -> codec.reader(Counter.class).read(json("{\"total\":2.75}")))
                .isInstanceOf(JsonDecodeException.class);
    }

    @Test
    void standardMapperBuilderCarriesTheStandardSettings() {
        JsonCodec custom = JsonCodec.of(JsonCodec.standardMapperBuilder().build());

        assertThat(text(custom.write(new Empty()))).isEqualTo("{}");
        assertThatThrownBy(() -> custom.reader(Address.class).read(json("{\"id\":1}")))
                .isInstanceOf(JsonDecodeException.class);
        assertThatThrownBy(() -> custom.reader(Counter.class).read(json("{\"count\":null}")))
                .isInstanceOf(JsonDecodeException.class);
        assertThatThrownBy(() -> custom.reader(Address.class).read(json("{} {}")))
                .isInstanceOf(JsonDecodeException.class);
        assertThatThrownBy(() -> custom.reader(Counter.class).read(json("{}")))
                .isInstanceOf(JsonDecodeException.class)
                .hasMessage("missing fields 'count', 'total'");
    }

    @Test
    void ofUsesTheGivenMapper() {
        JsonMapper mapper = JsonCodec.standardMapperBuilder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .build();

        JsonCodec custom = JsonCodec.of(mapper);

        assertThat(custom.mapper()).isSameAs(mapper);
        assertThat(text(custom.writer(MixedCase.class).write(new MixedCase("Ada")))).isEqualTo("{\"first_name\":\"Ada\"}");
        assertThat(custom.reader(MixedCase.class).read(json("{\"first_name\":\"Ada\"}"))).isEqualTo(new MixedCase("Ada"));
    }

    @Test
    void ofRejectsNullMapper() {
        assertThatThrownBy(() -> JsonCodec.of(null)).isInstanceOf(NullPointerException.class);
    }
}
