package test;

import dev.javakit.context.Context;
import dev.javakit.log.ServiceLogger;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.annotation.processing.Generated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link GreeterService} that logs one structured line per call, with the arguments by name,
 * as Go kit's {@code loggingMiddleware}: wrap the service in it.
 */
@Generated("dev.javakit.processor.KitProcessor")
public final class GreeterServiceLogging implements GreeterService {
    private final GreeterService delegate;

    private final ServiceLogger calls;

    /**
     * Creates a decorator of {@code delegate} logging to the logger named after {@link GreeterService}.
     */
    public GreeterServiceLogging(GreeterService delegate) {
        this(delegate, LoggerFactory.getLogger(GreeterService.class));
    }

    /**
     * Creates a decorator of {@code delegate} logging to {@code log}.
     */
    public GreeterServiceLogging(GreeterService delegate, Logger log) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.calls = new ServiceLogger(log, "greeter");
    }

    /**
     * Calls {@link GreeterService#greet(String, Optional, String)} on the delegate and logs the call.
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
        long start = calls.start();
        String result;
        try {
            result = delegate.greet(name, language, requestId);
        } catch (Throwable e) {
            calls.failed("greet", start, e, "name", name, "language", language, "requestId", requestId);
            throw e;
        }
        calls.succeeded("greet", start, "name", name, "language", language, "requestId", requestId);
        return result;
    }

    /**
     * Calls {@link GreeterService#addGreeting(Context, Greeting, int)} on the delegate and logs the call.
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
        long start = calls.start();
        try {
            delegate.addGreeting(ctx, greeting, priority);
        } catch (Throwable e) {
            calls.failed("addGreeting", start, e, "greeting", greeting, "priority", priority);
            throw e;
        }
        calls.succeeded("addGreeting", start, "greeting", greeting, "priority", priority);
    }

    /**
     * Calls {@link GreeterService#list(List, Optional, Color)} on the delegate and logs the call.
     */
    @Override
    public List<Greeting> list(List<String> tags, Optional<Integer> limit, Color color) {
        long start = calls.start();
        List<Greeting> result;
        try {
            result = delegate.list(tags, limit, color);
        } catch (Throwable e) {
            calls.failed("list", start, e, "tags", tags, "limit", limit, "color", color);
            throw e;
        }
        calls.succeeded("list", start, "tags", tags, "limit", limit, "color", color);
        return result;
    }

    /**
     * Calls {@link GreeterService#delete(UUID)} on the delegate and logs the call.
     */
    @Override
    public boolean delete(UUID greetingId) throws Exception {
        long start = calls.start();
        boolean result;
        try {
            result = delegate.delete(greetingId);
        } catch (Throwable e) {
            calls.failed("delete", start, e, "greetingId", greetingId);
            throw e;
        }
        calls.succeeded("delete", start, "greetingId", greetingId);
        return result;
    }

    /**
     * Calls {@link GreeterService#addAll(List)} on the delegate and logs the call.
     *
     * <p>Returns how many of {@code greetings} were added. Duplicates are left out.
     *
     * @return how many of {@code greetings} were added
     */
    @Override
    public int addAll(List<Greeting> greetings) {
        long start = calls.start();
        int result;
        try {
            result = delegate.addAll(greetings);
        } catch (Throwable e) {
            calls.failed("addAll", start, e, "greetings", greetings);
            throw e;
        }
        calls.succeeded("addAll", start, "greetings", greetings);
        return result;
    }

    /**
     * Calls {@link GreeterService#rename(UUID, String, String)} on the delegate and logs the call.
     */
    @Override
    public void rename(UUID greetingId, String text, @Nullable String author) {
        long start = calls.start();
        try {
            delegate.rename(greetingId, text, author);
        } catch (Throwable e) {
            calls.failed("rename", start, e, "greetingId", greetingId, "text", text, "author", author);
            throw e;
        }
        calls.succeeded("rename", start, "greetingId", greetingId, "text", text, "author", author);
    }

    /**
     * Calls {@link GreeterService#echo(String, int)} on the delegate and logs the call.
     *
     * <p>Greets with no HTTP annotation: served on {@code POST /GreeterService/echo}.
     */
    @Override
    public String echo(String text, int times) {
        long start = calls.start();
        String result;
        try {
            result = delegate.echo(text, times);
        } catch (Throwable e) {
            calls.failed("echo", start, e, "text", text, "times", times);
            throw e;
        }
        calls.succeeded("echo", start, "text", text, "times", times);
        return result;
    }

    /**
     * Calls {@link GreeterService#reset(Context)} on the delegate and logs the call.
     */
    @Override
    public void reset(Context ctx) {
        long start = calls.start();
        try {
            delegate.reset(ctx);
        } catch (Throwable e) {
            calls.failed("reset", start, e);
            throw e;
        }
        calls.succeeded("reset", start);
    }
}
