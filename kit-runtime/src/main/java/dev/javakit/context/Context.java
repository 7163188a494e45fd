package dev.javakit.context;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Request-scoped values and a deadline, passed explicitly through every endpoint like Go's
 * {@code context.Context}.
 *
 * <p>A context is immutable: {@link #with} and {@link #withDeadline} return a child that sees its
 * parent's values. Transports create one per request (adding, for example, the trace id or the
 * caller's deadline); middlewares read and extend it; a service method that declares a
 * {@code Context} parameter receives it. Lookups walk the chain of children, which stays short in
 * practice (a handful of values per request).
 */
public final class Context {

    private static final Context BACKGROUND = new Context(null, null, null, null);

    private final Context parent;
    private final Key<?> key;
    private final Object value;
    private final Instant deadline;

    private Context(Context parent, Key<?> key, Object value, Instant deadline) {
        this.parent = parent;
        this.key = key;
        this.value = value;
        this.deadline = deadline;
    }

    /** Returns the empty root context: no values, no deadline. */
    public static Context background() {
        return BACKGROUND;
    }

    /** Returns a child context in which {@code key} maps to {@code value}. */
    public <T> Context with(Key<T> key, T value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        return new Context(this, key, value, deadline);
    }

    /** Returns the value bound to {@code key} here or in an ancestor, or {@code null}. */
    public <T> T get(Key<T> key) {
        for (Context c = this; c != null; c = c.parent) {
            if (c.key == key) {
                return key.type.cast(c.value);
            }
        }
        return null;
    }

    /** Returns the value bound to {@code key}, or {@code fallback} when there is none. */
    public <T> T getOrDefault(Key<T> key, T fallback) {
        T found = get(key);
        return found != null ? found : fallback;
    }

    /**
     * Returns a child context that expires at {@code deadline}, or at this context's deadline if
     * that comes first: a callee never gets more time than its caller.
     */
    public Context withDeadline(Instant deadline) {
        Objects.requireNonNull(deadline, "deadline");
        if (this.deadline != null && !deadline.isBefore(this.deadline)) {
            return this;
        }
        return new Context(this, null, null, deadline);
    }

    /** Returns a child context that expires {@code timeout} from now (or earlier, see {@link #withDeadline}). */
    public Context withTimeout(Duration timeout) {
        return withDeadline(Instant.now().plus(timeout));
    }

    /** Returns the instant this context expires, or {@code null} when it has no deadline. */
    public Instant deadline() {
        return deadline;
    }

    /** Returns the time left before the deadline (negative once passed), or {@code null} when there is none. */
    public Duration remaining() {
        return deadline == null ? null : Duration.between(Instant.now(), deadline);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("Context{");
        String separator = "";
        for (Context c = this; c != null; c = c.parent) {
            if (c.key != null) {
                out.append(separator).append(c.key.name).append('=').append(c.value);
                separator = ", ";
            }
        }
        if (deadline != null) {
            out.append(separator).append("deadline=").append(deadline);
        }
        return out.append('}').toString();
    }

    /**
     * A typed key for a context value; keys compare by identity, so two keys with the same name
     * never see each other's values.
     *
     * @param <T> the type of the value
     */
    public static final class Key<T> {

        private final String name;
        private final Class<T> type;

        private Key(String name, Class<T> type) {
            this.name = Objects.requireNonNull(name, "name");
            this.type = Objects.requireNonNull(type, "type");
        }

        /** Creates a key; {@code name} is for {@link #toString()} and debugging only. */
        public static <T> Key<T> of(String name, Class<T> type) {
            return new Key<>(name, type);
        }

        /** Returns the key's name. */
        public String name() {
            return name;
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
