package dev.javakit.errors;

import dev.javakit.annotations.ErrorStatus;
import java.util.Map;

/**
 * The statuses a transport answers exceptions with: those declared for a service's exceptions (by
 * the generated route table, and overrides), matched on the exception's class or nearest
 * superclass, then {@link ErrorStatuses}; 0 when nothing declares one. Each class is resolved once.
 *
 * <p>It also names the exception a client should rebuild ({@link ErrorIdentity}): the class the
 * status was declared for, so a subclass thrown for a declared exception travels as the declared one.
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
    private final ClassValue<String> identities = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                if (declared.containsKey(c)) {
                    return c.getSimpleName();
                }
            }
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                ErrorStatus annotation = c.getDeclaredAnnotation(ErrorStatus.class);
                if (annotation != null && annotation.value() >= 400 && annotation.value() <= 599) {
                    return c.getSimpleName();
                }
            }
            return ErrorIdentity.SERVER;
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

    /**
     * Returns the identity {@code error} is answered with: the simple name of the class its status
     * was declared for, or {@link ErrorIdentity#SERVER} when it is none of the service's exceptions
     * (it has a status of its own, or none).
     */
    public String identityOf(Throwable error) {
        if (error instanceof HasStatus || statusOf(error) == 0) {
            return ErrorIdentity.SERVER;
        }
        return identities.get(error.getClass());
    }
}
