package test;

import dev.javakit.transport.http.client.ClientErrors;
import javax.annotation.processing.Generated;

@Generated("dev.javakit.processor.KitProcessor")
final class GreeterServiceClientErrors {
    static final ClientErrors GREET = ClientErrors.builder()
            .fixed(404, UnknownLanguageException::new)
            .build();

    static final ClientErrors ADD_GREETING = ClientErrors.builder()
            .fixed(409, DuplicateGreetingException::new)
            .build();

    static final ClientErrors LIST = ClientErrors.NONE;

    static final ClientErrors DELETE = ClientErrors.NONE;

    static final ClientErrors ADD_ALL = ClientErrors.NONE;

    private GreeterServiceClientErrors() {
    }
}
