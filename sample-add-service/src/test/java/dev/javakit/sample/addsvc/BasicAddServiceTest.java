package dev.javakit.sample.addsvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Go kit's business rules, at their edges. */
class BasicAddServiceTest {

    private final AddService add = new BasicAddService();

    @Test
    void sumsWithinTheThirtyTwoBitRange() throws Exception {
        assertThat(add.sum(Integer.MAX_VALUE - 1, 1)).isEqualTo(Integer.MAX_VALUE);
        assertThat(add.sum(Integer.MIN_VALUE + 1, -1)).isEqualTo(Integer.MIN_VALUE);
        assertThat(add.sum(0, -7)).isEqualTo(-7);
        assertThatThrownBy(() -> add.sum(Integer.MAX_VALUE, 1)).isInstanceOf(IntOverflowException.class);
        assertThatThrownBy(() -> add.sum(Integer.MIN_VALUE, -1)).isInstanceOf(IntOverflowException.class);
        assertThatThrownBy(() -> add.sum(Long.MAX_VALUE, Long.MAX_VALUE)).isInstanceOf(IntOverflowException.class);
    }

    @Test
    void refusesTwoZeroes() {
        assertThatThrownBy(() -> add.sum(0, 0)).isInstanceOf(TwoZeroesException.class).hasMessage("can't sum two zeroes");
    }

    @Test
    void concatenatesUpToTenBytes() throws Exception {
        assertThat(add.concat("abcde", "fghij")).isEqualTo("abcdefghij");
        assertThat(add.concat("ééééé", "")).isEqualTo("ééééé");
        assertThatThrownBy(() -> add.concat("ééééé", "a")).isInstanceOf(MaxSizeExceededException.class)
                .hasMessage("result exceeds maximum size");
    }
}
