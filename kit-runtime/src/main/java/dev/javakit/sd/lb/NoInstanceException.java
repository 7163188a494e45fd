package dev.javakit.sd.lb;

import dev.javakit.errors.HasStatus;
import dev.javakit.transport.Delivery;
import dev.javakit.transport.TransportFailure;

/** A call a load balancer could not send because its instancer lists no instance (or none it could reach). */
public final class NoInstanceException extends RuntimeException implements HasStatus, TransportFailure {

    private static final long serialVersionUID = 1L;

    NoInstanceException(String message) {
        super(message);
    }

    /** Returns 503, as a gateway with no backend answers. */
    @Override
    public int status() {
        return 503;
    }

    @Override
    public Delivery delivery() {
        return Delivery.NOT_DELIVERED;
    }
}
