package dev.javakit.json;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

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

    private final Supplier<ObjectReader> resolve;
    // Resolved on first use: Jackson introspects the type then, not while a server starts. A race
    // resolves twice to equal immutable readers, which is harmless.
    private ObjectReader resolved;

    JsonReader(Supplier<ObjectReader> resolve) {
        this.resolve = resolve;
    }

    private ObjectReader reader() {
        ObjectReader reader = resolved;
        if (reader == null) {
            // read() checks for trailing content itself, with a message that says so.
            reader = resolve.get().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
            resolved = reader;
        }
        return reader;
    }

    /**
     * Reads one JSON document; {@code null} when the document is the literal {@code null}.
     *
     * @throws JsonDecodeException if the bytes are not one well-formed document of the expected shape
     */
    public T read(byte[] json) {
        ObjectReader reader = reader();
        try (JsonParser parser = reader.createParser(json)) {
            T value = reader.readValue(parser);
            // Checked here rather than by Jackson, whose trailing-token failure reads like a shape error.
            if (parser.nextToken() != null) {
                throw new JsonDecodeException("unexpected content after the JSON document" + at(parser.currentLocation()),
                        null);
            }
            return value;
        } catch (InputCoercionException e) {
            throw new JsonDecodeException(describeOutOfRange(e), e);
        } catch (StreamReadException e) {
            throw new JsonDecodeException(describeSyntaxError(e), e);
        } catch (MismatchedInputException e) {
            throw new JsonDecodeException(describeMismatch(e), e);
        } catch (JacksonException e) {
            throw new JsonDecodeException(describeOther(e), e);
        }
    }

    /**
     * Reads a value from a JSON tree, such as a JSON-RPC request's {@code params}.
     *
     * @throws JsonDecodeException if the tree is not of the expected shape
     */
    public T read(JsonNode tree) {
        try {
            return reader().readValue(tree);
        } catch (InputCoercionException e) {
            throw new JsonDecodeException(describeOutOfRange(e), e);
        } catch (MismatchedInputException e) {
            throw new JsonDecodeException(describeMismatch(e), e);
        } catch (JacksonException e) {
            throw new JsonDecodeException(describeOther(e), e);
        }
    }

    private static String describeOther(JacksonException e) {
        // A number whose exponent is beyond BigDecimal's (1e2147483648) fails in Jackson's number
        // parser, which says so only through its cause.
        if (e.getCause() instanceof NumberFormatException) {
            return describeOutOfRange(e);
        }
        return "invalid JSON" + where(e);
    }

    private static String describeOutOfRange(JacksonException e) {
        String path = path(e);
        return path.isEmpty() ? "number is out of range" : "field '" + path + "' is out of range";
    }

    private static String describeSyntaxError(StreamReadException e) {
        String reason = e.getOriginalMessage();
        // Jackson's reasons read "Unexpected end-of-input: expected close marker for Object (...)" or
        // "Unrecognized token 'abc'"; the part before the first colon, parenthesis or quote names
        // the problem without echoing input.
        int cut = reason == null ? -1 : indexOfAny(reason, ":('\"");
        String shortReason = reason == null ? "" : (cut < 0 ? reason : reason.substring(0, cut)).trim();
        StringBuilder message = new StringBuilder("malformed JSON").append(at(e.getLocation()));
        if (!shortReason.isEmpty()) {
            message.append(": ").append(Character.toLowerCase(shortReason.charAt(0)))
                    .append(shortReason, 1, shortReason.length());
        }
        return message.toString();
    }

    private static String at(TokenStreamLocation location) {
        if (location == null || location.getLineNr() <= 0) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String describeMismatch(MismatchedInputException e) {
        String path = path(e);
        if (e instanceof MissingFieldsException missing) {
            return missing.describe(path);
        }
        if (e instanceof UnrecognizedPropertyException) {
            return "unknown field '" + path + "'";
        }
        String expected = expectedContent(e);
        if (expected == null) {
            expected = expectedShape(e.getTargetType());
        }
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

    /** Describes what a string read into an enum or a character should have been, or {@code null}. */
    private static String expectedContent(MismatchedInputException e) {
        boolean stringInput = e instanceof InvalidFormatException invalid
                ? invalid.getValue() instanceof String
                : e.getCurrentToken() == JsonToken.VALUE_STRING;
        if (!stringInput) {
            return null;
        }
        Class<?> type = e.getTargetType();
        if (type != null && type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == char.class || type == Character.class) {
            return "a single character";
        }
        return null;
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
