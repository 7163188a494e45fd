package dev.javakit.grpc.codec;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A {@link ProtoCodec} over three generated functions: one that sizes a value, one that writes it
 * into an exactly sized array, and one that reads it.
 *
 * @param <T> the type read and written
 */
public final class MessageCodec<T> implements ProtoCodec<T> {

    /** How deep messages may nest on the wire before decoding refuses them, as protobuf-java's default. */
    public static final int MAX_DEPTH = 100;

    /**
     * The most nested-message sizes one encoding starts room for, however many a past value had: a
     * single huge value does not make every later encoding allocate for its like (64 KiB of ints).
     */
    static final int MAX_EXPECTED_SIZES = 16 * 1024;

    /** Computes the encoded size of a value's fields, recording its nested messages' sizes. */
    @FunctionalInterface
    public interface Sizer<T> {
        /** Returns the size of {@code value}'s fields. */
        int size(T value, MessageSizes sizes);
    }

    /** Writes a value's fields, taking its nested messages' sizes in the order the sizer recorded them. */
    @FunctionalInterface
    public interface Writer<T> {
        /** Writes {@code value}'s fields to {@code out}. */
        void write(T value, CodedOutputStream out, MessageSizes sizes) throws IOException;
    }

    /** Reads a value's fields up to the end of the input or its current limit. */
    @FunctionalInterface
    public interface Reader<T> {
        /** Reads one value nested {@code depth} messages deep. */
        T read(CodedInputStream in, int depth) throws IOException;
    }

    private final Sizer<T> sizer;
    private final Writer<T> writer;
    private final Reader<T> reader;
    private final boolean nests;
    /**
     * How many nested-message sizes the values encoded so far have had at most: a hint, so that an
     * encoding allocates its sizes once. Threads race on it harmlessly (an int is read and written
     * whole; a stale value only costs an array's growth), so it needs neither a lock nor a volatile.
     */
    private int expectedSizes;

    private MessageCodec(Sizer<T> sizer, Writer<T> writer, Reader<T> reader, boolean nests) {
        this.sizer = sizer;
        this.writer = writer;
        this.reader = reader;
        this.nests = nests;
    }

    /** Returns the codec of one message type whose values may hold nested messages (or packed varints, or maps). */
    public static <T> MessageCodec<T> of(Sizer<T> sizer, Writer<T> writer, Reader<T> reader) {
        return new MessageCodec<>(sizer, writer, reader, true);
    }

    /**
     * Returns the codec of a message type without nested messages, packed varints or maps: its sizer
     * and writer record no sizes, so they are given none ({@code null}) and encoding allocates nothing
     * but the message's array and its stream.
     */
    public static <T> MessageCodec<T> flat(Sizer<T> sizer, Writer<T> writer, Reader<T> reader) {
        return new MessageCodec<>(sizer, writer, reader, false);
    }

    @Override
    public byte[] encode(T value) {
        MessageSizes sizes = nests ? new MessageSizes(expectedSizes) : null;
        byte[] bytes = new byte[sizer.size(value, sizes)];
        if (nests && sizes.count() > expectedSizes) {
            expectedSizes = Math.min(sizes.count(), MAX_EXPECTED_SIZES);
        }
        CodedOutputStream out = CodedOutputStream.newInstance(bytes);
        try {
            writer.write(value, out, sizes);
        } catch (IOException e) {
            // Only a size the sizer got wrong runs out of room: a bug, never the caller's input.
            throw new UncheckedIOException(e);
        }
        out.checkNoSpaceLeft();
        return bytes;
    }

    @Override
    public T decode(CodedInputStream in) throws IOException {
        return reader.read(in, 0);
    }

    /**
     * Reads a nested message of a length-delimited field with {@code reader}, refusing it when it nests
     * deeper than {@link #MAX_DEPTH}.
     */
    public static <T> T readNested(CodedInputStream in, int depth, Reader<T> reader) throws IOException {
        if (depth >= MAX_DEPTH) {
            throw new InvalidProtocolBufferException("protobuf message nested more than " + MAX_DEPTH + " deep");
        }
        int limit = in.pushLimit(in.readRawVarint32());
        T value = reader.read(in, depth + 1);
        in.checkLastTagWas(0);
        in.popLimit(limit);
        return value;
    }

    /** Returns the error of a field a value cannot do without that the message lacks. */
    public static InvalidProtocolBufferException missing(String field, String message) {
        return new InvalidProtocolBufferException("missing field " + field + " of " + message);
    }

    /** Returns the error of a collection that holds {@code null}, which protobuf has no way to write. */
    public static IllegalArgumentException nullElement(String field, String message) {
        return new IllegalArgumentException("null element in repeated field " + field + " of " + message
                + ": protobuf cannot carry null");
    }

    /** Returns the error of a map with a {@code null} key or value, which protobuf has no way to write. */
    public static IllegalArgumentException nullEntry(String field, String message) {
        return new IllegalArgumentException("null key or value in map field " + field + " of " + message
                + ": protobuf cannot carry null");
    }

    /** Returns the error of a field whose value the Java type cannot hold. */
    public static InvalidProtocolBufferException invalid(String field, String message, Object value) {
        return new InvalidProtocolBufferException("invalid value of field " + field + " of " + message + ": " + value);
    }
}
