package dev.javakit.transport.http.client;

import dev.javakit.errors.ErrorIdentity;
import dev.javakit.transport.http.ErrorEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Turns an error answer back into the exception a service method declares, the inverse of the
 * server's mapping: generated per method from the {@code @ErrorStatus} of its exceptions.
 *
 * <p>A declared exception is rethrown only when the server threw it, and only with exactly the
 * server's message:
 * <ul>
 *   <li>an answer that names its exception ({@link ErrorIdentity}, as ours do) picks the candidate
 *       of that identity, whatever the status; {@value ErrorIdentity#SERVER} or an unknown name
 *       picks none;</li>
 *   <li>an answer that names none (Go kit's) picks among the candidates of its status, by its
 *       {@code {"error": "..."}} message: Go kit's profilesvc answers 400 for both "already
 *       exists" and "inconsistent IDs"; an answer without such a message (a router's or a proxy's
 *       page) picks none;</li>
 *   <li>an exception with a fixed message (a no-argument constructor) is rebuilt when its message is
 *       the server's (or, named by the server, when it has none and the server answered the phrase
 *       it stands in with, such as {@code not found}); one taking the message is rebuilt from it, and kept only when its
 *       {@code getMessage()} then is the server's (a constructor that adds words to its argument
 *       would not say what the server said).</li>
 * </ul>
 * When nothing is picked, the caller throws an {@link HttpClientException} with the status and body.
 */
public final class ClientErrors {

    /** The errors of a method that declares none. */
    public static final ClientErrors NONE = builder().build();

    private record Candidate(int status, String identity, Supplier<? extends Exception> fixed,
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

    /**
     * Returns the declared exception an error answer stands for, or {@code null} when it stands for
     * none of the method's.
     *
     * @param identity the exception the server names, or {@code null} when it names none
     * @param status the answer's status (a JSON-RPC error's code)
     * @param message the server's error message, or {@code null} when the body carried none
     */
    public Exception decode(String identity, int status, String message) {
        if (message == null) {
            return null;
        }
        List<Candidate> picked = candidates.stream()
                .filter(c -> identity != null ? c.identity().equals(identity) : c.status() == status)
                .toList();
        for (Candidate candidate : picked) {
            if (candidate.fixed() != null) {
                Exception exception = candidate.fixed().get();
                if (message.equals(exception.getMessage())
                        || identity != null && isBlank(exception.getMessage()) && isStandIn(message, status)) {
                    return exception;
                }
            }
        }
        for (Candidate candidate : picked) {
            if (candidate.withMessage() != null) {
                Exception exception = candidate.withMessage().apply(message);
                if (message.equals(exception.getMessage())) {
                    return exception;
                }
            }
        }
        return null;
    }

    private static boolean isBlank(String message) {
        return message == null || message.isBlank();
    }

    /** Returns whether {@code message} is what our servers answer for an exception without one. */
    private static boolean isStandIn(String message, int status) {
        return message.equals(ErrorEncoder.reasonPhrase(status)) || message.equals("error " + status);
    }

    /** Builds {@link ClientErrors}. */
    public static final class Builder {

        private final List<Candidate> candidates = new ArrayList<>();

        private Builder() {
        }

        /**
         * Maps the exception named {@code identity}, answered with {@code status}, to {@code factory},
         * which creates it with its fixed message.
         */
        public Builder fixed(int status, String identity, Supplier<? extends Exception> factory) {
            candidates.add(new Candidate(status, Objects.requireNonNull(identity, "identity"),
                    Objects.requireNonNull(factory, "factory"), null));
            return this;
        }

        /**
         * Maps the exception named {@code identity}, answered with {@code status}, to {@code factory},
         * which creates it from the server's message.
         */
        public Builder withMessage(int status, String identity, Function<String, ? extends Exception> factory) {
            candidates.add(new Candidate(status, Objects.requireNonNull(identity, "identity"), null,
                    Objects.requireNonNull(factory, "factory")));
            return this;
        }

        /** Returns the mapping. */
        public ClientErrors build() {
            return new ClientErrors(candidates);
        }
    }
}
