package dev.javakit.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Map;

/**
 * A service method's Javadoc, split so that generated members can carry what still fits them: the
 * description, and the block tags a member with the method's parameters, result or exceptions can
 * keep. Links in the text are turned into code spans, since the generated file does not import
 * what the interface's file did.
 *
 * @param description the main description, without block tags; empty when the method has no Javadoc
 * @param params the {@code @param} descriptions by parameter name
 * @param returns the {@code @return} description; {@code null} when there is none
 * @param throwsTags the {@code @throws} tags naming an exception of the {@code throws} clause
 */
public record DocComment(String description, Map<String, String> params, String returns, List<ThrowsTag> throwsTags) {

    /** The comment of a method without Javadoc. */
    public static final DocComment NONE = new DocComment("", Map.of(), null, List.of());

    /**
     * One {@code @throws} tag.
     *
     * @param exception the exception, as the {@code throws} clause names it
     * @param description what the tag says about it
     */
    public record ThrowsTag(TypeName exception, String description) {
    }

    /** Returns whether there is no description. */
    public boolean isEmpty() {
        return description.isEmpty();
    }

    /** Returns the description's first sentence, which Javadoc shows as the summary. */
    public String firstSentence() {
        int depth = 0;
        for (int i = 0; i < description.length(); i++) {
            char c = description.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && c == '.'
                    && (i + 1 == description.length() || Character.isWhitespace(description.charAt(i + 1)))) {
                return description.substring(0, i + 1);
            } else if (depth == 0 && c == '\n' && description.startsWith("\n", i + 1)) {
                return description.substring(0, i).strip();
            } else if (depth == 0 && description.regionMatches(true, i, "<p>", 0, 3) && i > 0) {
                return description.substring(0, i).strip();
            }
        }
        return description;
    }
}
