package dev.javakit.sd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EndpointerTest {

    private static final URI A = URI.create("http://10.0.0.1:8080");
    private static final URI B = URI.create("http://10.0.0.2:8080");
    private static final URI C = URI.create("http://10.0.0.3:8080");

    /** What a factory makes of one instance: a name and whether it was closed. */
    static final class Made implements AutoCloseable {
        final URI instance;
        boolean closed;

        Made(URI instance) {
            this.instance = instance;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private final List<Made> made = new ArrayList<>();

    private Made make(URI instance) {
        Made endpoints = new Made(instance);
        made.add(endpoints);
        return endpoints;
    }

    @Test
    void makesEndpointsOncePerInstanceInTheInstancersOrder() {
        MutableInstancer instancer = new MutableInstancer(List.of(B, A, B));
        Endpointer<Made> endpointer = new Endpointer<>(instancer, this::make);

        List<Made> first = endpointer.endpoints();
        List<Made> second = endpointer.endpoints();
        instancer.set(List.of(B, A));
        List<Made> third = endpointer.endpoints();

        assertThat(first).extracting(m -> m.instance).containsExactly(B, A);
        assertThat(second).isSameAs(first);
        assertThat(third).containsExactlyElementsOf(first);
        assertThat(made).hasSize(2);
    }

    @Test
    void closesTheEndpointsOfAnInstanceThatLeftAndOnlyThose() {
        MutableInstancer instancer = new MutableInstancer(List.of(A, B));
        Endpointer<Made> endpointer = new Endpointer<>(instancer, this::make);
        List<Made> before = endpointer.endpoints();

        instancer.set(List.of(A, C));
        List<Made> after = endpointer.endpoints();

        assertThat(before.get(1).closed).isTrue();
        assertThat(before.get(0).closed).isFalse();
        assertThat(after).extracting(m -> m.instance).containsExactly(A, C);
        assertThat(after.get(0)).isSameAs(before.get(0));
    }

    @Test
    void anInstanceWhoseFactoryFailsIsLeftOutAndTheOthersServed() {
        Endpointer<Made> endpointer = new Endpointer<>(Instancer.fixed(A, B), instance -> {
            if (instance.equals(A)) {
                throw new IllegalArgumentException("bad address");
            }
            return make(instance);
        });

        assertThat(endpointer.endpoints()).extracting(m -> m.instance).containsExactly(B);
    }

    @Test
    void closingClosesEveryInstancesEndpointsAndServesNoMore() {
        Endpointer<Made> endpointer = new Endpointer<>(Instancer.fixed(A, B), this::make);
        endpointer.endpoints();

        endpointer.close();

        assertThat(made).allSatisfy(m -> assertThat(m.closed).isTrue());
        assertThatIllegalStateException().isThrownBy(endpointer::endpoints);
    }
}
