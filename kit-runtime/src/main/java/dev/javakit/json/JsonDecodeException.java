package dev.javakit.json;

/**
 * Thrown when input is not the JSON expected; its message describes the problem without Java
 * class names or echoed input, so transports can send it to the client as is.
 */
public final class JsonDecodeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a client-safe message and the underlying Jackson failure. */
    public JsonDecodeException(String message, Throwable cause) {
        super(message, cause);
    }
}
