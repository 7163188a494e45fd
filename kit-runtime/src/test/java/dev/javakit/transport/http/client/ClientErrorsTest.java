package dev.javakit.transport.http.client;

import static org.assertj.core.api.Assertions.assertThat;

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

    /** The mapping generated for profilesvc's PATCH: two fixed messages and a free one on 400, one on 404. */
    private static final ClientErrors PATCH = ClientErrors.builder()
            .fixed(400, InconsistentIds::new)
            .fixed(404, NotFound::new)
            .fixed(400, AlreadyExists::new)
            .withMessage(400, Invalid::new)
            .build();

    @Test
    void aLoneCandidateTakesItsStatusWhateverTheMessage() {
        ClientErrors errors = ClientErrors.builder().fixed(404, NotFound::new).build();

        assertThat(errors.decode(404, "not found")).isInstanceOf(NotFound.class).hasMessage("not found");
        assertThat(errors.decode(404, "no such profile")).isInstanceOf(NotFound.class).hasMessage("not found");
        assertThat(errors.decode(404, null)).isInstanceOf(NotFound.class);
    }

    @Test
    void aLoneMessageCandidateTakesItsStatusWithTheServersMessage() {
        ClientErrors errors = ClientErrors.builder().withMessage(422, Invalid::new).build();

        assertThat(errors.decode(422, "name is too long")).isInstanceOf(Invalid.class).hasMessage("name is too long");
    }

    @Test
    void fixedCandidatesSharingAStatusAreToldApartByMessage() {
        ClientErrors errors = ClientErrors.builder()
                .fixed(400, AlreadyExists::new)
                .fixed(400, InconsistentIds::new)
                .build();

        assertThat(errors.decode(400, "already exists")).isInstanceOf(AlreadyExists.class);
        assertThat(errors.decode(400, "inconsistent IDs")).isInstanceOf(InconsistentIds.class);
    }

    @Test
    void fixedCandidatesSharingAStatusTakeNoOtherMessage() {
        ClientErrors errors = ClientErrors.builder()
                .fixed(400, AlreadyExists::new)
                .fixed(400, InconsistentIds::new)
                .build();

        assertThat(errors.decode(400, "something else")).isNull();
        assertThat(errors.decode(400, null)).isNull();
        assertThat(errors.decode(400, "Already Exists")).isNull();
    }

    @Test
    void aMessageCandidateGetsEveryMessageNoFixedOneClaims() {
        assertThat(PATCH.decode(400, "profile id must not be empty"))
                .isInstanceOf(Invalid.class).hasMessage("profile id must not be empty");
    }

    @Test
    void fixedMessagesWinOverTheMessageCandidateWhateverTheOrder() {
        ClientErrors messageFirst = ClientErrors.builder()
                .withMessage(400, Invalid::new)
                .fixed(400, AlreadyExists::new)
                .build();

        assertThat(PATCH.decode(400, "inconsistent IDs")).isInstanceOf(InconsistentIds.class);
        assertThat(PATCH.decode(400, "already exists")).isInstanceOf(AlreadyExists.class);
        assertThat(messageFirst.decode(400, "already exists")).isInstanceOf(AlreadyExists.class);
        assertThat(messageFirst.decode(400, "bad")).isInstanceOf(Invalid.class).hasMessage("bad");
    }

    @Test
    void aMessageCandidateGetsAnEmptyMessageWhenTheServerSentNone() {
        assertThat(PATCH.decode(400, null)).isInstanceOf(Invalid.class).hasMessage("");
    }

    @Test
    void statusesAreMatchedBeforeMessages() {
        assertThat(PATCH.decode(404, "not found")).isInstanceOf(NotFound.class);
        assertThat(PATCH.decode(404, "already exists")).isInstanceOf(NotFound.class);
    }

    @Test
    void unknownStatusIsNull() {
        assertThat(PATCH.decode(409, "already exists")).isNull();
        assertThat(PATCH.decode(500, "internal error")).isNull();
        assertThat(PATCH.decode(200, "")).isNull();
    }

    @Test
    void aMethodDeclaringNoErrorsMapsNothing() {
        assertThat(ClientErrors.NONE.decode(404, "not found")).isNull();
        assertThat(ClientErrors.NONE.decode(400, null)).isNull();
    }

    @Test
    void eachDecodeCreatesAFreshException() {
        ClientErrors errors = ClientErrors.builder().fixed(404, NotFound::new).build();

        assertThat(errors.decode(404, "not found")).isNotSameAs(errors.decode(404, "not found"));
    }
}
