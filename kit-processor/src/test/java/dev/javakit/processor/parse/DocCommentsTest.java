package dev.javakit.processor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.javakit.processor.model.DocComment;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pins how a raw doc comment splits into what generated members can carry. */
class DocCommentsTest {

    private static final ClassName MISSING = ClassName.get("docs", "Outer", "Missing");

    @Test
    void noCommentIsNone() {
        assertThat(DocComments.parse(null, List.of())).isEqualTo(DocComment.NONE);
        assertThat(DocComments.parse(" \n", List.of())).isEqualTo(DocComment.NONE);
    }

    @Test
    void anAtSignInsideACodeSpanIsNoBlockTag() {
        DocComment doc = DocComments.parse(" Runs {@code\n @Override\n void run()}.\n @param x the x\n", List.of());
        assertThat(doc.description()).isEqualTo("Runs {@code\n@Override\nvoid run()}.");
        assertThat(doc.params()).isEqualTo(Map.of("x", "the x"));
    }

    @Test
    void linksBecomeCodeOrTheirLabel() {
        assertThat(DocComments.withoutLinks("{@link Foo} {@link Foo#bar(int, String)} {@link #baz()}"))
                .isEqualTo("{@code Foo} {@code Foo.bar(int, String)} {@code baz()}");
        assertThat(DocComments.withoutLinks("{@link Foo#bar(int, String) the bar} and {@linkplain Foo plain words}"))
                .isEqualTo("{@code the bar} and plain words");
    }

    @Test
    void throwsTagsAreKeptForDeclaredExceptionsByAnyOfTheirNames() {
        List<TypeName> thrown = List.of(MISSING);
        String raw = " Loads.\n @throws Missing gone\n @exception Outer.Missing still gone\n"
                + " @throws docs.Outer.Missing really\n @throws IllegalStateException never\n @see Other\n";
        assertThat(DocComments.parse(raw, thrown).throwsTags()).containsExactly(
                new DocComment.ThrowsTag(MISSING, "gone"),
                new DocComment.ThrowsTag(MISSING, "still gone"),
                new DocComment.ThrowsTag(MISSING, "really"));
    }

    @Test
    void anInlineReturnIsSpelledOutAndIsTheResult() {
        DocComment doc = DocComments.parse(" {@return the {@code n}th item} Counted from 0.", List.of());
        assertThat(doc.description()).isEqualTo("Returns the {@code n}th item. Counted from 0.");
        assertThat(doc.returns()).isEqualTo("the {@code n}th item");
        assertThat(doc.firstSentence()).isEqualTo("Returns the {@code n}th item.");
    }

    @Test
    void theFirstSentenceEndsAtAPeriodBeforeWhitespaceOrAtAParagraph() {
        assertThat(DocComments.parse(" Uses {@code a.b} e.g.\n twice. Then more.", List.of()).firstSentence())
                .isEqualTo("Uses {@code a.b} e.g.");
        assertThat(DocComments.parse(" No period\n <p>Next paragraph.", List.of()).firstSentence())
                .isEqualTo("No period");
    }
}
