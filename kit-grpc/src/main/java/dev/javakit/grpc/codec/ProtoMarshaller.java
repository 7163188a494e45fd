package dev.javakit.grpc.codec;

import com.google.protobuf.CodedInputStream;
import io.grpc.Drainable;
import io.grpc.KnownLength;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Puts a {@link ProtoCodec} on the wire of grpc-java, as its {@code ProtoLiteUtils} marshaller does
 * for protoc's classes: a message goes out as a stream that tells its length and drains itself into
 * the frame in one copy, and comes in read whole into an array before it is decoded.
 *
 * @param <T> the type marshalled
 */
public final class ProtoMarshaller<T> implements MethodDescriptor.Marshaller<T> {

    private static final MethodDescriptor.Marshaller<byte[]> UNPARSED = new MethodDescriptor.Marshaller<>() {
        @Override
        public InputStream stream(byte[] message) {
            return new MessageStream(message);
        }

        @Override
        public byte[] parse(InputStream stream) {
            try {
                return readMessage(stream);
            } catch (IOException e) {
                throw Status.INTERNAL.withDescription("cannot read the message: " + e.getMessage())
                        .withCause(e).asRuntimeException();
            }
        }
    };

    private final ProtoCodec<T> codec;
    private final String description;

    private ProtoMarshaller(ProtoCodec<T> codec, String description) {
        this.codec = Objects.requireNonNull(codec, "codec");
        this.description = Objects.requireNonNull(description, "description");
    }

    /**
     * Returns the marshaller of {@code codec}'s type; {@code description} names its messages in
     * errors, such as {@code "response of profile.ProfileService/GetProfile"}.
     */
    public static <T> ProtoMarshaller<T> of(ProtoCodec<T> codec, String description) {
        return new ProtoMarshaller<>(codec, description);
    }

    /**
     * Returns a marshaller that leaves messages as their bytes: a server decodes requests itself, so
     * that bytes that are no such message are answered {@code INVALID_ARGUMENT} with the reason
     * (grpc-java turns an exception thrown while parsing into a status of its own choosing).
     */
    public static MethodDescriptor.Marshaller<byte[]> unparsed() {
        return UNPARSED;
    }

    /** Returns the codec messages are encoded and decoded with. */
    public ProtoCodec<T> codec() {
        return codec;
    }

    @Override
    public InputStream stream(T value) {
        return new MessageStream(codec.encode(value));
    }

    /**
     * Reads and decodes one message.
     *
     * @throws io.grpc.StatusRuntimeException {@code INTERNAL}, when the bytes are not such a message
     */
    @Override
    public T parse(InputStream stream) {
        try {
            return decode(readMessage(stream));
        } catch (IOException | RuntimeException e) {
            throw Status.INTERNAL.withDescription("invalid " + description + ": " + reason(e))
                    .withCause(e).asRuntimeException();
        }
    }

    /**
     * Decodes the whole of {@code message}.
     *
     * @throws IOException when the bytes are not such a message, or one the type cannot do without
     *     is missing (the codec's {@link com.google.protobuf.InvalidProtocolBufferException})
     */
    public T decode(byte[] message) throws IOException {
        return codec.decode(CodedInputStream.newInstance(message));
    }

    /** Returns what went wrong decoding, for a status's description. */
    public static String reason(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }

    /**
     * Reads a whole message: at once when the stream knows its length, as grpc's own streams of a
     * received message do, otherwise to its end.
     */
    static byte[] readMessage(InputStream stream) throws IOException {
        if (stream instanceof KnownLength) {
            int size = stream.available();
            byte[] message = new byte[size];
            int read = 0;
            while (read < size) {
                int n = stream.read(message, read, size - read);
                if (n < 0) {
                    throw new IOException("the message ended after " + read + " of its " + size + " bytes");
                }
                read += n;
            }
            return message;
        }
        return stream.readAllBytes();
    }

    /**
     * An encoded message as grpc-java wants one: its length known ({@link KnownLength}), so the
     * frame's header is written without buffering, and copied straight into the frame ({@link Drainable}).
     */
    private static final class MessageStream extends ByteArrayInputStream implements KnownLength, Drainable {

        MessageStream(byte[] message) {
            super(message);
        }

        @Override
        public int drainTo(OutputStream target) throws IOException {
            int length = count - pos;
            target.write(buf, pos, length);
            pos = count;
            return length;
        }
    }
}
