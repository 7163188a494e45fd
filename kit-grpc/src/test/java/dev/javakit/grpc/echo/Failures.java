package dev.javakit.grpc.echo;

import dev.javakit.transport.http.client.ClientErrors;
import io.grpc.Status;
import java.util.List;
import java.util.function.Function;

/**
 * One declared exception per row of the status table, thrown by the echo endpoint for a text
 * {@code fail:<status>:<message>}, declared on the service with {@code errorStatus} and on the
 * client with {@link ClientErrors}, as the processor declares a method's exceptions.
 */
public final class Failures {

    /** One row: the exception's HTTP status, the gRPC code it is answered with, and how it is created. */
    public record Case(int httpStatus, Status.Code code, Class<? extends RuntimeException> type,
            Function<String, RuntimeException> create) {

        @Override
        public String toString() {
            return httpStatus + " -> " + code + " (" + type.getSimpleName() + ")";
        }
    }

    public static final List<Case> CASES = List.of(
            new Case(400, Status.Code.INVALID_ARGUMENT, BadName.class, BadName::new),
            new Case(401, Status.Code.UNAUTHENTICATED, NotSignedIn.class, NotSignedIn::new),
            new Case(403, Status.Code.PERMISSION_DENIED, Forbidden.class, Forbidden::new),
            new Case(404, Status.Code.NOT_FOUND, NotFound.class, NotFound::new),
            new Case(409, Status.Code.ALREADY_EXISTS, AlreadyExists.class, AlreadyExists::new),
            new Case(410, Status.Code.FAILED_PRECONDITION, Gone.class, Gone::new),
            new Case(412, Status.Code.FAILED_PRECONDITION, WrongVersion.class, WrongVersion::new),
            new Case(429, Status.Code.RESOURCE_EXHAUSTED, TooMany.class, TooMany::new),
            new Case(499, Status.Code.CANCELLED, CallerLeft.class, CallerLeft::new),
            new Case(500, Status.Code.INTERNAL, Broken.class, Broken::new),
            new Case(501, Status.Code.UNIMPLEMENTED, NotYet.class, NotYet::new),
            new Case(502, Status.Code.INTERNAL, UpstreamBroken.class, UpstreamBroken::new),
            new Case(503, Status.Code.UNAVAILABLE, Closed.class, Closed::new),
            new Case(504, Status.Code.DEADLINE_EXCEEDED, TooSlow.class, TooSlow::new));

    private Failures() {
    }

    /** Returns the case of {@code httpStatus}. */
    public static Case of(int httpStatus) {
        return CASES.stream().filter(c -> c.httpStatus() == httpStatus).findFirst().orElseThrow();
    }

    /** Returns the client's table of every case, as a generated client declares a method's exceptions. */
    public static ClientErrors clientErrors() {
        ClientErrors.Builder errors = ClientErrors.builder();
        for (Case c : CASES) {
            errors.withMessage(c.httpStatus(), c.type().getSimpleName(), c.create());
        }
        return errors.build();
    }

    public static final class BadName extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public BadName(String message) {
            super(message);
        }
    }

    public static final class NotSignedIn extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public NotSignedIn(String message) {
            super(message);
        }
    }

    public static final class Forbidden extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Forbidden(String message) {
            super(message);
        }
    }

    public static final class NotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public NotFound(String message) {
            super(message);
        }
    }

    public static final class AlreadyExists extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public AlreadyExists(String message) {
            super(message);
        }
    }

    public static final class Gone extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Gone(String message) {
            super(message);
        }
    }

    public static final class WrongVersion extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public WrongVersion(String message) {
            super(message);
        }
    }

    public static final class TooMany extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public TooMany(String message) {
            super(message);
        }
    }

    public static final class CallerLeft extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public CallerLeft(String message) {
            super(message);
        }
    }

    public static final class Broken extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Broken(String message) {
            super(message);
        }
    }

    public static final class NotYet extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public NotYet(String message) {
            super(message);
        }
    }

    public static final class UpstreamBroken extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public UpstreamBroken(String message) {
            super(message);
        }
    }

    public static final class Closed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Closed(String message) {
            super(message);
        }
    }

    public static final class TooSlow extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public TooSlow(String message) {
            super(message);
        }
    }
}
