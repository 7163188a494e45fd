package dev.javakit.transport.http;

import java.util.ArrayList;
import java.util.List;

/** A parsed path template such as {@code /profiles/{id}/addresses/}: literal and placeholder segments. */
final class PathTemplate {

    /** One segment: a literal to match exactly, or a placeholder that captures any non-empty segment. */
    record Segment(String literal, String paramName) {

        boolean isParam() {
            return paramName != null;
        }
    }

    private final String text;
    private final List<Segment> segments;
    private final List<String> paramNames;

    private PathTemplate(String text, List<Segment> segments, List<String> paramNames) {
        this.text = text;
        this.segments = segments;
        this.paramNames = paramNames;
    }

    /**
     * Parses a template.
     *
     * @throws IllegalArgumentException naming the problem when the template is malformed
     */
    static PathTemplate parse(String text) {
        if (text == null || !text.startsWith("/")) {
            throw new IllegalArgumentException("path template must start with '/': " + text);
        }
        List<String> raw = PathSegments.split(text);
        List<Segment> segments = new ArrayList<>(raw.size());
        List<String> names = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String segment = raw.get(i);
            if (segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}")) {
                String name = segment.substring(1, segment.length() - 1);
                if (!isName(name)) {
                    throw new IllegalArgumentException("path template " + text + ": placeholder {" + name
                            + "} must be a name of letters, digits and '_'");
                }
                if (names.contains(name)) {
                    throw new IllegalArgumentException(
                            "path template " + text + ": placeholder {" + name + "} appears twice");
                }
                names.add(name);
                segments.add(new Segment(null, name));
            } else if (segment.indexOf('{') >= 0 || segment.indexOf('}') >= 0) {
                throw new IllegalArgumentException(
                        "path template " + text + ": a placeholder must be a whole segment, like /{id}/");
            } else if (segment.isEmpty() && i < raw.size() - 1) {
                throw new IllegalArgumentException("path template " + text + ": empty segment");
            } else {
                segments.add(new Segment(segment, null));
            }
        }
        return new PathTemplate(text, List.copyOf(segments), List.copyOf(names));
    }

    /** Returns the template as written. */
    String text() {
        return text;
    }

    /** Returns the segments in order. */
    List<Segment> segments() {
        return segments;
    }

    /** Returns the placeholder names in the order they appear. */
    List<String> paramNames() {
        return paramNames;
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
