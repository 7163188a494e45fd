package dev.javakit.errors;

/** An exception that knows the HTTP status it is answered with, such as the HTTP transport's own errors. */
public interface HasStatus {

    /** Returns the HTTP status, 400 to 599. */
    int status();
}
