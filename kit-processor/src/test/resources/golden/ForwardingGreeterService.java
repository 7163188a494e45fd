package test;

import dev.javakit.context.Context;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * A {@link GreeterService} that forwards every call to a delegate: extend it and override the
 * methods a service middleware changes, as Go kit's structs embedding the service do.
 */
@Generated("dev.javakit.processor.KitProcessor")
public abstract class ForwardingGreeterService implements GreeterService {
    private final GreeterService delegate;

    /**
     * Creates a service that forwards every call to {@code delegate}.
     */
    protected ForwardingGreeterService(GreeterService delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /**
     * Returns the service every call is forwarded to.
     */
    protected GreeterService delegate() {
        return delegate;
    }

    /**
     * Forwards {@link GreeterService#greet(String, Optional, String)} to the delegate.
     *
     * <p>Greets {@code name} in a language, the way a greeter does &amp; nothing more.
     *
     * <p>Languages are tags such as {@code en} or {@code fr-CA}; see {@code Greeting} and
     * {@code list}.
     *
     * @param name who is greeted
     * @param language the language tag;
     *     {@code Optional.empty()} for the default
     * @param requestId the caller's request id, logged &lt;if present&gt;
     * @return the greeting, such as {@code "Hello, <name>!"}
     * @throws UnknownLanguageException when no greeting is known in {@code language}
     */
    @Override
    public String greet(String name, Optional<String> language, @Nullable String requestId) throws
            UnknownLanguageException {
        return this.delegate.greet(name, language, requestId);
    }

    /**
     * Forwards {@link GreeterService#addGreeting(Context, Greeting, int)} to the delegate.
     *
     * <p>Adds a greeting whose priority is {@code 0 <= priority && priority < 10}.
     *
     * @param ctx the call's context
     * @param greeting the greeting to add
     * @param priority its priority, higher first
     * @throws DuplicateGreetingException when the greeting exists
     */
    @Override
    public void addGreeting(Context ctx, Greeting greeting, int priority) throws
            DuplicateGreetingException {
        this.delegate.addGreeting(ctx, greeting, priority);
    }

    /**
     * Forwards {@link GreeterService#list(List, Optional, Color)} to the delegate.
     */
    @Override
    public List<Greeting> list(List<String> tags, Optional<Integer> limit, Color color) {
        return this.delegate.list(tags, limit, color);
    }

    /**
     * Forwards {@link GreeterService#delete(UUID)} to the delegate.
     */
    @Override
    public boolean delete(UUID greetingId) throws Exception {
        return this.delegate.delete(greetingId);
    }

    /**
     * Forwards {@link GreeterService#addAll(List)} to the delegate.
     *
     * <p>Returns how many of {@code greetings} were added. Duplicates are left out.
     *
     * @return how many of {@code greetings} were added
     */
    @Override
    public int addAll(List<Greeting> greetings) {
        return this.delegate.addAll(greetings);
    }

    /**
     * Forwards {@link GreeterService#rename(UUID, String, String)} to the delegate.
     */
    @Override
    public void rename(UUID greetingId, String text, @Nullable String author) {
        this.delegate.rename(greetingId, text, author);
    }

    /**
     * Forwards {@link GreeterService#echo(String, int)} to the delegate.
     *
     * <p>Greets with no HTTP annotation: served on {@code POST /GreeterService/echo}.
     */
    @Override
    public String echo(String text, int times) {
        return this.delegate.echo(text, times);
    }

    /**
     * Forwards {@link GreeterService#reset(Context)} to the delegate.
     */
    @Override
    public void reset(Context ctx) {
        this.delegate.reset(ctx);
    }
}
