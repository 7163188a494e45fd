package dev.javakit.transport.jsonrpc;

import dev.javakit.errors.HasStatus;

/**
 * A JSON-RPC error response the called method does not declare: a standard error (method not
 * found, invalid params, internal error) or an application error nothing maps to an exception.
 */
public final class JsonRpcException extends RuntimeException implements HasStatus {

    private static final long serialVersionUID = 1L;

    private final int code;

    /** Creates the exception from an error response's code and message. */
    public JsonRpcException(int code, String message) {
        super(message);
        this.code = code;
    }

    /** Returns the error code. */
    public int code() {
        return code;
    }

    /**
     * Returns the code when it is an HTTP status (application errors), else the status a gateway
     * would answer: 400 for invalid params, 500 for an internal error, 502 for the other standard errors.
     */
    @Override
    public int status() {
        if (code >= 400 && code <= 599) {
            return code;
        }
        return switch (code) {
            // The arguments the caller gave were refused (undecodable, or a Bean Validation
            // violation): the caller's fault, as HTTP's 400, not a broken server behind a gateway.
            case JsonRpcErrors.INVALID_PARAMS -> 400;
            case JsonRpcErrors.INTERNAL_ERROR -> 500;
            default -> 502;
        };
    }
}
