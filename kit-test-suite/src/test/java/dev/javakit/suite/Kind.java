package dev.javakit.suite;

/** Kinds of accounts. */
public enum Kind {
    PERSONAL,
    BUSINESS
}
