package dev.javakit.errors;

import java.util.Map;

/**
 * The statuses a transport answers exceptions with: those declared for a service's exceptions (by
 * the generated route table, and overrides), matched on the exception's class or nearest
 * superclass, then {@link ErrorStatuses}; 0 when nothing declares one. Each class is resolved once.
 */
public final class StatusTable {

    private final Map<Class<? extends Throwable>, Integer> declared;
    private final ClassValue<Integer> resolved = new ClassValue<>() {
        @Override
        protected Integer computeValue(Class<?> type) {
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                Integer status = declared.get(c);
                if (status != null) {
                    return status;
                }
            }
            return 0;
        }
    };

    /** Creates the table of {@code declared} statuses. */
    public StatusTable(Map<Class<? extends Throwable>, Integer> declared) {
        this.declared = Map.copyOf(declared);
    }

    /** Returns the status {@code error} is answered with, or 0 when it is unexpected. */
    public int statusOf(Throwable error) {
        if (error instanceof HasStatus coded) {
            return coded.status();
        }
        int status = resolved.get(error.getClass());
        return status != 0 ? status : ErrorStatuses.statusOf(error);
    }
}
