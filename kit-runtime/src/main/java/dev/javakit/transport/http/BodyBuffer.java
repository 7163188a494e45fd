package dev.javakit.transport.http;

import io.netty.buffer.ByteBuf;
import java.util.Arrays;

/** A request body collected as it arrives, refusing to grow past the server's limit. */
final class BodyBuffer {

    private static final byte[] EMPTY = new byte[0];

    private final int limit;
    private byte[] bytes;
    private int length;

    /** Sizes the buffer for a declared {@code Content-Length} (already checked against the limit), or -1. */
    BodyBuffer(long declaredLength, int limit) {
        this.limit = limit;
        this.bytes = declaredLength > 0 ? new byte[(int) declaredLength] : EMPTY;
    }

    /** Appends the readable bytes of {@code content}; returns false, appending nothing, when they would pass the limit. */
    boolean append(ByteBuf content) {
        int count = content.readableBytes();
        if (count == 0) {
            return true;
        }
        if (count > limit - length) {
            return false;
        }
        if (length + count > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.min(limit, Math.max(length + count, Math.max(256, bytes.length * 2))));
        }
        content.getBytes(content.readerIndex(), bytes, length, count);
        length += count;
        return true;
    }

    /** Returns the body collected. */
    byte[] toBytes() {
        return length == bytes.length ? bytes : Arrays.copyOf(bytes, length);
    }
}
