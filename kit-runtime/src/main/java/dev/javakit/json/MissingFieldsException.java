package dev.javakit.json;

import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Thrown by {@link RequiredFields} when an object lacks required fields; names them all, relative to
 * the object, whose own place in the document is this exception's path.
 */
final class MissingFieldsException extends MismatchedInputException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> fields;

    MissingFieldsException(JsonParser parser, Class<?> type, List<String> fields) {
        super(parser, describe("", fields), type);
        this.fields = List.copyOf(fields);
    }

    /** Describes the missing fields of the object at {@code path} ({@code ""} for the document). */
    String describe(String path) {
        return describe(path, fields);
    }

    private static String describe(String path, List<String> fields) {
        String prefix = path.isEmpty() ? "'" : "'" + path + ".";
        return (fields.size() == 1 ? "missing field " : "missing fields ")
                + fields.stream().map(field -> prefix + field + "'").collect(Collectors.joining(", "));
    }
}
