package dev.javakit.transport.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.javakit.annotations.ErrorStatus;
import dev.javakit.errors.ErrorIdentity;
import dev.javakit.errors.InvalidArgumentsException;
import dev.javakit.errors.Violation;
import dev.javakit.json.JsonCodec;
import dev.javakit.json.JsonDecodeException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorEncoderTest {

    static class NotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotFound(String message) {
            super(message);
        }
    }

    static class ProfileNotFound extends NotFound {
        private static final long serialVersionUID = 1L;

        ProfileNotFound(String message) {
            super(message);
        }
    }

    @ErrorStatus(409)
    static class Conflict extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Conflict(String message) {
            super(message);
        }
    }

    static class EmailTaken extends Conflict {
        private static final long serialVersionUID = 1L;

        EmailTaken(String message) {
            super(message);
        }
    }

    @ErrorStatus(422)
    static class AnnotatedAndDeclared extends RuntimeException {
        private static final long serialVersionUID = 1L;

        AnnotatedAndDeclared(String message) {
            super(message);
        }
    }

    @ErrorStatus(422)
    static class AnnotatedSubclassOfDeclared extends NotFound {
        private static final long serialVersionUID = 1L;

        AnnotatedSubclassOfDeclared(String message) {
            super(message);
        }
    }

    @ErrorStatus(302)
    static class AnnotatedOutOfRange extends RuntimeException {
        private static final long serialVersionUID = 1L;

        AnnotatedOutOfRange(String message) {
            super(message);
        }
    }

    static class Forbidden extends Exception {
        private static final long serialVersionUID = 1L;

        Forbidden(String message) {
            super(message);
        }
    }

    private final ErrorEncoder encoder = new ErrorEncoder(
            Map.of(NotFound.class, 404, AnnotatedAndDeclared.class, 400, Forbidden.class, 403),
            JsonCodec.standard());

    private static String body(ErrorEncoder.Encoded encoded) {
        return new String(encoded.body(), UTF_8);
    }

    @Test
    void httpStatusExceptionKeepsItsStatusAndMessage() {
        ErrorEncoder.Encoded encoded = encoder.encode(new HttpStatusException(429, "slow down"));

        assertThat(encoded.status()).isEqualTo(429);
        assertThat(body(encoded)).isEqualTo("{\"error\":\"slow down\"}");
        assertThat(encoded.unexpected()).isFalse();
    }

    @Test
    void httpStatusExceptionCarriesItsHeaders() {
        ErrorEncoder.Encoded encoded = encoder.encode(
                new HttpStatusException(503, "busy", Map.of("Retry-After", "3")));

        assertThat(encoded.headers()).containsOnly(Map.entry("Retry-After", "3"),
                Map.entry(ErrorIdentity.HEADER, ErrorIdentity.SERVER));
    }

    @Test
    void httpStatusExceptionWinsOverDeclaredStatus() {
        ErrorEncoder declaringIt = new ErrorEncoder(Map.of(HttpStatusException.class, 418), JsonCodec.standard());

        assertThat(declaringIt.encode(new HttpStatusException(404, "nope")).status()).isEqualTo(404);
    }

    @Test
    void jsonDecodeExceptionIs400WithItsMessage() {
        ErrorEncoder.Encoded encoded = encoder.encode(
                new JsonDecodeException("field 'id' must be a string", new RuntimeException("jackson detail")));

        assertThat(encoded.status()).isEqualTo(400);
        assertThat(body(encoded)).isEqualTo("{\"error\":\"field 'id' must be a string\"}");
        assertThat(encoded.unexpected()).isFalse();
    }

    @Test
    void invalidArgumentsAre400ListingEveryViolationAfterGoKitsError() {
        ErrorEncoder.Encoded encoded = encoder.encode(new InvalidArgumentsException(List.of(
                new Violation("a", "must be positive"), new Violation("profile.id", "must not be blank"))));

        assertThat(encoded.status()).isEqualTo(400);
        assertThat(body(encoded)).isEqualTo("{\"error\":\"invalid request: field 'a' must be positive; "
                + "field 'profile.id' must not be blank\",\"violations\":[{\"field\":\"a\",\"message\":\"must be positive\"},"
                + "{\"field\":\"profile.id\",\"message\":\"must not be blank\"}]}");
        assertThat(encoded.headers()).containsEntry(ErrorIdentity.HEADER, ErrorIdentity.SERVER);
        assertThat(encoded.unexpected()).isFalse();
    }

    @Test
    void declaredExceptionGetsItsStatusAndMessage() {
        ErrorEncoder.Encoded encoded = encoder.encode(new NotFound("profile p1 not found"));

        assertThat(encoded.status()).isEqualTo(404);
        assertThat(body(encoded)).isEqualTo("{\"error\":\"profile p1 not found\"}");
        assertThat(encoded.headers()).containsOnly(Map.entry(ErrorIdentity.HEADER, "NotFound"));
        assertThat(encoded.unexpected()).isFalse();
    }

    @Test
    void subclassOfDeclaredExceptionGetsTheSuperclassStatus() {
        ErrorEncoder.Encoded encoded = encoder.encode(new ProfileNotFound("gone"));

        assertThat(encoded.status()).isEqualTo(404);
        assertThat(body(encoded)).isEqualTo("{\"error\":\"gone\"}");
    }

    @Test
    void nearestDeclaredSuperclassWins() {
        ErrorEncoder both = new ErrorEncoder(Map.of(NotFound.class, 404, ProfileNotFound.class, 410),
                JsonCodec.standard());

        assertThat(both.statusOf(new ProfileNotFound("x"))).isEqualTo(410);
        assertThat(both.statusOf(new NotFound("x"))).isEqualTo(404);
    }

    @Test
    void declaredCheckedExceptionGetsItsStatus() {
        assertThat(encoder.encode(new Forbidden("no")).status()).isEqualTo(403);
    }

    @Test
    void annotatedExceptionGetsItsAnnotationStatus() {
        ErrorEncoder.Encoded encoded = encoder.encode(new Conflict("email taken"));

        assertThat(encoded.status()).isEqualTo(409);
        assertThat(body(encoded)).isEqualTo("{\"error\":\"email taken\"}");
        assertThat(encoded.unexpected()).isFalse();
    }

    @Test
    void subclassInheritsAnnotationStatus() {
        assertThat(encoder.encode(new EmailTaken("taken")).status()).isEqualTo(409);
    }

    @Test
    void declaredStatusWinsOverAnnotation() {
        assertThat(encoder.encode(new AnnotatedAndDeclared("x")).status()).isEqualTo(400);
    }

    @Test
    void declaredSuperclassStatusWinsOverSubclassAnnotation() {
        assertThat(encoder.encode(new AnnotatedSubclassOfDeclared("x")).status()).isEqualTo(404);
    }

    @Test
    void annotationOutsideErrorRangeIsIgnored() {
        ErrorEncoder.Encoded encoded = encoder.encode(new AnnotatedOutOfRange("moved"));

        assertThat(encoded.status()).isEqualTo(500);
        assertThat(encoded.unexpected()).isTrue();
        assertThat(body(encoded)).doesNotContain("moved");
    }

    @Test
    void aSubclassIsNamedAsTheExceptionItsStatusWasDeclaredFor() {
        assertThat(encoder.encode(new ProfileNotFound("p")).headers()).containsEntry(ErrorIdentity.HEADER, "NotFound");
        assertThat(encoder.encode(new EmailTaken("e")).headers()).containsEntry(ErrorIdentity.HEADER, "Conflict");
    }

    @Test
    void theTransportsOwnErrorsNameNoException() {
        assertThat(encoder.encode(new HttpStatusException(404, "no route for /x")).headers())
                .containsEntry(ErrorIdentity.HEADER, ErrorIdentity.SERVER);
        assertThat(encoder.encode(new JsonDecodeException("bad", new RuntimeException())).headers())
                .containsEntry(ErrorIdentity.HEADER, ErrorIdentity.SERVER);
    }

    @Test
    void unexpectedExceptionIs500WithoutLeakingItsMessage() {
        ErrorEncoder.Encoded encoded = encoder.encode(new IllegalStateException("secret detail: db password"));

        assertThat(encoded.status()).isEqualTo(500);
        assertThat(encoded.unexpected()).isTrue();
        assertThat(body(encoded)).isEqualTo("{\"error\":\"internal server error\"}");
        assertThat(encoded.headers()).containsOnly(Map.entry(ErrorIdentity.HEADER, ErrorIdentity.SERVER));
    }

    @Test
    void unexpectedErrorIs500() {
        ErrorEncoder.Encoded encoded = encoder.encode(new AssertionError("secret"));

        assertThat(encoded.status()).isEqualTo(500);
        assertThat(encoded.unexpected()).isTrue();
        assertThat(body(encoded)).doesNotContain("secret");
    }

    @Test
    void statusOfUnexpectedIsZero() {
        assertThat(encoder.statusOf(new RuntimeException())).isZero();
    }

    @Test
    void declared500IsNotUnexpectedAndKeepsItsMessage() {
        ErrorEncoder declaring = new ErrorEncoder(Map.of(IllegalStateException.class, 503), JsonCodec.standard());

        ErrorEncoder.Encoded encoded = declaring.encode(new IllegalStateException("maintenance"));

        assertThat(encoded.status()).isEqualTo(503);
        assertThat(encoded.unexpected()).isFalse();
        assertThat(body(encoded)).isEqualTo("{\"error\":\"maintenance\"}");
    }

    @Test
    void nullMessageIsReplacedByReasonPhrase() {
        assertThat(body(encoder.encode(new NotFound(null)))).isEqualTo("{\"error\":\"not found\"}");
        assertThat(body(encoder.encode(new Conflict(null)))).isEqualTo("{\"error\":\"conflict\"}");
    }

    @Test
    void blankMessageIsReplacedByReasonPhrase() {
        assertThat(body(encoder.encode(new HttpStatusException(413, "  ")))).isEqualTo("{\"error\":\"request body too large\"}");
    }

    @Test
    void reasonPhrasesAreLowerCase() {
        assertThat(ErrorEncoder.reasonPhrase(400)).isEqualTo("bad request");
        assertThat(ErrorEncoder.reasonPhrase(401)).isEqualTo("unauthorized");
        assertThat(ErrorEncoder.reasonPhrase(403)).isEqualTo("forbidden");
        assertThat(ErrorEncoder.reasonPhrase(405)).isEqualTo("method not allowed");
        assertThat(ErrorEncoder.reasonPhrase(415)).isEqualTo("unsupported media type");
        assertThat(ErrorEncoder.reasonPhrase(422)).isEqualTo("unprocessable entity");
        assertThat(ErrorEncoder.reasonPhrase(429)).isEqualTo("too many requests");
        assertThat(ErrorEncoder.reasonPhrase(500)).isEqualTo("internal server error");
        assertThat(ErrorEncoder.reasonPhrase(502)).isEqualTo("bad gateway");
        assertThat(ErrorEncoder.reasonPhrase(503)).isEqualTo("service unavailable");
        assertThat(ErrorEncoder.reasonPhrase(504)).isEqualTo("gateway timeout");
    }

    @Test
    void unlistedStatusesGetGenericReasonPhrase() {
        assertThat(ErrorEncoder.reasonPhrase(418)).isEqualTo("client error");
        assertThat(ErrorEncoder.reasonPhrase(599)).isEqualTo("server error");
    }

    @Test
    void messageIsJsonEscaped() {
        assertThat(body(encoder.encode(new NotFound("say \"hi\"\n\u2603"))))
                .isEqualTo("{\"error\":\"say \\\"hi\\\"\\n\u2603\"}");
    }

    @Test
    void bodyWritesAPlainMessage() {
        assertThat(new String(encoder.body("nope"), UTF_8)).isEqualTo("{\"error\":\"nope\"}");
    }

    @Test
    void declaredMapIsCopied() {
        Map<Class<? extends Throwable>, Integer> declared = new HashMap<>();
        declared.put(NotFound.class, 404);
        ErrorEncoder copying = new ErrorEncoder(declared, JsonCodec.standard());

        declared.put(NotFound.class, 418);

        assertThat(copying.statusOf(new NotFound("x"))).isEqualTo(404);
    }
}
