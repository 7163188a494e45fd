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

@Generated("dev.javakit.processor.KitProcessor")
public final class GreeterServiceLogging implements GreeterService {
    private final GreeterService delegate;

    private final ServiceLogger calls;

    public GreeterServiceLogging(GreeterService delegate) {
        this(delegate, LoggerFactory.getLogger(GreeterService.class));
    }

    public GreeterServiceLogging(GreeterService delegate, Logger log) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.calls = new ServiceLogger(log, "greeter");
    }

    @Override
    public String greet(String name, Optional<String> language, String requestId) throws
            UnknownLanguageException {
        long start = calls.start();
        String result;
        try {
            result = delegate.greet(name, language, requestId);
        } catch (Throwable e) {
            if (calls.isFailedEnabled(e)) {
                calls.failed("greet", start, e, "name", name, "language", language, "requestId", requestId);
            }
            throw e;
        }
        if (calls.isSucceededEnabled()) {
            calls.succeeded("greet", start, "name", name, "language", language, "requestId", requestId);
        }
        return result;
    }

    @Override
    public void addGreeting(Context ctx, Greeting greeting, int priority) throws
            DuplicateGreetingException {
        long start = calls.start();
        try {
            delegate.addGreeting(ctx, greeting, priority);
        } catch (Throwable e) {
            if (calls.isFailedEnabled(e)) {
                calls.failed("addGreeting", start, e, "greeting", greeting, "priority", priority);
            }
            throw e;
        }
        if (calls.isSucceededEnabled()) {
            calls.succeeded("addGreeting", start, "greeting", greeting, "priority", priority);
        }
    }

    @Override
    public List<Greeting> list(List<String> tags, Optional<Integer> limit, Color color) {
        long start = calls.start();
        List<Greeting> result;
        try {
            result = delegate.list(tags, limit, color);
        } catch (Throwable e) {
            if (calls.isFailedEnabled(e)) {
                calls.failed("list", start, e, "tags", tags, "limit", limit, "color", color);
            }
            throw e;
        }
        if (calls.isSucceededEnabled()) {
            calls.succeeded("list", start, "tags", tags, "limit", limit, "color", color);
        }
        return result;
    }

    @Override
    public boolean delete(UUID greetingId) throws Exception {
        long start = calls.start();
        boolean result;
        try {
            result = delegate.delete(greetingId);
        } catch (Throwable e) {
            if (calls.isFailedEnabled(e)) {
                calls.failed("delete", start, e, "greetingId", greetingId);
            }
            throw e;
        }
        if (calls.isSucceededEnabled()) {
            calls.succeeded("delete", start, "greetingId", greetingId);
        }
        return result;
    }

    @Override
    public int addAll(List<Greeting> greetings) {
        long start = calls.start();
        int result;
        try {
            result = delegate.addAll(greetings);
        } catch (Throwable e) {
            if (calls.isFailedEnabled(e)) {
                calls.failed("addAll", start, e, "greetings", greetings);
            }
            throw e;
        }
        if (calls.isSucceededEnabled()) {
            calls.succeeded("addAll", start, "greetings", greetings);
        }
        return result;
    }
}
