package dev.javakit.transport.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PathSegmentsTest {

    @Test
    void splitsAfterTheLeadingSlash() {
        assertThat(PathSegments.split("/profiles/p1/addresses")).containsExactly("profiles", "p1", "addresses");
    }

    @Test
    void rootIsOneEmptySegment() {
        assertThat(PathSegments.split("/")).containsExactly("");
    }

    @Test
    void trailingSlashIsAnEmptySegmentOfItsOwn() {
        assertThat(PathSegments.split("/profiles/")).containsExactly("profiles", "");
        assertThat(PathSegments.split("/profiles")).containsExactly("profiles");
    }

    @Test
    void keepsEmptyMiddleSegments() {
        assertThat(PathSegments.split("/profiles//addresses/")).containsExactly("profiles", "", "addresses", "");
    }

    @Test
    void splitsBeforeDecodingSoEncodedSlashStaysInTheSegment() {
        assertThat(PathSegments.split("/a%2Fb/c")).containsExactly("a%2Fb", "c");
    }

    @Test
    void decodeLeavesPlainSegmentAlone() {
        String segment = "plain-segment_1.2~";

        assertThat(PathSegments.decode(segment)).isSameAs(segment);
    }

    @Test
    void decodesSpace() {
        assertThat(PathSegments.decode("a%20b")).isEqualTo("a b");
    }

    @Test
    void decodesMultiByteUtf8() {
        assertThat(PathSegments.decode("%E2%98%83")).isEqualTo("\u2603");
        assertThat(PathSegments.decode("caf%C3%A9")).isEqualTo("caf\u00e9");
    }

    @Test
    void plusStaysPlus() {
        assertThat(PathSegments.decode("a+b")).isEqualTo("a+b");
        assertThat(PathSegments.decode("a+b%20c")).isEqualTo("a+b c");
    }

    @Test
    void decodesEncodedSlashAndPercent() {
        assertThat(PathSegments.decode("a%2Fb")).isEqualTo("a/b");
        assertThat(PathSegments.decode("100%25")).isEqualTo("100%");
    }

    @Test
    void acceptsLowerAndUpperCaseHex() {
        assertThat(PathSegments.decode("%e2%98%83")).isEqualTo("\u2603");
        assertThat(PathSegments.decode("%2f%2F")).isEqualTo("//");
    }

    @Test
    void keepsUnencodedNonAsciiNextToEscapes() {
        assertThat(PathSegments.decode("\u00e9%20\u2603")).isEqualTo("\u00e9 \u2603");
    }

    @ParameterizedTest
    @ValueSource(strings = {"%", "%2", "a%", "a%2", "%zz", "%2g", "%g2", "ab%-1"})
    void rejectsMalformedEscapes(String segment) {
        assertThatIllegalArgumentException().isThrownBy(() -> PathSegments.decode(segment))
                .withMessageContaining("malformed percent-encoding");
    }

    @ParameterizedTest
    @ValueSource(strings = {"%FF", "%C3", "%E2%98", "%C3%28", "%ED%A0%80"})
    void rejectsBytesThatAreNotUtf8(String segment) {
        assertThatIllegalArgumentException().isThrownBy(() -> PathSegments.decode(segment))
                .withMessageContaining("not valid UTF-8");
    }

    @Test
    void rejectsNonAsciiHexDigits() {
        assertThatIllegalArgumentException().isThrownBy(() -> PathSegments.decode("%\u0663\u0663"));
        assertThatIllegalArgumentException().isThrownBy(() -> PathSegments.decode("%\uFF14\uFF11"));
    }
}
