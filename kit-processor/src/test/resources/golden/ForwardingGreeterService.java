package test;

import dev.javakit.context.Context;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.annotation.processing.Generated;

@Generated("dev.javakit.processor.KitProcessor")
public abstract class ForwardingGreeterService implements GreeterService {
    private final GreeterService delegate;

    protected ForwardingGreeterService(GreeterService delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    protected GreeterService delegate() {
        return delegate;
    }

    @Override
    public String greet(String name, Optional<String> language, String requestId) throws
            UnknownLanguageException {
        return this.delegate.greet(name, language, requestId);
    }

    @Override
    public void addGreeting(Context ctx, Greeting greeting, int priority) throws
            DuplicateGreetingException {
        this.delegate.addGreeting(ctx, greeting, priority);
    }

    @Override
    public List<Greeting> list(List<String> tags, Optional<Integer> limit, Color color) {
        return this.delegate.list(tags, limit, color);
    }

    @Override
    public boolean delete(UUID greetingId) throws Exception {
        return this.delegate.delete(greetingId);
    }

    @Override
    public int addAll(List<Greeting> greetings) {
        return this.delegate.addAll(greetings);
    }
}
