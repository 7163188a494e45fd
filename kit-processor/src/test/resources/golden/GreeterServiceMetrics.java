package test;

import dev.javakit.context.Context;
import dev.javakit.metrics.ServiceMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.annotation.processing.Generated;

@Generated("dev.javakit.processor.KitProcessor")
public final class GreeterServiceMetrics implements GreeterService {
    private final GreeterService delegate;

    private final ServiceMetrics.MethodTimer greetTimer;

    private final ServiceMetrics.MethodTimer addGreetingTimer;

    private final ServiceMetrics.MethodTimer listTimer;

    private final ServiceMetrics.MethodTimer deleteTimer;

    private final ServiceMetrics.MethodTimer addAllTimer;

    public GreeterServiceMetrics(GreeterService delegate, MeterRegistry registry) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        ServiceMetrics metrics = ServiceMetrics.forService(registry, "greeter");
        this.greetTimer = metrics.method("greet");
        this.addGreetingTimer = metrics.method("addGreeting");
        this.listTimer = metrics.method("list");
        this.deleteTimer = metrics.method("delete");
        this.addAllTimer = metrics.method("addAll");
    }

    @Override
    public String greet(String name, Optional<String> language, String requestId) throws
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
}
