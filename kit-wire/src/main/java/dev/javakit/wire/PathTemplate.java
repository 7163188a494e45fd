package dev.javakit.wire;

import java.util.ArrayList;
import java.util.List;

/**
 * A path template such as {@code /profiles/{id}/addresses/}: the one grammar that the processor
 * checks at compile time and the router matches at run time, so that a template that compiles is
 * one the server accepts.
 *
 * <p>A template starts with {@code /}; its segments are literals or whole-segment placeholders
 * named with letters, digits and {@code _}, each name once; empty segments are allowed only last
 * (a trailing slash is a segment of its own and matches exactly); a query or fragment is not part
 * of a template.
 */
public final class PathTemplate {

    /** One segment: a literal to match exactly, or a placeholder that captures a non-empty segment. */
    public record Segment(String literal, String placeholder) {

        /** Returns a literal segment. */
        public static Segment literal(String text) {
            return new Segment(text, null);
        }

        /** Returns a placeholder segment. */
        public static Segment placeholder(String name) {
            return new Segment(null, name);
        }

        /** Returns whether this segment is a placeholder. */
        public boolean isPlaceholder() {
            return placeholder != null;
        }
    }

    private final String text;
    private final List<Segment> segments;
    private final List<String> placeholders;

    private PathTemplate(String text, List<Segment> segments, List<String> placeholders) {
        this.text = text;
        this.segments = segments;
        this.placeholders = placeholders;
    }

    /**
     * Parses a template.
     *
     * @throws MalformedPathTemplateException naming the template and what is wrong with it
     */
    public static PathTemplate parse(String text) {
        if (text == null || !text.startsWith("/")) {
            throw new MalformedPathTemplateException(text, "it must start with '/'");
        }
        String[] raw = text.substring(1).split("/", -1);
        List<Segment> segments = new ArrayList<>(raw.length);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            String segment = raw[i];
            if (segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}")) {
                String name = segment.substring(1, segment.length() - 1);
                if (!isName(name)) {
                    throw new MalformedPathTemplateException(text,
                            "placeholder {" + name + "} must be a name of letters, digits and '_'");
                }
                if (names.contains(name)) {
                    throw new MalformedPathTemplateException(text, "placeholder {" + name + "} appears twice");
                }
                names.add(name);
                segments.add(Segment.placeholder(name));
            } else if (segment.indexOf('{') >= 0 || segment.indexOf('}') >= 0) {
                throw new MalformedPathTemplateException(text, "a placeholder must be a whole segment, like /{id}/");
            } else if (segment.isEmpty() && i < raw.length - 1) {
                throw new MalformedPathTemplateException(text, "it has an empty segment (//)");
            } else if (segment.indexOf('?') >= 0 || segment.indexOf('#') >= 0) {
                // The router matches the path alone: a template with a query could never match.
                throw new MalformedPathTemplateException(text, "it must not contain a query or fragment");
            } else {
                segments.add(Segment.literal(segment));
            }
        }
        return new PathTemplate(text, List.copyOf(segments), List.copyOf(names));
    }

    /** Returns the template as written. */
    public String text() {
        return text;
    }

    /** Returns the segments in order. */
    public List<Segment> segments() {
        return segments;
    }

    /** Returns the placeholder names in the order they appear. */
    public List<String> placeholders() {
        return placeholders;
    }

    /**
     * Returns the template with every placeholder written {@code {}}: two templates with the same
     * shape match the same paths, so two routes with the same method and shape collide.
     */
    public String shape() {
        StringBuilder shape = new StringBuilder(text.length());
        for (Segment segment : segments) {
            shape.append('/').append(segment.isPlaceholder() ? "{}" : segment.literal());
        }
        return shape.toString();
    }

    @Override
    public String toString() {
        return text;
    }

    private static boolean isName(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_')) {
                return false;
            }
        }
        return true;
    }
}
