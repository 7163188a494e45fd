package dev.javakit.errors;

import java.util.Objects;

/**
 * One reason a request's arguments are invalid: where ({@code profile.addresses[0].location}, named
 * from the method's parameters) and what is wrong ({@code must not be blank}).
 *
 * @param field the path of the invalid value, from the parameter's name; empty when the violation
 *     concerns the arguments together rather than one of them
 * @param message what is wrong with it, safe to show the client
 */
public record Violation(String field, String message) {

    /** Checks both parts are present. */
    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    /** Returns the violation as one clause of an error message: {@code field 'a' must be positive}. */
    public String describe() {
        return field.isEmpty() ? message : "field '" + field + "' " + message;
    }
}
