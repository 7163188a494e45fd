package dev.javakit.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ContextTest {

    private static final Context.Key<String> USER = Context.Key.of("user", String.class);
    private static final Context.Key<Integer> ATTEMPT = Context.Key.of("attempt", Integer.class);

    @Test
    void backgroundHasNoValuesAndNoDeadline() {
        Context background = Context.background();

        assertThat(background.get(USER)).isNull();
        assertThat(background.deadline()).isNull();
        assertThat(background.remaining()).isNull();
        assertThat(background).isSameAs(Context.background());
    }

    @Test
    void childSeesValueItWasGiven() {
        Context ctx = Context.background().with(USER, "ada");

        assertThat(ctx.get(USER)).isEqualTo("ada");
    }

    @Test
    void childSeesParentValues() {
        Context parent = Context.background().with(USER, "ada");

        Context child = parent.with(ATTEMPT, 2);

        assertThat(child.get(USER)).isEqualTo("ada");
        assertThat(child.get(ATTEMPT)).isEqualTo(2);
    }

    @Test
    void parentDoesNotSeeChildValues() {
        Context parent = Context.background().with(USER, "ada");

        parent.with(ATTEMPT, 2);

        assertThat(parent.get(ATTEMPT)).isNull();
        assertThat(Context.background().get(USER)).isNull();
    }

    @Test
    void childValueShadowsParentValueForSameKey() {
        Context parent = Context.background().with(USER, "ada");

        Context child = parent.with(USER, "grace");

        assertThat(child.get(USER)).isEqualTo("grace");
        assertThat(parent.get(USER)).isEqualTo("ada");
    }

    @Test
    void keysWithTheSameNameDoNotSeeEachOthersValues() {
        Context.Key<String> first = Context.Key.of("name", String.class);
        Context.Key<String> second = Context.Key.of("name", String.class);

        Context ctx = Context.background().with(first, "one");

        assertThat(ctx.get(first)).isEqualTo("one");
        assertThat(ctx.get(second)).isNull();
    }

    @Test
    void getOrDefaultReturnsFallbackOnlyWhenAbsent() {
        Context ctx = Context.background().with(USER, "ada");

        assertThat(ctx.getOrDefault(USER, "nobody")).isEqualTo("ada");
        assertThat(ctx.getOrDefault(ATTEMPT, 7)).isEqualTo(7);
    }

    @Test
    void rejectsNullKeyAndNullValue() {
        Context ctx = Context.background();

        assertThatNullPointerException().isThrownBy(() -> ctx.with(null, "x"));
        assertThatNullPointerException().isThrownBy(() -> ctx.with(USER, null));
    }

    @Test
    void withDeadlineSetsDeadline() {
        Instant deadline = Instant.now().plusSeconds(60);

        Context ctx = Context.background().withDeadline(deadline);

        assertThat(ctx.deadline()).isEqualTo(deadline);
    }

    @Test
    void laterDeadlineKeepsTheEarlierOne() {
        Instant early = Instant.now().plusSeconds(10);
        Context parent = Context.background().withDeadline(early);

        Context child = parent.withDeadline(early.plusSeconds(50));

        assertThat(child.deadline()).isEqualTo(early);
    }

    @Test
    void equalDeadlineKeepsTheExistingOne() {
        Instant deadline = Instant.now().plusSeconds(10);
        Context parent = Context.background().withDeadline(deadline);

        assertThat(parent.withDeadline(deadline).deadline()).isEqualTo(deadline);
    }

    @Test
    void earlierDeadlineShortensTheParentOne() {
        Instant late = Instant.now().plusSeconds(60);
        Context parent = Context.background().withDeadline(late);

        Context child = parent.withDeadline(late.minusSeconds(50));

        assertThat(child.deadline()).isEqualTo(late.minusSeconds(50));
        assertThat(parent.deadline()).isEqualTo(late);
    }

    @Test
    void deadlineChildKeepsParentValuesAndValueChildKeepsDeadline() {
        Instant deadline = Instant.now().plusSeconds(60);

        Context ctx = Context.background().with(USER, "ada").withDeadline(deadline).with(ATTEMPT, 1);

        assertThat(ctx.get(USER)).isEqualTo("ada");
        assertThat(ctx.get(ATTEMPT)).isEqualTo(1);
        assertThat(ctx.deadline()).isEqualTo(deadline);
    }

    @Test
    void withTimeoutSetsDeadlineFromNow() {
        Instant before = Instant.now();

        Context ctx = Context.background().withTimeout(Duration.ofSeconds(30));

        assertThat(ctx.deadline()).isBetween(before.plusSeconds(30), Instant.now().plusSeconds(30));
    }

    @Test
    void withTimeoutNeverExtendsTheParentDeadline() {
        Instant early = Instant.now().plusSeconds(5);

        Context ctx = Context.background().withDeadline(early).withTimeout(Duration.ofMinutes(10));

        assertThat(ctx.deadline()).isEqualTo(early);
    }

    @Test
    void remainingIsTimeLeftBeforeTheDeadline() {
        Context ctx = Context.background().withDeadline(Instant.now().plusSeconds(60));

        assertThat(ctx.remaining()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(60))
                .isGreaterThan(Duration.ofSeconds(50));
    }

    @Test
    void remainingIsNegativeOncePassed() {
        Context ctx = Context.background().withDeadline(Instant.now().minusSeconds(5));

        assertThat(ctx.remaining()).isNegative();
    }

    @Test
    void rejectsNullDeadline() {
        assertThatNullPointerException().isThrownBy(() -> Context.background().withDeadline(null));
    }

    @Test
    void toStringListsValuesInnermostFirstAndTheDeadline() {
        Instant deadline = Instant.parse("2030-01-02T03:04:05Z");

        Context ctx = Context.background().with(USER, "ada").with(ATTEMPT, 2).withDeadline(deadline);

        assertThat(ctx).hasToString("Context{attempt=2, user=ada, deadline=2030-01-02T03:04:05Z}");
        assertThat(Context.background()).hasToString("Context{}");
    }

    @Test
    void keyExposesItsName() {
        assertThat(USER.name()).isEqualTo("user");
        assertThat(USER).hasToString("user");
    }

    @Test
    void keyRejectsNullNameAndType() {
        assertThatNullPointerException().isThrownBy(() -> Context.Key.of(null, String.class));
        assertThatNullPointerException().isThrownBy(() -> Context.Key.of("k", null));
    }
}
