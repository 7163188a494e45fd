package dev.javakit.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line in Go's flag style. */
class FlagsTest {

    private static final List<Flag> DECLARED = List.of(
            new Flag("http.addr", ":8080", "address", false),
            new Flag("ratelimit", "100", "calls per second", false),
            new Flag("tracing", "false", "trace", true));

    @Test
    void takesDefaultsForWhatIsNotGiven() {
        Flags flags = Flags.parse(DECLARED);

        assertThat(flags.get("http.addr")).isEqualTo(":8080");
        assertThat(flags.integer("ratelimit")).isEqualTo(100);
        assertThat(flags.isSet("tracing")).isFalse();
        assertThat(flags.help()).isFalse();
    }

    @Test
    void readsOneOrTwoDashesWithEqualsOrTheNextArgument() {
        assertThat(Flags.parse(DECLARED, "-http.addr=:1").get("http.addr")).isEqualTo(":1");
        assertThat(Flags.parse(DECLARED, "--http.addr", "127.0.0.1:2").get("http.addr")).isEqualTo("127.0.0.1:2");
        assertThat(Flags.parse(DECLARED, "-ratelimit", "5").integer("ratelimit")).isEqualTo(5);
    }

    @Test
    void aSwitchStandsAloneOrTakesTrueOrFalse() {
        assertThat(Flags.parse(DECLARED, "--tracing").isSet("tracing")).isTrue();
        assertThat(Flags.parse(DECLARED, "--tracing=false").isSet("tracing")).isFalse();
        assertThatThrownBy(() -> Flags.parse(DECLARED, "--tracing=yes"))
                .hasMessage("flag takes true or false: --tracing=yes");
    }

    @Test
    void helpIsAlwaysUnderstood() {
        assertThat(Flags.parse(DECLARED, "-h").help()).isTrue();
        assertThat(Flags.parse(DECLARED, "--help").help()).isTrue();
    }

    @Test
    void namesTheArgumentItCannotRead() {
        assertThatThrownBy(() -> Flags.parse(DECLARED, "--nope")).hasMessage("unknown flag: --nope");
        assertThatThrownBy(() -> Flags.parse(DECLARED, "--http.addr")).hasMessage("flag needs an argument: --http.addr");
        assertThatThrownBy(() -> Flags.parse(DECLARED, "serve")).hasMessage("unexpected argument: serve");
        assertThatThrownBy(() -> Flags.parse(DECLARED, "--")).hasMessage("unexpected argument: --");
        assertThatThrownBy(() -> Flags.parse(DECLARED, "--ratelimit=many").integer("ratelimit"))
                .hasMessage("flag --ratelimit needs a whole number: many");
        assertThatThrownBy(() -> Flags.parse(DECLARED).get("threads")).hasMessageStartingWith("no flag named threads");
    }
}
