package dev.javakit.transport.jsonrpc;

/**
 * The error codes of JSON-RPC 2.0. A business exception's code is the HTTP status it is answered
 * with over REST (404 for "not found"), so both transports say the same thing.
 */
public final class JsonRpcErrors {

    /** Invalid JSON was received. */
    public static final int PARSE_ERROR = -32700;
    /** The JSON sent is not a valid request object. */
    public static final int INVALID_REQUEST = -32600;
    /** The method does not exist. */
    public static final int METHOD_NOT_FOUND = -32601;
    /** Invalid method parameters. */
    public static final int INVALID_PARAMS = -32602;
    /** An error nothing declares; its detail goes to the log, not the caller. */
    public static final int INTERNAL_ERROR = -32603;

    private JsonRpcErrors() {
    }
}
