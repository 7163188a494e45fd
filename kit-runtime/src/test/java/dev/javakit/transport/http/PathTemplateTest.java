package dev.javakit.transport.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PathTemplateTest {

    @Test
    void parsesLiteralsAndPlaceholders() {
        PathTemplate template = PathTemplate.parse("/profiles/{id}/addresses/{addressId}");

        assertThat(template.segments()).containsExactly(
                new PathTemplate.Segment("profiles", null),
                new PathTemplate.Segment(null, "id"),
                new PathTemplate.Segment("addresses", null),
                new PathTemplate.Segment(null, "addressId"));
        assertThat(template.paramNames()).containsExactly("id", "addressId");
    }

    @Test
    void keepsTheTextAsWritten() {
        PathTemplate template = PathTemplate.parse("/profiles/{id}/");

        assertThat(template.text()).isEqualTo("/profiles/{id}/");
        assertThat(template).hasToString("/profiles/{id}/");
    }

    @Test
    void trailingSlashIsAnEmptyLiteral() {
        assertThat(PathTemplate.parse("/profiles/").segments())
                .containsExactly(new PathTemplate.Segment("profiles", null), new PathTemplate.Segment("", null));
    }

    @Test
    void rootIsOneEmptyLiteral() {
        PathTemplate root = PathTemplate.parse("/");

        assertThat(root.segments()).containsExactly(new PathTemplate.Segment("", null));
        assertThat(root.paramNames()).isEmpty();
    }

    @Test
    void segmentKnowsWhetherItIsAPlaceholder() {
        assertThat(new PathTemplate.Segment(null, "id").isParam()).isTrue();
        assertThat(new PathTemplate.Segment("id", null).isParam()).isFalse();
    }

    @Test
    void placeholderNamesMayUseLettersDigitsAndUnderscore() {
        assertThat(PathTemplate.parse("/{a_1}/{B2}").paramNames()).isEqualTo(List.of("a_1", "B2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"profiles", "", "profiles/{id}"})
    void rejectsTemplateNotStartingWithSlash(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> PathTemplate.parse(text))
                .withMessageContaining("must start with '/'");
    }

    @Test
    void rejectsNull() {
        assertThatIllegalArgumentException().isThrownBy(() -> PathTemplate.parse(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/a{b}", "/{a}b", "/a/{b", "/a/b}", "/{}", "/{", "/}"})
    void rejectsPlaceholderThatIsNotAWholeSegment(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> PathTemplate.parse(text))
                .withMessageContaining("whole segment");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/{a-b}", "/{a b}", "/{a.b}", "/{{a}}"})
    void rejectsPlaceholderNameThatIsNotAName(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> PathTemplate.parse(text))
                .withMessageContaining("must be a name");
    }

    @Test
    void rejectsDuplicatePlaceholder() {
        assertThatIllegalArgumentException().isThrownBy(() -> PathTemplate.parse("/a/{id}/b/{id}"))
                .withMessageContaining("{id} appears twice");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/a//b", "//a", "//"})
    void rejectsEmptyMiddleSegment(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> PathTemplate.parse(text))
                .withMessageContaining("empty segment");
    }

    @Test
    void messageNamesTheTemplate() {
        assertThatIllegalArgumentException().isThrownBy(() -> PathTemplate.parse("/orders/x{id}"))
                .withMessageContaining("/orders/x{id}");
    }
}
