package dev.javakit.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The generated metrics decorator, recording into a real Micrometer registry. */
class MetricsDecoratorTest {

    private final MockClock clock = new MockClock();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);
    private final FakeAccounts fake = new FakeAccounts();

    @Test
    void timesSuccessesPerMethod() throws Exception {
        AccountService service = new AccountServiceMetrics(fake, registry);
        service.login("ada", "secret");
        service.login("bob", "secret");
        service.get(7);
        assertThat(timer("login", "SUCCESS", "none").count()).isEqualTo(2);
        assertThat(timer("get", "SUCCESS", "none").count()).isEqualTo(1);
    }

    @Test
    void tagsClientErrorsWithTheirException() {
        AccountService service = new AccountServiceMetrics(fake, registry);
        assertThatThrownBy(() -> service.get(404)).isInstanceOf(AccountMissingException.class);
        assertThat(timer("get", "CLIENT_ERROR", "AccountMissingException").count()).isEqualTo(1);
        assertThat(timer("get", "SUCCESS", "none").count()).isZero();
    }

    @Test
    void tagsUndeclaredExceptionsAsServerErrors() {
        AccountService service = new AccountServiceMetrics(fake, registry);
        assertThatThrownBy(() -> service.audit(new Account(1, "x", Kind.PERSONAL))).isInstanceOf(IOException.class);
        assertThat(timer("audit", "SERVER_ERROR", "IOException").count()).isEqualTo(1);
    }

    @Test
    void registersEveryMethodsSuccessTimerUpFront() {
        new AccountServiceMetrics(fake, registry);
        assertThat(registry.find("kit.service.calls").tag("outcome", "SUCCESS").timers())
                .extracting(t -> t.getId().getTag("method"))
                .containsExactlyInAnyOrder("login", "get", "search", "close", "audit");
    }

    @Test
    void recordsTheDurationOnTheRegistrysClock() throws Exception {
        AccountService slow = new AccountServiceMetrics(new ForwardingAccountService(fake) {
            @Override
            public String login(String user, String password) throws AccessDeniedException {
                clock.add(Duration.ofMillis(42));
                return super.login(user, password);
            }
        }, registry);
        slow.login("ada", "secret");
        assertThat(timer("login", "SUCCESS", "none").totalTime(TimeUnit.MILLISECONDS)).isEqualTo(42.0);
    }

    private Timer timer(String method, String outcome, String exception) {
        return registry.get("kit.service.calls")
                .tag("service", "accounts")
                .tag("method", method)
                .tag("outcome", outcome)
                .tag("exception", exception)
                .timer();
    }
}
