package dev.javakit.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.javakit.context.Context;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * {@link Endpoint#callDeclaring}: a call that throws what a method declaring the given exceptions
 * may throw, as the generated services over endpoints use it. Each helper method below compiles only
 * because {@code callDeclaring} declares exactly the classes it is given.
 */
class EndpointTest {

    static final class Missing extends Exception {
        private static final long serialVersionUID = 1L;
    }

    static final class Conflict extends Exception {
        private static final long serialVersionUID = 1L;
    }

    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;
    }

    private static final Endpoint<String, String> ECHO = (ctx, request) -> "echo " + request;

    private static Endpoint<String, String> throwing(Throwable failure) {
        return (ctx, request) -> {
            if (failure instanceof Exception e) {
                throw e;
            }
            throw (Error) failure;
        };
    }

    private static String declaringNothing(Endpoint<String, String> endpoint) {
        return endpoint.callDeclaring(Context.background(), "hi");
    }

    private static String declaringOne(Endpoint<String, String> endpoint) throws Missing {
        return endpoint.callDeclaring(Context.background(), "hi", Missing.class);
    }

    private static String declaringTwo(Endpoint<String, String> endpoint) throws Missing, Conflict {
        return endpoint.callDeclaring(Context.background(), "hi", Missing.class, Conflict.class);
    }

    private static String declaringThree(Endpoint<String, String> endpoint) throws Missing, Conflict, Invalid {
        return endpoint.callDeclaring(Context.background(), "hi", Missing.class, Conflict.class, Invalid.class);
    }

    @Test
    void returnsTheResponseWhateverIsDeclared() throws Exception {
        assertThat(declaringNothing(ECHO)).isEqualTo("echo hi");
        assertThat(declaringOne(ECHO)).isEqualTo("echo hi");
        assertThat(declaringTwo(ECHO)).isEqualTo("echo hi");
        assertThat(declaringThree(ECHO)).isEqualTo("echo hi");
    }

    @Test
    void passesTheContextAndRequestOn() throws Exception {
        Context.Key<String> user = Context.Key.of("user", String.class);
        Context ctx = Context.background().with(user, "ada");
        Endpoint<String, String> endpoint = (c, request) -> c.get(user) + " " + request;
        assertThat(endpoint.callDeclaring(ctx, "in", Missing.class)).isEqualTo("ada in");
    }

    @Test
    void rethrowsEachDeclaredExceptionAsItIs() {
        Missing missing = new Missing();
        Conflict conflict = new Conflict();
        Invalid invalid = new Invalid();
        assertThatThrownBy(() -> declaringOne(throwing(missing))).isSameAs(missing);
        assertThatThrownBy(() -> declaringTwo(throwing(missing))).isSameAs(missing);
        assertThatThrownBy(() -> declaringTwo(throwing(conflict))).isSameAs(conflict);
        assertThatThrownBy(() -> declaringThree(throwing(missing))).isSameAs(missing);
        assertThatThrownBy(() -> declaringThree(throwing(conflict))).isSameAs(conflict);
        assertThatThrownBy(() -> declaringThree(throwing(invalid))).isSameAs(invalid);
    }

    @Test
    void rethrowsSubclassesOfADeclaredExceptionAsTheyAre() {
        FileNotFoundException missingFile = new FileNotFoundException("gone");
        Endpoint<String, String> endpoint = throwing(missingFile);
        assertThatThrownBy(() -> endpoint.callDeclaring(Context.background(), "hi", IOException.class))
                .isSameAs(missingFile);
    }

    @Test
    void letsUncheckedExceptionsAndErrorsThroughAsTheyAre() {
        IllegalStateException unchecked = new IllegalStateException("broken");
        AssertionError error = new AssertionError("worse");
        assertThatThrownBy(() -> declaringNothing(throwing(unchecked))).isSameAs(unchecked);
        assertThatThrownBy(() -> declaringOne(throwing(unchecked))).isSameAs(unchecked);
        assertThatThrownBy(() -> declaringThree(throwing(unchecked))).isSameAs(unchecked);
        assertThatThrownBy(() -> declaringNothing(throwing(error))).isSameAs(error);
        assertThatThrownBy(() -> declaringTwo(throwing(error))).isSameAs(error);
    }

    @Test
    void wrapsCheckedExceptionsThatAreNotDeclared() {
        TimeoutException timeout = new TimeoutException("too slow");
        Conflict conflict = new Conflict();
        assertThatThrownBy(() -> declaringNothing(throwing(timeout)))
                .isExactlyInstanceOf(UndeclaredThrowableException.class).hasCause(timeout);
        assertThatThrownBy(() -> declaringOne(throwing(conflict)))
                .isExactlyInstanceOf(UndeclaredThrowableException.class).hasCause(conflict);
        assertThatThrownBy(() -> declaringTwo(throwing(timeout)))
                .isExactlyInstanceOf(UndeclaredThrowableException.class).hasCause(timeout);
        assertThatThrownBy(() -> declaringThree(throwing(timeout)))
                .isExactlyInstanceOf(UndeclaredThrowableException.class).hasCause(timeout);
    }
}
