package dev.javakit.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

class RequiredFieldsTest {

    /** A declaration annotation, as JSR 305's or Jakarta's. */
    @Retention(RetentionPolicy.RUNTIME)
    @interface Nullable {
    }

    /** Type-use annotations, as JSpecify's and the Checker Framework's; only the simple name counts. */
    static final class TypeUse {
        @Retention(RetentionPolicy.RUNTIME)
        @Target(ElementType.TYPE_USE)
        @interface Nullable {
        }
    }

    /** Annotations that reach only one of the places javac copies a record component's annotations to. */
    static final class Only {
        @Retention(RetentionPolicy.RUNTIME)
        @Target(ElementType.FIELD)
        @interface Nullable {
        }
    }

    static final class OnlyAccessor {
        @Retention(RetentionPolicy.RUNTIME)
        @Target(ElementType.METHOD)
        @interface Nullable {
        }
    }

    /** Not named {@code Nullable}: does not make a field optional. */
    @Retention(RetentionPolicy.RUNTIME)
    @interface MaybeNull {
    }

    record Address(String id, @Nullable String location) {
    }

    record Profile(String id, int age, boolean active, List<Address> addresses, Map<String, Address> byName) {
    }

    record Optionals(Optional<String> text, OptionalInt number, Set<String> tags, @TypeUse.Nullable Integer boxed,
            @Only.Nullable String byField, @OnlyAccessor.Nullable String byAccessor, @MaybeNull String other) {
    }

    record Arrays(int[] numbers) {
    }

    record Renamed(@JsonProperty("first_name") String firstName) {
    }

    /** A class with a creator rather than a record. */
    static final class Point {
        final int x;
        final Integer y;

        @JsonCreator
        Point(@JsonProperty("x") int x, @JsonProperty("y") @Nullable Integer y) {
            this.x = x;
            this.y = y;
        }
    }

    private final JsonCodec codec = JsonCodec.standard();

    private static String failure(JsonReader<?> reader, String json) {
        JsonDecodeException e = catchThrowableOfType(JsonDecodeException.class, () -> reader.read(json.getBytes(UTF_8)));
        assertThat(e).as("decoding %s", json).isNotNull();
        return e.getMessage();
    }

    @Test
    void everyMissingFieldOfAnObjectIsNamedInOneMessageInDeclarationOrder() {
        assertThat(failure(codec.reader(Profile.class), "{\"active\":true}")).isEqualTo("missing fields 'id', 'age'");
        assertThat(failure(codec.reader(Profile.class), "{\"id\":\"p\",\"active\":true}")).isEqualTo("missing field 'age'");
    }

    @Test
    void primitivesAreRequiredRatherThanSilentlyZero() {
        assertThat(failure(codec.reader(Point.class), "{\"y\":1}")).isEqualTo("missing field 'x'");
    }

    @Test
    void nestedMissingFieldsAreNamedByTheirPath() {
        String profile = "{\"id\":\"p\",\"age\":1,\"active\":true,";

        assertThat(failure(codec.reader(Profile.class), profile + "\"addresses\":[{\"id\":\"a\"},{\"location\":\"Oslo\"}]}"))
                .isEqualTo("missing field 'addresses[1].id'");
        assertThat(failure(codec.reader(Profile.class), profile + "\"byName\":{\"home\":{}}}"))
                .isEqualTo("missing field 'byName.home.id'");
        assertThat(failure(codec.reader(new TypeReference<List<Point>>() { }), "[{\"x\":1},{}]"))
                .isEqualTo("missing field '[1].x'");
    }

    @Test
    void optionalsCollectionsMapsAndNullablesMayBeAbsent() {
        assertThat(codec.reader(Profile.class).read("{\"id\":\"p\",\"age\":1,\"active\":false}".getBytes(UTF_8)))
                .isEqualTo(new Profile("p", 1, false, List.of(), Map.of()));
        assertThat(codec.reader(Address.class).read("{\"id\":\"a\"}".getBytes(UTF_8))).isEqualTo(new Address("a", null));
        assertThat(codec.reader(Point.class).read("{\"x\":1}".getBytes(UTF_8)).y).isNull();
    }

    @Test
    void anAnnotationNamedNullableCountsWhereverJavacPutsIt() {
        assertThat(failure(codec.reader(Optionals.class), "{}")).isEqualTo("missing field 'other'");
        assertThat(codec.reader(Optionals.class).read("{\"other\":\"o\"}".getBytes(UTF_8)))
                .isEqualTo(new Optionals(Optional.empty(), OptionalInt.empty(), Set.of(), null, null, null, "o"));
    }

    @Test
    void arraysAreRequiredUnlikeCollections() {
        assertThat(failure(codec.reader(Arrays.class), "{}")).isEqualTo("missing field 'numbers'");
    }

    @Test
    void aMissingFieldIsNamedAsTheJsonNamesIt() {
        assertThat(failure(codec.reader(Renamed.class), "{\"firstName\":\"Ada\"}")).isEqualTo("missing field 'first_name'");
    }

    @Test
    void anExplicitNullForARequiredFieldCountsAsMissing() {
        assertThat(failure(codec.reader(Address.class), "{\"id\":null}")).isEqualTo("missing field 'id'");
        assertThat(failure(codec.reader(Profile.class), "{\"id\":null,\"age\":1,\"active\":true}"))
                .isEqualTo("missing field 'id'");
        assertThat(failure(codec.reader(Point.class), "{\"x\":null}")).isEqualTo("field 'x' must be a number");
    }

    @Test
    void anExplicitNullIsAValueWhereTheTypeAllowsOne() {
        assertThat(codec.reader(Address.class).read("{\"id\":\"a\",\"location\":null}".getBytes(UTF_8)))
                .isEqualTo(new Address("a", null));
    }

    @Test
    void treesAreCheckedLikeBytes() {
        JsonNode tree = codec.mapper().readTree("{\"addresses\":[{}]}");

        JsonDecodeException e = catchThrowableOfType(JsonDecodeException.class, () -> codec.reader(Profile.class).read(tree));

        assertThat(e).hasMessage("missing field 'addresses[0].id'");
    }

    @Test
    void unknownFieldsAreIgnoredByDefault() {
        assertThat(codec.reader(Address.class).read("{\"id\":\"a\",\"zip\":\"0150\",\"extra\":{\"x\":[1]}}".getBytes(UTF_8)))
                .isEqualTo(new Address("a", null));
    }

    @Test
    void aCodecRejectingUnknownFieldsNamesTheFirstByItsPath() {
        JsonCodec strict = codec.rejectingUnknownFields();

        assertThat(failure(strict.reader(Address.class), "{\"id\":\"a\",\"zip\":\"0150\"}")).isEqualTo("unknown field 'zip'");
        assertThat(failure(strict.reader(Profile.class),
                "{\"id\":\"p\",\"age\":1,\"active\":true,\"addresses\":[{\"id\":\"a\",\"zip\":1}]}"))
                .isEqualTo("unknown field 'addresses[0].zip'");
        assertThat(codec.reader(Address.class).read("{\"id\":\"a\",\"zip\":\"0150\"}".getBytes(UTF_8)))
                .isEqualTo(new Address("a", null));
    }

    @Test
    void aCodecRejectingUnknownFieldsKeepsTheOtherSettings() {
        JsonCodec strict = codec.rejectingUnknownFields();

        assertThat(failure(strict.reader(Profile.class), "{}")).isEqualTo("missing fields 'id', 'age', 'active'");
        assertThat(failure(strict.reader(Address.class), "{\"id\":1}")).isEqualTo("field 'id' must be a string");
    }
}
