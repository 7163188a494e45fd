package dev.javakit.json;

import tools.jackson.databind.ObjectWriter;

/**
 * Writes values of one type as compact UTF-8 JSON.
 *
 * @param <T> the type written
 */
public final class JsonWriter<T> {

    private final ObjectWriter writer;

    JsonWriter(ObjectWriter writer) {
        this.writer = writer;
    }

    /** Returns {@code value} as JSON bytes. */
    public byte[] write(T value) {
        return writer.writeValueAsBytes(value);
    }
}
