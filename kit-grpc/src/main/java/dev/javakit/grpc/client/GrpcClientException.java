package dev.javakit.grpc.client;

import dev.javakit.errors.HasStatus;
import dev.javakit.grpc.GrpcStatuses;
import dev.javakit.transport.Delivery;
import dev.javakit.transport.TransportFailure;
import io.grpc.Status;

/**
 * A gRPC call that did not end with an answer the method declares: the server answered a status
 * nothing maps to an exception, or no answer came (connection refused or lost, deadline).
 * {@link #delivery()} tells which, so that a retry knows whether sending the call again is safe.
 */
public final class GrpcClientException extends RuntimeException implements HasStatus, TransportFailure {

    private static final long serialVersionUID = 1L;

    private final Status.Code code;
    private final String description;
    private final Delivery delivery;

    GrpcClientException(String call, Status status, Delivery delivery, Throwable cause) {
        super(call + (delivery == Delivery.ANSWERED ? " answered " : " failed: ") + status.getCode()
                + (status.getDescription() != null ? " " + status.getDescription() : ""), cause);
        this.code = status.getCode();
        this.description = status.getDescription();
        this.delivery = delivery;
    }

    /** Returns the gRPC code the call ended with. */
    public Status.Code code() {
        return code;
    }

    /** Returns the status's description (the server's message), or {@code null}. */
    public String description() {
        return description;
    }

    /** Returns the HTTP status of the code ({@link GrpcStatuses#httpStatusOf}): 503 for a failed connection, 504 for a deadline. */
    @Override
    public int status() {
        return GrpcStatuses.httpStatusOf(code);
    }

    @Override
    public Delivery delivery() {
        return delivery;
    }
}
