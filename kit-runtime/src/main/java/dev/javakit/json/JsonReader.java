package dev.javakit.json;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Reads values of one type from JSON, turning every failure into a {@link JsonDecodeException}
 * whose message is safe to send back to a client.
 *
 * <p>Jackson's own messages name Java classes and echo input; clients get a description of what
 * was wrong and where instead ({@code "field 'addresses[0].id' must be a string"}).
 *
 * @param <T> the type read
 */
public final class JsonReader<T> {

    private final ObjectReader reader;

    JsonReader(ObjectReader reader) {
        this.reader = reader;
    }

    /**
     * Reads one JSON document; {@code null} when the document is the literal {@code null}.
     *
     * @throws JsonDecodeException if the bytes are not one well-formed document of the expected shape
     */
    public T read(byte[] json) {
        try {
            return reader.readValue(json);
        } catch (StreamReadException e) {
            throw new JsonDecodeException(describeSyntaxError(e), e);
        } catch (MismatchedInputException e) {
            throw new JsonDecodeException(describeMismatch(e), e);
        } catch (JacksonException e) {
            throw new JsonDecodeException("invalid JSON" + where(e), e);
        }
    }

    private static String describeSyntaxError(StreamReadException e) {
        String reason = e.getOriginalMessage();
        // Jackson's reasons read "Unexpected end-of-input: expected close marker for Object (...)";
        // the part before the first colon or parenthesis names the problem without echoing input.
        int cut = reason == null ? -1 : indexOfAny(reason, ":(");
        String shortReason = reason == null ? "" : (cut < 0 ? reason : reason.substring(0, cut)).trim();
        StringBuilder message = new StringBuilder("malformed JSON");
        TokenStreamLocation location = e.getLocation();
        if (location != null && location.getLineNr() > 0) {
            message.append(" at line ").append(location.getLineNr())
                    .append(", column ").append(location.getColumnNr());
        }
        if (!shortReason.isEmpty()) {
            message.append(": ").append(Character.toLowerCase(shortReason.charAt(0)))
                    .append(shortReason, 1, shortReason.length());
        }
        return message.toString();
    }

    private static String describeMismatch(MismatchedInputException e) {
        String path = path(e);
        String expected = expectedShape(e.getTargetType());
        if (path.isEmpty()) {
            return expected == null ? "JSON document has the wrong shape" : "JSON document must be " + expected;
        }
        return expected == null
                ? "field '" + path + "' has the wrong type"
                : "field '" + path + "' must be " + expected;
    }

    private static String where(JacksonException e) {
        String path = path(e);
        return path.isEmpty() ? "" : " at field '" + path + "'";
    }

    private static String path(JacksonException e) {
        List<JacksonException.Reference> references = e.getPath();
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getPropertyName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            }
        }
        return path.toString();
    }

    private static String expectedShape(Class<?> type) {
        if (type == null) {
            return null;
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class
                || type.isEnum()) {
            return "a string";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "a boolean";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord() || !type.getName().startsWith("java.")) {
            return "an object";
        }
        return null;
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
