package dev.javakit.sd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstancerTest {

    private static final URI A = URI.create("http://10.0.0.1:8080");
    private static final URI B = URI.create("http://10.0.0.2:8080");

    @Test
    void fixedListsItsInstancesInOrder() {
        assertThat(Instancer.fixed(B, A).instances()).containsExactly(B, A);
    }

    @Test
    void fixedNeedsAnInstance() {
        assertThatIllegalArgumentException().isThrownBy(Instancer::fixed);
    }

    @Test
    void fixedRejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> Instancer.fixed(A, null));
    }

    @Test
    void fixedCannotBeChangedThroughItsList() {
        List<URI> instances = Instancer.fixed(A).instances();

        assertThatThrownBy(() -> instances.add(B)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void mutableListsTheLatestSet() {
        MutableInstancer instancer = new MutableInstancer(List.of(A));

        instancer.set(List.of(B, A));

        assertThat(instancer.instances()).containsExactly(B, A);
    }

    @Test
    void mutableMayBeEmptied() {
        MutableInstancer instancer = new MutableInstancer(List.of(A));

        instancer.set(List.of());

        assertThat(instancer.instances()).isEmpty();
    }

    @Test
    void mutableCopiesWhatItIsGiven() {
        List<URI> given = new ArrayList<>(List.of(A));
        MutableInstancer instancer = new MutableInstancer(given);

        given.add(B);

        assertThat(instancer.instances()).containsExactly(A);
    }

    @Test
    void aListAlreadyHandedOutIsNotChangedBySet() {
        MutableInstancer instancer = new MutableInstancer(List.of(A));
        List<URI> before = instancer.instances();

        instancer.set(List.of(B));

        assertThat(before).containsExactly(A);
        assertThatThrownBy(() -> before.add(B)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void mutableRejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> new MutableInstancer(null));
        MutableInstancer instancer = new MutableInstancer(List.of(A));
        assertThatNullPointerException().isThrownBy(() -> instancer.set(null));
        assertThat(instancer.instances()).containsExactly(A);
    }
}
