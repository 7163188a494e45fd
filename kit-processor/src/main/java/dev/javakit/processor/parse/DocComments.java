package dev.javakit.processor.parse;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.javakit.processor.model.DocComment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a method's raw Javadoc, as {@code Elements.getDocComment} returns it, into a {@link DocComment}. */
public final class DocComments {

    /** {@code {@link ref}}, {@code {@link ref label}}, {@code {@linkplain ...}}: group 1 plain, 2 ref, 3 label. */
    private static final Pattern LINK = Pattern.compile(
            "\\{@link(plain)?\\s+([^\\s}(]+(?:\\([^)]*\\))?)(?:\\s+([^}]*?))?\\s*}");

    private static final String INLINE_RETURN = "{@return";

    private static final Pattern BLOCK_TAG = Pattern.compile("^@([a-zA-Z]+)\\s*(.*)$", Pattern.DOTALL);

    private DocComments() {
    }

    /**
     * Returns the comment of a method throwing {@code thrown}; {@code null} gives {@link DocComment#NONE}.
     * Block tags other than {@code @param}, {@code @return} and {@code @throws} are dropped, as are
     * {@code @throws} tags for exceptions the {@code throws} clause does not name: the generated
     * file could not resolve them.
     */
    public static DocComment parse(String raw, List<TypeName> thrown) {
        if (raw == null || raw.isBlank()) {
            return DocComment.NONE;
        }
        String text = withoutLinks(raw.stripTrailing().stripIndent().strip());
        String inlineReturn = null;
        int end = text.startsWith(INLINE_RETURN) ? closingBrace(text) : -1;
        if (end > 0) {
            // Only a method's own comment may open with {@return}; spelled out, it fits any member's.
            inlineReturn = text.substring(INLINE_RETURN.length(), end).strip();
            text = "Returns " + inlineReturn + "." + text.substring(end + 1);
        }
        List<String> description = new ArrayList<>();
        List<StringBuilder> tags = new ArrayList<>();
        int depth = 0;
        for (String line : text.split("\n", -1)) {
            String stripped = line.strip();
            if (depth == 0 && stripped.startsWith("@")) {
                tags.add(new StringBuilder(stripped));
            } else if (tags.isEmpty()) {
                description.add(line.stripTrailing());
            } else {
                tags.get(tags.size() - 1).append('\n').append(stripped);
            }
            depth = Math.max(0, depth + count(line, '{') - count(line, '}'));
        }
        Map<String, String> params = new LinkedHashMap<>();
        String returns = null;
        List<DocComment.ThrowsTag> throwsTags = new ArrayList<>();
        for (StringBuilder tag : tags) {
            Matcher matcher = BLOCK_TAG.matcher(tag);
            if (!matcher.matches()) {
                continue;
            }
            String[] nameAndText = matcher.group(2).split("\\s+", 2);
            String rest = nameAndText.length > 1 ? nameAndText[1].strip() : "";
            switch (matcher.group(1)) {
                case "param" -> params.put(nameAndText[0], rest);
                case "return" -> returns = matcher.group(2).strip();
                case "throws", "exception" -> {
                    TypeName exception = find(thrown, nameAndText[0]);
                    if (exception != null) {
                        throwsTags.add(new DocComment.ThrowsTag(exception, rest));
                    }
                }
                default -> {
                    // @see, @since, @deprecated...: about the interface, not what was generated from it.
                }
            }
        }
        return new DocComment(String.join("\n", description).strip(), Map.copyOf(params),
                returns != null ? returns : inlineReturn,
                List.copyOf(throwsTags));
    }

    /** Turns {@code {@link Type#member}} into {@code {@code Type.member}}, and a labelled link into its label. */
    static String withoutLinks(String text) {
        Matcher matcher = LINK.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String label = matcher.group(3);
            String replacement;
            if (label != null && !label.isBlank()) {
                replacement = matcher.group(1) != null ? label : "{@code " + label + "}";
            } else {
                String ref = matcher.group(2);
                replacement = "{@code " + (ref.startsWith("#") ? ref.substring(1) : ref.replace('#', '.')) + "}";
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        return matcher.appendTail(out).toString();
    }

    private static TypeName find(List<TypeName> thrown, String name) {
        for (TypeName type : thrown) {
            if (type instanceof ClassName c && (name.equals(c.canonicalName())
                    || name.equals(String.join(".", c.simpleNames())) || name.equals(c.simpleName()))) {
                return type;
            }
        }
        return null;
    }

    /** Returns the index of the brace closing the one {@code text} opens with, or -1. */
    private static int closingBrace(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '{') {
                depth++;
            } else if (text.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int count(String line, char c) {
        return (int) line.chars().filter(ch -> ch == c).count();
    }
}
