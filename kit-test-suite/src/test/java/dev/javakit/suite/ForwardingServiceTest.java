package dev.javakit.suite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.javakit.context.Context;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The generated forwarding base class, as a service middleware subclasses it. */
class ForwardingServiceTest {

    @Test
    void forwardsEveryMethodAMiddlewareDoesNotOverride() throws Exception {
        FakeAccounts fake = new FakeAccounts();
        AccountService upperCasing = new ForwardingAccountService(fake) {
            @Override
            public String login(String user, String password) throws AccessDeniedException {
                return super.login(user, password).toUpperCase(java.util.Locale.ROOT);
            }
        };
        assertThat(upperCasing.login("ada", "secret")).isEqualTo("TOKEN-ADA");
        assertThat(upperCasing.get(7)).isEqualTo(new Account(7, "ada", Kind.PERSONAL));
        assertThat(upperCasing.search(List.of("x"), Optional.of(1), Kind.BUSINESS)).hasSize(1);
        upperCasing.close(Context.background(), 9);
        assertThat(fake.calls).containsExactly("login", "get", "search", "close");
        assertThat(fake.lastTags).containsExactly("x");
    }
}
