package dev.javakit.errors;

import dev.javakit.annotations.ErrorStatus;
import dev.javakit.json.JsonDecodeException;

/**
 * Finds the status an exception stands for, the same way for every layer: the HTTP error encoder,
 * metrics outcomes, log levels and span statuses all agree on what is a client's fault.
 *
 * <p>In order: {@link HasStatus#status()}; 400 for undecodable JSON; the {@link ErrorStatus} of
 * the exception's class (inherited from superclasses); otherwise 0, meaning unexpected. The
 * annotation is looked up once per class.
 */
public final class ErrorStatuses {

    private static final ClassValue<Integer> ANNOTATED = new ClassValue<>() {
        @Override
        protected Integer computeValue(Class<?> type) {
            ErrorStatus annotation = type.getAnnotation(ErrorStatus.class);
            return annotation != null && annotation.value() >= 400 && annotation.value() <= 599
                    ? annotation.value()
                    : 0;
        }
    };

    private ErrorStatuses() {
    }

    /**
     * Returns {@code status} when it is an error status, 400 to 599, the range every layer maps; the
     * one check of the builders that take an exception's status by hand.
     *
     * @throws IllegalArgumentException naming the status otherwise
     */
    public static int requireErrorStatus(int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("an error status is 400 to 599, not " + status);
        }
        return status;
    }

    /** Returns the status {@code error} stands for, or 0 when nothing declares one. */
    public static int statusOf(Throwable error) {
        if (error instanceof HasStatus coded) {
            return coded.status();
        }
        if (error instanceof JsonDecodeException) {
            return 400;
        }
        return ANNOTATED.get(error.getClass());
    }
}
