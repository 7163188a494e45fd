package dev.javakit.grpc.codec;

import com.google.protobuf.CodedInputStream;
import java.io.IOException;

/**
 * Reads and writes one type as a protobuf message, in the layout of the {@code .proto} file the
 * processor writes for its service; the processor generates one per request, response and
 * reachable record, on {@code CodedOutputStream} and {@code CodedInputStream}, with no reflection.
 *
 * @param <T> the type read and written
 */
public interface ProtoCodec<T> {

    /** Returns {@code value} encoded as one whole message, without a length prefix. */
    byte[] encode(T value);

    /**
     * Reads one whole message from {@code in}, up to its end or its current limit, skipping the
     * fields this codec does not know (a newer peer's).
     *
     * @throws com.google.protobuf.InvalidProtocolBufferException when the bytes are not such a
     *     message, or a field the type cannot do without is missing
     */
    T decode(CodedInputStream in) throws IOException;
}
