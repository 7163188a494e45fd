package dev.javakit.transport.http.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.javakit.errors.ErrorIdentity;
import org.junit.jupiter.api.Test;

class ClientErrorsTest {

    static final class NotFound extends Exception {
        private static final long serialVersionUID = 1L;

        NotFound() {
            super("not found");
        }
    }

    static final class AlreadyExists extends Exception {
        private static final long serialVersionUID = 1L;

        AlreadyExists() {
            super("already exists");
        }
    }

    static final class InconsistentIds extends Exception {
        private static final long serialVersionUID = 1L;

        InconsistentIds() {
            super("inconsistent IDs");
        }
    }

    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message);
        }
    }

    /** Says "order <id> not found" whatever it is given: it cannot carry another message. */
    static final class OrderNotFound extends Exception {
        private static final long serialVersionUID = 1L;

        OrderNotFound(String id) {
            super("order " + id + " not found");
        }
    }

    /** The mapping generated for profilesvc's PATCH: two fixed messages and a free one on 400, one on 404. */
    private static final ClientErrors PATCH = ClientErrors.builder()
            .fixed(400, "InconsistentIds", InconsistentIds::new)
            .fixed(404, "NotFound", NotFound::new)
            .fixed(400, "AlreadyExists", AlreadyExists::new)
            .withMessage(400, "Invalid", Invalid::new)
            .build();

    // --- answers that name their exception (our servers) ---------------------------------------

    @Test
    void anIdentityPicksItsExceptionWithTheServersMessage() {
        assertThat(PATCH.decode("Invalid", 400, "already exists")).isInstanceOf(Invalid.class).hasMessage("already exists");
        assertThat(PATCH.decode("AlreadyExists", 400, "already exists")).isInstanceOf(AlreadyExists.class);
        assertThat(PATCH.decode("NotFound", 404, "not found")).isInstanceOf(NotFound.class).hasMessage("not found");
    }

    @Test
    void anIdentityPicksItsExceptionWhateverTheStatus() {
        assertThat(PATCH.decode("NotFound", 410, "not found")).isInstanceOf(NotFound.class);
    }

    @Test
    void theServersOwnIdentityOrAnUnknownOnePicksNothing() {
        assertThat(PATCH.decode(ErrorIdentity.SERVER, 404, "not found")).isNull();
        assertThat(PATCH.decode(ErrorIdentity.SERVER, 400, "missing query parameter 'a'")).isNull();
        assertThat(PATCH.decode("Missing", 404, "not found")).isNull();
    }

    @Test
    void aFixedExceptionWhoseMessageIsNotTheServersIsNotRebuilt() {
        assertThat(PATCH.decode("NotFound", 404, "no such profile")).isNull();
    }

    static final class Gone extends Exception {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void aNamedExceptionWithoutMessageIsRebuiltFromThePhraseTheServerStoodInWith() {
        ClientErrors errors = ClientErrors.builder().fixed(410, "Gone", Gone::new).build();

        assertThat(errors.decode("Gone", 410, "client error")).isInstanceOf(Gone.class).hasMessage(null);
        assertThat(errors.decode("Gone", 410, "error 410")).isInstanceOf(Gone.class);
        assertThat(errors.decode("Gone", 410, "gone for good")).isNull();
        assertThat(errors.decode(null, 410, "client error")).isNull();
    }

    @Test
    void aMessageConstructorThatChangesTheMessageIsNotRebuilt() {
        ClientErrors errors = ClientErrors.builder().withMessage(404, "OrderNotFound", OrderNotFound::new).build();

        assertThat(errors.decode("OrderNotFound", 404, "order missing not found")).isNull();
        assertThat(errors.decode(null, 404, "order missing not found")).isNull();
    }

    @Test
    void anExceptionWithBothConstructorsIsRebuiltWithWhicheverSaysTheServersMessage() {
        ClientErrors errors = ClientErrors.builder()
                .fixed(400, "Invalid", () -> new Invalid("invalid"))
                .withMessage(400, "Invalid", Invalid::new)
                .build();

        assertThat(errors.decode("Invalid", 400, "invalid")).hasMessage("invalid");
        assertThat(errors.decode("Invalid", 400, "name is too long")).hasMessage("name is too long");
    }

    // --- answers that name none (Go kit's servers) ---------------------------------------------

    @Test
    void aLoneFixedCandidateTakesOnlyItsOwnMessage() {
        ClientErrors errors = ClientErrors.builder().fixed(404, "NotFound", NotFound::new).build();

        assertThat(errors.decode(null, 404, "not found")).isInstanceOf(NotFound.class).hasMessage("not found");
        assertThat(errors.decode(null, 404, "no route for /api/v1/orders/x")).isNull();
    }

    @Test
    void aLoneMessageCandidateTakesItsStatusWithTheServersMessage() {
        ClientErrors errors = ClientErrors.builder().withMessage(422, "Invalid", Invalid::new).build();

        assertThat(errors.decode(null, 422, "name is too long")).isInstanceOf(Invalid.class).hasMessage("name is too long");
    }

    @Test
    void fixedCandidatesSharingAStatusAreToldApartByMessage() {
        ClientErrors errors = ClientErrors.builder()
                .fixed(400, "AlreadyExists", AlreadyExists::new)
                .fixed(400, "InconsistentIds", InconsistentIds::new)
                .build();

        assertThat(errors.decode(null, 400, "already exists")).isInstanceOf(AlreadyExists.class);
        assertThat(errors.decode(null, 400, "inconsistent IDs")).isInstanceOf(InconsistentIds.class);
    }

    @Test
    void fixedCandidatesSharingAStatusTakeNoOtherMessage() {
        ClientErrors errors = ClientErrors.builder()
                .fixed(400, "AlreadyExists", AlreadyExists::new)
                .fixed(400, "InconsistentIds", InconsistentIds::new)
                .build();

        assertThat(errors.decode(null, 400, "something else")).isNull();
        assertThat(errors.decode(null, 400, "Already Exists")).isNull();
    }

    @Test
    void anAnswerWithoutAnErrorMessagePicksNothing() {
        assertThat(PATCH.decode(null, 404, null)).isNull();
        assertThat(PATCH.decode(null, 400, null)).isNull();
        assertThat(PATCH.decode("NotFound", 404, null)).isNull();
    }

    @Test
    void aMessageCandidateGetsEveryMessageNoFixedOneClaims() {
        assertThat(PATCH.decode(null, 400, "profile id must not be empty"))
                .isInstanceOf(Invalid.class).hasMessage("profile id must not be empty");
    }

    @Test
    void fixedMessagesWinOverTheMessageCandidateWhateverTheOrder() {
        ClientErrors messageFirst = ClientErrors.builder()
                .withMessage(400, "Invalid", Invalid::new)
                .fixed(400, "AlreadyExists", AlreadyExists::new)
                .build();

        assertThat(PATCH.decode(null, 400, "inconsistent IDs")).isInstanceOf(InconsistentIds.class);
        assertThat(PATCH.decode(null, 400, "already exists")).isInstanceOf(AlreadyExists.class);
        assertThat(messageFirst.decode(null, 400, "already exists")).isInstanceOf(AlreadyExists.class);
        assertThat(messageFirst.decode(null, 400, "bad")).isInstanceOf(Invalid.class).hasMessage("bad");
    }

    @Test
    void statusesAreMatchedBeforeMessages() {
        assertThat(PATCH.decode(null, 404, "not found")).isInstanceOf(NotFound.class);
        assertThat(PATCH.decode(null, 404, "already exists")).isNull();
    }

    @Test
    void unknownStatusIsNull() {
        assertThat(PATCH.decode(null, 409, "already exists")).isNull();
        assertThat(PATCH.decode(null, 500, "internal error")).isNull();
        assertThat(PATCH.decode(null, 200, "")).isNull();
    }

    @Test
    void aMethodDeclaringNoErrorsMapsNothing() {
        assertThat(ClientErrors.NONE.decode(null, 404, "not found")).isNull();
        assertThat(ClientErrors.NONE.decode("NotFound", 404, "not found")).isNull();
    }

    @Test
    void eachDecodeCreatesAFreshException() {
        ClientErrors errors = ClientErrors.builder().fixed(404, "NotFound", NotFound::new).build();

        assertThat(errors.decode(null, 404, "not found")).isNotSameAs(errors.decode(null, 404, "not found"));
    }
}
