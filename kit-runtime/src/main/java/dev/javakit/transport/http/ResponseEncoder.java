package dev.javakit.transport.http;

/**
 * Turns an endpoint's response record into the bytes of a JSON response body, like Go kit's
 * {@code EncodeResponseFunc}.
 *
 * @param <Resp> the response record type
 */
@FunctionalInterface
public interface ResponseEncoder<Resp> {

    /** Encodes the response body. */
    byte[] encode(Resp response);
}
