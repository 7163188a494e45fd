package test;

import dev.javakit.context.Context;
import dev.javakit.metrics.ServiceMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * A {@link GreeterService} that times every call with a Micrometer timer per method and outcome,
 * as Go kit's {@code instrumentingMiddleware}: wrap the service in it.
 */
@Generated("dev.javakit.processor.KitProcessor")
public final class GreeterServiceMetrics implements GreeterService {
    private final GreeterService delegate;

    private final ServiceMetrics.MethodTimer greetTimer;

    private final ServiceMetrics.MethodTimer addGreetingTimer;

    private final ServiceMetrics.MethodTimer listTimer;

    private final ServiceMetrics.MethodTimer deleteTimer;

    private final ServiceMetrics.MethodTimer addAllTimer;

    private final ServiceMetrics.MethodTimer renameTimer;

    private final ServiceMetrics.MethodTimer echoTimer;

    private final ServiceMetrics.MethodTimer resetTimer;

    /**
     * Creates a decorator of {@code delegate} with its timers in {@code registry}.
     */
    public GreeterServiceMetrics(GreeterService delegate, MeterRegistry registry) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        ServiceMetrics metrics = ServiceMetrics.forService(registry, "greeter");
        this.greetTimer = metrics.method("greet");
        this.addGreetingTimer = metrics.method("addGreeting");
        this.listTimer = metrics.method("list");
        this.deleteTimer = metrics.method("delete");
        this.addAllTimer = metrics.method("addAll");
        this.renameTimer = metrics.method("rename");
        this.echoTimer = metrics.method("echo");
        this.resetTimer = metrics.method("reset");
    }

    /**
     * Calls {@link GreeterService#greet(String, Optional, String)} on the delegate and times the call.
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
        long start = greetTimer.start();
        String result;
        try {
            result = delegate.greet(name, language, requestId);
        } catch (Throwable e) {
            greetTimer.failed(start, e);
            throw e;
        }
        greetTimer.succeeded(start);
        return result;
    }

    /**
     * Calls {@link GreeterService#addGreeting(Context, Greeting, int)} on the delegate and times the call.
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
        long start = addGreetingTimer.start();
        try {
            delegate.addGreeting(ctx, greeting, priority);
        } catch (Throwable e) {
            addGreetingTimer.failed(start, e);
            throw e;
        }
        addGreetingTimer.succeeded(start);
    }

    /**
     * Calls {@link GreeterService#list(List, Optional, Color)} on the delegate and times the call.
     */
    @Override
    public List<Greeting> list(List<String> tags, Optional<Integer> limit, Color color) {
        long start = listTimer.start();
        List<Greeting> result;
        try {
            result = delegate.list(tags, limit, color);
        } catch (Throwable e) {
            listTimer.failed(start, e);
            throw e;
        }
        listTimer.succeeded(start);
        return result;
    }

    /**
     * Calls {@link GreeterService#delete(UUID)} on the delegate and times the call.
     */
    @Override
    public boolean delete(UUID greetingId) throws Exception {
        long start = deleteTimer.start();
        boolean result;
        try {
            result = delegate.delete(greetingId);
        } catch (Throwable e) {
            deleteTimer.failed(start, e);
            throw e;
        }
        deleteTimer.succeeded(start);
        return result;
    }

    /**
     * Calls {@link GreeterService#addAll(List)} on the delegate and times the call.
     *
     * <p>Returns how many of {@code greetings} were added. Duplicates are left out.
     *
     * @return how many of {@code greetings} were added
     */
    @Override
    public int addAll(List<Greeting> greetings) {
        long start = addAllTimer.start();
        int result;
        try {
            result = delegate.addAll(greetings);
        } catch (Throwable e) {
            addAllTimer.failed(start, e);
            throw e;
        }
        addAllTimer.succeeded(start);
        return result;
    }

    /**
     * Calls {@link GreeterService#rename(UUID, String, String)} on the delegate and times the call.
     */
    @Override
    public void rename(UUID greetingId, String text, @Nullable String author) {
        long start = renameTimer.start();
        try {
            delegate.rename(greetingId, text, author);
        } catch (Throwable e) {
            renameTimer.failed(start, e);
            throw e;
        }
        renameTimer.succeeded(start);
    }

    /**
     * Calls {@link GreeterService#echo(String, int)} on the delegate and times the call.
     *
     * <p>Greets with no HTTP annotation: served on {@code POST /GreeterService/echo}.
     */
    @Override
    public String echo(String text, int times) {
        long start = echoTimer.start();
        String result;
        try {
            result = delegate.echo(text, times);
        } catch (Throwable e) {
            echoTimer.failed(start, e);
            throw e;
        }
        echoTimer.succeeded(start);
        return result;
    }

    /**
     * Calls {@link GreeterService#reset(Context)} on the delegate and times the call.
     */
    @Override
    public void reset(Context ctx) {
        long start = resetTimer.start();
        try {
            delegate.reset(ctx);
        } catch (Throwable e) {
            resetTimer.failed(start, e);
            throw e;
        }
        resetTimer.succeeded(start);
    }
}
