package dev.javakit.processor.writer.apidoc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints a JSON value made of maps, lists, strings, numbers, booleans and {@code null}, indented by
 * two spaces, in the maps' own order, so that a document is written the same way every time.
 *
 * <p>Hand-written rather than Jackson because the processor runs inside javac, where every
 * dependency is one more jar on the user's processor path; printing a tree is all it needs.
 */
final class JsonText {

    private JsonText() {
    }

    /** Returns a JSON object of these names and values, in this order. */
    static Map<String, Object> object(Object... namesAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            object.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return object;
    }

    /** Returns {@code value} as indented JSON text, ending with a line break. */
    static String print(Object value) {
        StringBuilder out = new StringBuilder();
        print(value, 0, out);
        return out.append('\n').toString();
    }

    private static void print(Object value, int depth, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            quote(text, out);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append('{');
            String separator = "\n";
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(separator);
                indent(depth + 1, out);
                quote((String) entry.getKey(), out);
                out.append(": ");
                print(entry.getValue(), depth + 1, out);
                separator = ",\n";
            }
            out.append('\n');
            indent(depth, out);
            out.append('}');
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append('[');
            String separator = "\n";
            for (Object item : list) {
                out.append(separator);
                indent(depth + 1, out);
                print(item, depth + 1, out);
                separator = ",\n";
            }
            out.append('\n');
            indent(depth, out);
            out.append(']');
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }

    private static void indent(int depth, StringBuilder out) {
        out.append("  ".repeat(depth));
    }

    private static void quote(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
