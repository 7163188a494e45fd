package dev.javakit.transport;

/**
 * An exception a client transport throws, that tells a retry how far its call got
 * ({@link Delivery}) without the retry knowing the transport.
 */
public interface TransportFailure {

    /** Returns how far the failed call got. */
    Delivery delivery();
}
