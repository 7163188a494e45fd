package test;

import dev.javakit.context.Context;
import dev.javakit.transport.http.client.ClientErrors;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * How the clients of {@link GreeterService} turn an error answer back into a declared exception,
 * one table per method, as the {@code errorDecoder} of Go kit's profilesvc client.
 */
@Generated("dev.javakit.processor.KitProcessor")
final class GreeterServiceClientErrors {
    /**
     * The declared exceptions of {@link GreeterService#greet(String, Optional, String)}
     * that a client recreates.
     *
     * <p>Greets {@code name} in a language, the way a greeter does &amp; nothing more.
     */
    static final ClientErrors GREET = ClientErrors.builder()
            .fixed(404, "UnknownLanguageException", UnknownLanguageException::new)
            .build();

    /**
     * The declared exceptions of {@link GreeterService#addGreeting(Context, Greeting, int)}
     * that a client recreates.
     *
     * <p>Adds a greeting whose priority is {@code 0 <= priority && priority < 10}.
     */
    static final ClientErrors ADD_GREETING = ClientErrors.builder()
            .fixed(409, "DuplicateGreetingException", DuplicateGreetingException::new)
            .build();

    /**
     * The declared exceptions of {@link GreeterService#list(List, Optional, Color)}
     * that a client recreates.
     */
    static final ClientErrors LIST = ClientErrors.NONE;

    /**
     * The declared exceptions of {@link GreeterService#delete(UUID)}
     * that a client recreates.
     */
    static final ClientErrors DELETE = ClientErrors.NONE;

    /**
     * The declared exceptions of {@link GreeterService#addAll(List)}
     * that a client recreates.
     *
     * <p>Returns how many of {@code greetings} were added.
     */
    static final ClientErrors ADD_ALL = ClientErrors.NONE;

    /**
     * The declared exceptions of {@link GreeterService#rename(UUID, String, String)}
     * that a client recreates.
     */
    static final ClientErrors RENAME = ClientErrors.NONE;

    /**
     * The declared exceptions of {@link GreeterService#echo(String, int)}
     * that a client recreates.
     *
     * <p>Greets with no HTTP annotation: served on {@code POST /GreeterService/echo}.
     */
    static final ClientErrors ECHO = ClientErrors.NONE;

    /**
     * The declared exceptions of {@link GreeterService#reset(Context)}
     * that a client recreates.
     */
    static final ClientErrors RESET = ClientErrors.NONE;

    private GreeterServiceClientErrors() {
    }
}
