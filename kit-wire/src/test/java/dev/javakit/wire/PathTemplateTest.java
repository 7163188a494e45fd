package dev.javakit.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PathTemplateTest {

    static List<PathTemplateCase> accepted() {
        return PathTemplateCase.accepted();
    }

    static List<PathTemplateCase> rejected() {
        return PathTemplateCase.rejected();
    }

    @ParameterizedTest
    @MethodSource("accepted")
    void acceptsEveryValidTemplateOfTheTable(PathTemplateCase c) {
        assertThat(PathTemplate.parse(c.template()).text()).isEqualTo(c.template());
    }

    @ParameterizedTest
    @MethodSource("rejected")
    void rejectsEveryMalformedTemplateOfTheTableNamingIt(PathTemplateCase c) {
        MalformedPathTemplateException e = catchThrowableOfType(MalformedPathTemplateException.class,
                () -> PathTemplate.parse(c.template()));

        assertThat(e).as(c.toString()).isNotNull();
        assertThat(e.reason()).contains(c.rejection());
        assertThat(e).hasMessage("path template \"" + c.template() + "\" is malformed: " + e.reason());
    }

    @Test
    void theTableHasBothKindsOfCase() {
        assertThat(PathTemplateCase.accepted()).hasSizeGreaterThan(5);
        assertThat(PathTemplateCase.rejected()).hasSizeGreaterThan(15);
    }

    @Test
    void splitsIntoLiteralAndPlaceholderSegments() {
        PathTemplate template = PathTemplate.parse("/profiles/{id}/addresses/{addressId}");

        assertThat(template.segments()).containsExactly(
                PathTemplate.Segment.literal("profiles"),
                PathTemplate.Segment.placeholder("id"),
                PathTemplate.Segment.literal("addresses"),
                PathTemplate.Segment.placeholder("addressId"));
        assertThat(template.placeholders()).containsExactly("id", "addressId");
    }

    @Test
    void trailingSlashIsAnEmptyLiteralOfItsOwn() {
        assertThat(PathTemplate.parse("/profiles/").segments())
                .containsExactly(PathTemplate.Segment.literal("profiles"), PathTemplate.Segment.literal(""));
        assertThat(PathTemplate.parse("/").segments()).containsExactly(PathTemplate.Segment.literal(""));
    }

    @Test
    void segmentKnowsWhetherItIsAPlaceholder() {
        assertThat(PathTemplate.Segment.placeholder("id").isPlaceholder()).isTrue();
        assertThat(PathTemplate.Segment.literal("id").isPlaceholder()).isFalse();
    }

    @Test
    void shapeErasesPlaceholderNamesSoThatCollidingRoutesLookAlike() {
        assertThat(PathTemplate.parse("/profiles/{id}/addresses/{addressId}").shape())
                .isEqualTo("/profiles/{}/addresses/{}")
                .isEqualTo(PathTemplate.parse("/profiles/{p}/addresses/{a}").shape());
        assertThat(PathTemplate.parse("/profiles/").shape()).isEqualTo("/profiles/");
        assertThat(PathTemplate.parse("/").shape()).isEqualTo("/");
    }

    @Test
    void nullIsRejectedLikeATemplateWithoutSlash() {
        assertThatThrownBy(() -> PathTemplate.parse(null))
                .isInstanceOf(MalformedPathTemplateException.class)
                .hasMessage("path template \"null\" is malformed: it must start with '/'");
    }
}
