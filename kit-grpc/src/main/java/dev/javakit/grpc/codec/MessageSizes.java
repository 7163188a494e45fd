package dev.javakit.grpc.codec;

import java.util.Arrays;

/**
 * The sizes of the nested messages of one value being encoded, computed once before writing: the
 * sizing pass reserves a slot per nested message in the order the writing pass meets them and fills
 * it in once the message's size is known, and the writing pass takes them back in that order. So
 * encoding is linear in the value's size, however deep it nests, without caching sizes in the values.
 */
public final class MessageSizes {

    private static final int[] NONE = new int[0];

    private int[] sizes;
    private int count;
    private int next;

    /** Holds the sizes of a value expected to nest {@code expected} messages; it grows past that if need be. */
    public MessageSizes(int expected) {
        // One array of the right size: its codec remembers how many nested messages its values have had.
        sizes = expected == 0 ? NONE : new int[expected];
    }

    /** Reserves the slot of the nested message about to be sized, and returns it. */
    public int reserve() {
        if (count == sizes.length) {
            sizes = Arrays.copyOf(sizes, Math.max(8, count * 2));
        }
        return count++;
    }

    /** Records the size of the nested message of {@code slot}; returns its size as a length-delimited field's payload. */
    public int set(int slot, int size) {
        sizes[slot] = size;
        return size;
    }

    /** Returns the size of the next nested message the writing pass meets. */
    public int next() {
        return sizes[next++];
    }

    /** Returns how many slots the sizing pass reserved. */
    public int count() {
        return count;
    }
}
