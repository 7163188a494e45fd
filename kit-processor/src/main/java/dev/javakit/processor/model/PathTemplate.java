package dev.javakit.processor.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A path template checked at compile time; the same rules as the runtime's router, so a template
 * that compiles is one the server accepts.
 *
 * @param text the template as written
 * @param placeholders the placeholder names, in order
 * @param shape the template with every placeholder written {@code {}}, to find routes that would collide
 */
public record PathTemplate(String text, List<String> placeholders, String shape) {

    /** Parses {@code text}; the problem is described by {@link MalformedException#getMessage()}. */
    public static PathTemplate parse(String text) throws MalformedException {
        if (!text.startsWith("/")) {
            throw new MalformedException("it must start with '/'");
        }
        String[] segments = text.substring(1).split("/", -1);
        List<String> names = new ArrayList<>();
        StringBuilder shape = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            shape.append('/');
            if (segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}")) {
                String name = segment.substring(1, segment.length() - 1);
                if (!name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_')) {
                    throw new MalformedException("placeholder {" + name + "} must be a name of letters, digits and '_'");
                }
                if (names.contains(name)) {
                    throw new MalformedException("placeholder {" + name + "} appears twice");
                }
                names.add(name);
                shape.append("{}");
            } else if (segment.indexOf('{') >= 0 || segment.indexOf('}') >= 0) {
                throw new MalformedException("a placeholder must be a whole segment, like /{id}/");
            } else if (segment.isEmpty() && i < segments.length - 1) {
                throw new MalformedException("it has an empty segment (//)");
            } else if (segment.indexOf('?') >= 0 || segment.indexOf('#') >= 0) {
                throw new MalformedException("it must not contain a query or fragment");
            } else {
                shape.append(segment);
            }
        }
        return new PathTemplate(text, List.copyOf(names), shape.toString());
    }

    /** Thrown by {@link #parse} with a description of what is malformed. */
    public static final class MalformedException extends Exception {

        private static final long serialVersionUID = 1L;

        MalformedException(String message) {
            super(message);
        }
    }
}
