package dev.javakit.transport.http.client;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Turns an error answer back into the exception a service method declares, the inverse of the
 * server's mapping: generated per method from the {@code @ErrorStatus} of its exceptions.
 *
 * <p>Several exceptions may share a status (Go kit's profilesvc answers 400 for both "already
 * exists" and "inconsistent IDs"). Exceptions with a fixed message (a no-argument constructor) are
 * told apart by the message the server sent; one taking the message as its argument takes any
 * other; a lone candidate takes the answer whatever its message.
 */
public final class ClientErrors {

    /** The errors of a method that declares none. */
    public static final ClientErrors NONE = builder().build();

    private record Candidate(int status, Supplier<? extends Exception> fixed,
            Function<String, ? extends Exception> withMessage) {
    }

    private final List<Candidate> candidates;

    private ClientErrors(List<Candidate> candidates) {
        this.candidates = List.copyOf(candidates);
    }

    /** Returns a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the exception for an error answer, or {@code null} when none of the method's matches. */
    public Exception decode(int status, String message) {
        List<Candidate> sameStatus = candidates.stream().filter(c -> c.status() == status).toList();
        Exception lone = null;
        for (Candidate candidate : sameStatus) {
            if (candidate.fixed() != null) {
                Exception exception = candidate.fixed().get();
                if (message != null && message.equals(exception.getMessage())) {
                    return exception;
                }
                lone = exception;
            }
        }
        for (Candidate candidate : sameStatus) {
            if (candidate.withMessage() != null) {
                return candidate.withMessage().apply(message == null ? "" : message);
            }
        }
        return sameStatus.size() == 1 ? lone : null;
    }

    /** Builds {@link ClientErrors}. */
    public static final class Builder {

        private final List<Candidate> candidates = new ArrayList<>();

        private Builder() {
        }

        /** Maps {@code status} to an exception that has a fixed message, created by {@code factory}. */
        public Builder fixed(int status, Supplier<? extends Exception> factory) {
            candidates.add(new Candidate(status, factory, null));
            return this;
        }

        /** Maps {@code status} to an exception created from the server's message. */
        public Builder withMessage(int status, Function<String, ? extends Exception> factory) {
            candidates.add(new Candidate(status, null, factory));
            return this;
        }

        /** Returns the mapping. */
        public ClientErrors build() {
            return new ClientErrors(candidates);
        }
    }
}
