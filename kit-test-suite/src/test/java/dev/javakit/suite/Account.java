package dev.javakit.suite;

/** An account of the test service. */
public record Account(long id, String owner, Kind kind) {
}
