package dev.javakit.errors;

/**
 * Names the exception behind an error answer, so a client rethrows a declared exception only when
 * the server says it threw that one: HTTP answers carry it in the {@value #HEADER} header, JSON-RPC
 * errors in their {@code data} member, beside Go kit's unchanged {@code {"error": "..."}} body, and
 * gRPC statuses in the {@value #GRPC_TRAILER} trailer.
 *
 * <p>A declared exception's identity is its simple class name; every other error a server of ours
 * answers (no route, undecodable input, a limit, overload, a middleware's refusal, an unexpected
 * failure) is {@value #SERVER}, which names no class.
 */
public final class ErrorIdentity {

    /** The HTTP response header carrying the identity. */
    public static final String HEADER = "Kit-Error";
    /** The member of a JSON-RPC error's {@code data} object carrying the identity. */
    public static final String JSON_RPC_MEMBER = "kit-error";
    /** The gRPC trailer carrying the identity (metadata keys are lower case). */
    public static final String GRPC_TRAILER = "kit-error";
    /** The identity of an error that is none of the service's declared exceptions. */
    public static final String SERVER = "kit.server";

    private ErrorIdentity() {
    }
}
