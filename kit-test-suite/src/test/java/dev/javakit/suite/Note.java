package dev.javakit.suite;

/** A small record that travels as a JSON object. */
public record Note(String id, String text) {
}
