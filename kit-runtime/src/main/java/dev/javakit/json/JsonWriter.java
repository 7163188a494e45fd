package dev.javakit.json;

import java.util.function.Supplier;
import tools.jackson.databind.ObjectWriter;

/**
 * Writes values of one type as compact UTF-8 JSON.
 *
 * @param <T> the type written
 */
public final class JsonWriter<T> {

    private final Supplier<ObjectWriter> resolve;
    // Resolved on first use, like JsonReader's.
    private ObjectWriter resolved;

    JsonWriter(Supplier<ObjectWriter> resolve) {
        this.resolve = resolve;
    }

    /** Returns {@code value} as JSON bytes. */
    public byte[] write(T value) {
        ObjectWriter writer = resolved;
        if (writer == null) {
            writer = resolve.get();
            resolved = writer;
        }
        return writer.writeValueAsBytes(value);
    }
}
