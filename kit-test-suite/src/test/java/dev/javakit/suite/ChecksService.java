package dev.javakit.suite;

import dev.javakit.annotations.KitService;

/**
 * A service whose methods declare two and four checked exceptions: the endpoint set implements the
 * first with {@code Endpoint.callDeclaring} and catches for the second itself, and both must throw
 * exactly what they declare. In-process only, so only the endpoints and the forwarding class are written.
 */
@KitService(transports = {}, clients = false, decorators = false)
public interface ChecksService {

    /** Throws the {@code failure}-th declared exception, or returns "passed" past the last. */
    String two(int failure) throws AccessDeniedException, AccountMissingException;

    /** Throws the {@code failure}-th declared exception, or returns "passed" past the last. */
    String four(int failure) throws AccessDeniedException, AccountMissingException, SlowDownException,
            OrderNotFoundException;
}
