package dev.javakit.grpc;

import dev.javakit.errors.ErrorIdentity;
import io.grpc.Metadata;
import io.grpc.Status;

/**
 * The gRPC status code an error's HTTP status is answered with, and the HTTP status a client reads
 * a code as, so that one exception table ({@code @ErrorStatus}, {@code errorStatus(...)}) serves
 * HTTP, JSON-RPC and gRPC alike.
 *
 * <table>
 *   <caption>HTTP status to gRPC code</caption>
 *   <tr><th>HTTP</th><th>gRPC</th></tr>
 *   <tr><td>400</td><td>INVALID_ARGUMENT</td></tr>
 *   <tr><td>401</td><td>UNAUTHENTICATED</td></tr>
 *   <tr><td>403</td><td>PERMISSION_DENIED</td></tr>
 *   <tr><td>404</td><td>NOT_FOUND</td></tr>
 *   <tr><td>409</td><td>ALREADY_EXISTS</td></tr>
 *   <tr><td>412</td><td>FAILED_PRECONDITION</td></tr>
 *   <tr><td>429</td><td>RESOURCE_EXHAUSTED</td></tr>
 *   <tr><td>499</td><td>CANCELLED</td></tr>
 *   <tr><td>501</td><td>UNIMPLEMENTED</td></tr>
 *   <tr><td>503</td><td>UNAVAILABLE</td></tr>
 *   <tr><td>504</td><td>DEADLINE_EXCEEDED</td></tr>
 *   <tr><td>any other 4xx</td><td>FAILED_PRECONDITION</td></tr>
 *   <tr><td>any other 5xx, or none (unexpected)</td><td>INTERNAL</td></tr>
 * </table>
 *
 * <p>Any other 4xx is {@code FAILED_PRECONDITION}: the caller's fault, which repeating the call
 * unchanged will not fix, as gRPC's guide describes the code; {@code INVALID_ARGUMENT} would claim
 * the arguments are at fault, which a 4xx such as 410 or 418 does not say. Read back, a code gives
 * the HTTP status of the table, {@code ABORTED} 409 and {@code OUT_OF_RANGE} 400 (as Google's API
 * guide maps them), and every other code 500.
 */
public final class GrpcStatuses {

    /** The trailer naming the exception a status stands for ({@link ErrorIdentity}). */
    public static final Metadata.Key<String> ERROR_IDENTITY =
            Metadata.Key.of(ErrorIdentity.GRPC_TRAILER, Metadata.ASCII_STRING_MARSHALLER);

    private GrpcStatuses() {
    }

    /** Returns the code an error of HTTP status {@code httpStatus} is answered with; 0 (unexpected) is {@code INTERNAL}. */
    public static Status.Code codeOf(int httpStatus) {
        return switch (httpStatus) {
            case 400 -> Status.Code.INVALID_ARGUMENT;
            case 401 -> Status.Code.UNAUTHENTICATED;
            case 403 -> Status.Code.PERMISSION_DENIED;
            case 404 -> Status.Code.NOT_FOUND;
            case 409 -> Status.Code.ALREADY_EXISTS;
            case 412 -> Status.Code.FAILED_PRECONDITION;
            case 429 -> Status.Code.RESOURCE_EXHAUSTED;
            case 499 -> Status.Code.CANCELLED;
            case 501 -> Status.Code.UNIMPLEMENTED;
            case 503 -> Status.Code.UNAVAILABLE;
            case 504 -> Status.Code.DEADLINE_EXCEEDED;
            default -> httpStatus >= 400 && httpStatus < 500 ? Status.Code.FAILED_PRECONDITION : Status.Code.INTERNAL;
        };
    }

    /** Returns the HTTP status a client reads {@code code} as, 200 for {@code OK}. */
    public static int httpStatusOf(Status.Code code) {
        return switch (code) {
            case OK -> 200;
            case INVALID_ARGUMENT, OUT_OF_RANGE -> 400;
            case UNAUTHENTICATED -> 401;
            case PERMISSION_DENIED -> 403;
            case NOT_FOUND -> 404;
            case ALREADY_EXISTS, ABORTED -> 409;
            case FAILED_PRECONDITION -> 412;
            case RESOURCE_EXHAUSTED -> 429;
            case CANCELLED -> 499;
            case UNIMPLEMENTED -> 501;
            case UNAVAILABLE -> 503;
            case DEADLINE_EXCEEDED -> 504;
            default -> 500;
        };
    }
}
