package dev.javakit.processor.writer;

import dev.javakit.processor.model.ServiceModel;
import java.nio.charset.StandardCharsets;

/**
 * The base of every writer of a resource, a file that goes into the jar beside the classes (an API
 * description, say): one per service, tied to its interface as the originating element.
 */
public abstract class ResourceFileWriter {

    /** Returns whether {@code service} chose this writer's artifact. */
    public abstract boolean writesFor(ServiceModel service);

    /** Returns the resource's path in the class output, such as {@code META-INF/javakit/a.B.openapi.json}. */
    public abstract String resourceName(ServiceModel service);

    /** Returns the resource's content as text: the whole of a text resource, a readable form of a binary one. */
    public abstract String write(ServiceModel service);

    /** Returns the resource's bytes: {@link #write}'s text in UTF-8, unless the resource is binary. */
    public byte[] content(ServiceModel service) {
        return write(service).getBytes(StandardCharsets.UTF_8);
    }
}
