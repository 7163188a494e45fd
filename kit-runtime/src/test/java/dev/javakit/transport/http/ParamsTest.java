package dev.javakit.transport.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParamsTest {

    private static final String N = "query parameter 'n'";

    enum Sort { NAME, CREATED_AT }

    private static HttpStatusException rejected(ThrowingSupplier<?> conversion) {
        HttpStatusException e = catchThrowableOfType(HttpStatusException.class, conversion::get);
        assertThat(e).as("conversion should fail with HttpStatusException").isNotNull();
        assertThat(e.status()).isEqualTo(400);
        return e;
    }

    @Test
    void requiredReturnsPresentValue() {
        assertThat(Params.required("x", "query parameter 'q'")).isEqualTo("x");
        assertThat(Params.required("", "query parameter 'q'")).isEmpty();
    }

    @Test
    void requiredRejectsMissingValueNamingIt() {
        assertThat(rejected(() -> Params.required(null, "query parameter 'q'")))
                .hasMessage("missing query parameter 'q'");
    }

    @Test
    void requiredWithConverterConverts() {
        assertThat(Params.required("42", N, Params::toInt)).isEqualTo(42);
    }

    @Test
    void requiredWithConverterRejectsMissingValueBeforeConverting() {
        assertThat(rejected(() -> Params.required(null, "header 'X-Page'", Params::toInt)))
                .hasMessage("missing header 'X-Page'");
    }

    @Test
    void nullableIsNullWhenAbsent() {
        assertThat(Params.nullable(null, N, Params::toInt)).isNull();
        assertThat(Params.nullable("7", N, Params::toInt)).isEqualTo(7);
    }

    @Test
    void nullableStillRejectsInvalidValue() {
        assertThat(rejected(() -> Params.nullable("x", N, Params::toInt))).hasMessage("query parameter 'n' must be an integer");
    }

    @Test
    void optionalIsEmptyWhenAbsent() {
        assertThat(Params.optional(null, N, Params::toLong)).isEmpty();
        assertThat(Params.optional("7", N, Params::toLong)).isEqualTo(Optional.of(7L));
    }

    @Test
    void optionalStillRejectsInvalidValue() {
        rejected(() -> Params.optional("7.5", N, Params::toLong));
    }

    @Test
    void listConvertsEveryValueInOrder() {
        List<Integer> values = Params.list(List.of("3", "1", "2"), N, Params::toInt);

        assertThat(values).containsExactly(3, 1, 2);
        assertThat(values).isUnmodifiable();
    }

    @Test
    void listOfNothingIsEmpty() {
        assertThat(Params.list(List.of(), N, Params::toInt)).isEmpty();
    }

    @Test
    void listRejectsWhenAnyValueIsInvalid() {
        assertThat(rejected(() -> Params.list(List.of("1", "two"), N, Params::toInt)))
                .hasMessage("query parameter 'n' must be an integer");
    }

    @Test
    void toIntParsesDecimalIntegers() {
        assertThat(Params.toInt("0", N)).isZero();
        assertThat(Params.toInt("-17", N)).isEqualTo(-17);
        assertThat(Params.toInt("2147483647", N)).isEqualTo(Integer.MAX_VALUE);
        assertThat(Params.toInt("-2147483648", N)).isEqualTo(Integer.MIN_VALUE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "x", "1.5", "1e3", " 1", "0x10", "2147483648", "-2147483649"})
    void toIntRejectsNonIntegers(String value) {
        assertThat(rejected(() -> Params.toInt(value, N))).hasMessage("query parameter 'n' must be an integer");
    }

    @Test
    void toLongParsesBeyondIntRange() {
        assertThat(Params.toLong("9223372036854775807", N)).isEqualTo(Long.MAX_VALUE);
        assertThat(Params.toLong("-5", N)).isEqualTo(-5L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "1.0", "9223372036854775808"})
    void toLongRejectsNonIntegers(String value) {
        assertThat(rejected(() -> Params.toLong(value, N))).hasMessage("query parameter 'n' must be an integer");
    }

    @Test
    void toShortParsesWithinRange() {
        assertThat(Params.toShort("32767", N)).isEqualTo(Short.MAX_VALUE);
        assertThat(Params.toShort("-32768", N)).isEqualTo(Short.MIN_VALUE);
    }

    @Test
    void toShortRejectsOutOfRangeWithTheRange() {
        assertThat(rejected(() -> Params.toShort("32768", N)))
                .hasMessage("query parameter 'n' must be an integer from -32768 to 32767");
    }

    @Test
    void toByteParsesWithinRange() {
        assertThat(Params.toByte("127", N)).isEqualTo((byte) 127);
        assertThat(Params.toByte("-128", N)).isEqualTo((byte) -128);
    }

    @Test
    void toByteRejectsOutOfRangeWithTheRange() {
        assertThat(rejected(() -> Params.toByte("128", N)))
                .hasMessage("query parameter 'n' must be an integer from -128 to 127");
    }

    @Test
    void toDoubleParsesFiniteNumbers() {
        assertThat(Params.toDouble("1.5", N)).isEqualTo(1.5);
        assertThat(Params.toDouble("-2e3", N)).isEqualTo(-2000.0);
        assertThat(Params.toDouble("7", N)).isEqualTo(7.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "1e400", "", "one"})
    void toDoubleRejectsNonFiniteAndNonNumbers(String value) {
        assertThat(rejected(() -> Params.toDouble(value, N))).hasMessage("query parameter 'n' must be a number");
    }

    @Test
    void toFloatParsesFiniteNumbers() {
        assertThat(Params.toFloat("0.25", N)).isEqualTo(0.25f);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "1e39", "", "x"})
    void toFloatRejectsNonFiniteAndNonNumbers(String value) {
        assertThat(rejected(() -> Params.toFloat(value, N))).hasMessage("query parameter 'n' must be a number");
    }

    @Test
    void toBooleanAcceptsExactlyTrueAndFalse() {
        assertThat(Params.toBoolean("true", N)).isTrue();
        assertThat(Params.toBoolean("false", N)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"TRUE", "True", "FALSE", "1", "0", "yes", "", " true"})
    void toBooleanRejectsEverythingElse(String value) {
        assertThat(rejected(() -> Params.toBoolean(value, N))).hasMessage("query parameter 'n' must be true or false");
    }

    @Test
    void toCharTakesOneCharacter() {
        assertThat(Params.toChar("x", N)).isEqualTo('x');
        assertThat(Params.toChar("\u2603", N)).isEqualTo('\u2603');
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ab", "\uD83D\uDE00"})
    void toCharRejectsOtherLengths(String value) {
        assertThat(rejected(() -> Params.toChar(value, N))).hasMessage("query parameter 'n' must be a single character");
    }

    @Test
    void toBigDecimalKeepsPrecision() {
        assertThat(Params.toBigDecimal("12345678901234567890.000000001", N))
                .isEqualTo(new BigDecimal("12345678901234567890.000000001"));
    }

    @Test
    void toBigDecimalRejectsNonNumbers() {
        assertThat(rejected(() -> Params.toBigDecimal("1,5", N))).hasMessage("query parameter 'n' must be a number");
    }

    @Test
    void toBigIntegerParsesAnySize() {
        assertThat(Params.toBigInteger("123456789012345678901234567890", N))
                .isEqualTo(new BigInteger("123456789012345678901234567890"));
    }

    @Test
    void toBigIntegerRejectsFractions() {
        assertThat(rejected(() -> Params.toBigInteger("1.0", N))).hasMessage("query parameter 'n' must be an integer");
    }

    @Test
    void toUuidParsesCanonicalForm() {
        UUID uuid = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");

        assertThat(Params.toUuid("123e4567-e89b-12d3-a456-426614174000", N)).isEqualTo(uuid);
        assertThat(Params.toUuid("123E4567-E89B-12D3-A456-426614174000", N)).isEqualTo(uuid);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "1-2-3-4-5",
        "123e4567e89b12d3a456426614174000",
        "123e4567-e89b-12d3-a456-4266141740000",
        "123e4567-e89b-12d3-a456-42661417400",
        "123e4567-e89b-12d3-a456_426614174000",
        "123e4567-e89b-12d3-a456-42661417400g",
        "",
    })
    void toUuidRejectsNonCanonicalForms(String value) {
        assertThat(rejected(() -> Params.toUuid(value, N))).hasMessage("query parameter 'n' must be a UUID");
    }

    @Test
    void toUuidRejectsSignsAndNonAsciiDigits() {
        rejected(() -> Params.toUuid("+0000000-0000-0000-0000-000000000000", N));
        rejected(() -> Params.toUuid("0000000\u0663-0000-0000-0000-000000000000", N));
    }

    @Test
    void toEnumAcceptsExactConstantName() {
        Params.Converter<Sort> sort = Params.toEnum(Sort.class);

        assertThat(sort.convert("CREATED_AT", N)).isEqualTo(Sort.CREATED_AT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"name", "Name", "NAME ", "", "UNKNOWN"})
    void toEnumRejectsOtherNamesListingTheConstants(String value) {
        assertThat(rejected(() -> Params.toEnum(Sort.class).convert(value, "query parameter 'sort'")))
                .hasMessage("query parameter 'sort' must be one of [NAME, CREATED_AT]");
    }

    @Test
    void messagesNeverEchoTheValue() {
        String value = "<script>s3cr3t";

        assertThat(rejected(() -> Params.toInt(value, N)).getMessage()).doesNotContain("s3cr3t");
        assertThat(rejected(() -> Params.toDouble(value, N)).getMessage()).doesNotContain("s3cr3t");
        assertThat(rejected(() -> Params.toBoolean(value, N)).getMessage()).doesNotContain("s3cr3t");
        assertThat(rejected(() -> Params.toUuid(value, N)).getMessage()).doesNotContain("s3cr3t");
        assertThat(rejected(() -> Params.toEnum(Sort.class).convert(value, N)).getMessage()).doesNotContain("s3cr3t");
        assertThat(rejected(() -> Params.toBigDecimal(value, N)).getMessage()).doesNotContain("s3cr3t");
    }
}
