package dev.javakit.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.javakit.context.Context;
import java.io.IOException;
import java.util.AbstractList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.slf4j.event.KeyValuePair;

/** The generated logging decorator, through a real SLF4J backend whose events are captured. */
class LoggingDecoratorTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(AccountService.class);
    private final ListAppender<ILoggingEvent> events = new ListAppender<>();
    private final FakeAccounts fake = new FakeAccounts();
    private final AccountService service = new AccountServiceLogging(fake);

    @BeforeEach
    void capture() {
        events.start();
        logger.addAppender(events);
        logger.setAdditive(false);
        logger.setLevel(Level.INFO);
    }

    @AfterEach
    void release() {
        logger.detachAppender(events);
        logger.setAdditive(true);
        logger.setLevel(null);
        MDC.clear();
    }

    @Test
    void logsOneInfoLinePerSuccessfulCallWithTheArgumentsByName() throws Exception {
        service.get(7);
        ILoggingEvent event = single();
        assertThat(event.getLevel()).isEqualTo(Level.INFO);
        assertThat(event.getLoggerName()).isEqualTo(AccountService.class.getName());
        assertThat(event.getMessage()).isEqualTo("call succeeded");
        assertThat(keys(event)).containsExactly("service", "method", "id", "account", "took");
        assertThat(values(event)).containsEntry("service", "accounts").containsEntry("method", "get")
                .containsEntry("id", 7L);
        assertThat((String) values(event).get("took")).matches("\\d+\\.\\d{3}ms");
    }

    @Test
    void masksRedactedParameters() throws Exception {
        service.login("ada", "secret");
        assertThat(values(single())).containsEntry("user", "ada").containsEntry("password", "***");
        assertThat(events.list.toString()).doesNotContain("secret");
    }

    @Test
    void logsResultsOnlyOfMethodsMarkedLogResult() throws Exception {
        service.login("ada", "secret");
        assertThat(keys(single())).doesNotContain("token").doesNotContain("result");
        events.list.clear();
        service.get(8);
        // As text: ServiceLogger hands the backend every value but numbers, booleans and enums as its
        // toString(), cut to the length limit.
        assertThat(values(single())).containsEntry("account", new Account(8, "acme", Kind.BUSINESS).toString());
    }

    @Test
    void leavesTheContextOutOfTheLine() throws Exception {
        service.close(Context.background(), 7);
        assertThat(keys(single())).containsExactly("service", "method", "id", "took");
    }

    @Test
    void logsClientErrorsAtWarnWithoutStackTrace() {
        assertThatThrownBy(() -> service.login("ada", "wrong")).isInstanceOf(AccessDeniedException.class);
        ILoggingEvent event = single();
        assertThat(event.getLevel()).isEqualTo(Level.WARN);
        assertThat(event.getMessage()).isEqualTo("call failed");
        assertThat(values(event)).containsEntry("err", "access denied")
                .containsEntry("exception", "AccessDeniedException").containsEntry("password", "***");
        assertThat(event.getThrowableProxy()).isNull();
    }

    @Test
    void logsUnexpectedErrorsAtErrorWithTheStackTrace() {
        assertThatThrownBy(() -> service.audit(new Account(1, "x", Kind.PERSONAL))).isInstanceOf(IOException.class);
        ILoggingEvent event = single();
        assertThat(event.getLevel()).isEqualTo(Level.ERROR);
        assertThat(event.getThrowableProxy().getClassName()).isEqualTo(IOException.class.getName());
    }

    @Test
    void rethrowsTheVeryExceptionAndReturnsTheVeryResult() throws Exception {
        AccessDeniedException thrown = new AccessDeniedException();
        AccountService throwing = new AccountServiceLogging(new ForwardingAccountService(fake) {
            @Override
            public String login(String user, String password) throws AccessDeniedException {
                throw thrown;
            }
        });
        assertThatThrownBy(() -> throwing.login("a", "b")).isSameAs(thrown);
        assertThat(service.get(7)).isSameAs(fake.accounts.get(7L));
    }

    @Test
    void carriesTheTraceIdATracingMiddlewarePutInTheMdc() throws Exception {
        MDC.put("trace_id", "0af7651916cd43dd8448eb211c80319c");
        service.get(7);
        assertThat(values(single())).containsEntry("trace_id", "0af7651916cd43dd8448eb211c80319c");
    }

    @Test
    void formatsNothingWhenTheLevelIsOff() {
        logger.setLevel(Level.OFF);
        CountingList tags = new CountingList();
        service.search(tags, Optional.empty(), Kind.BUSINESS);
        assertThat(events.list).isEmpty();
        assertThat(tags.toStringCalls).isZero();
        assertThat(fake.calls).containsExactly("search");
    }

    @Test
    void logsFailuresWhenOnlyWarningsAreOn() {
        logger.setLevel(Level.WARN);
        CountingList tags = new CountingList();
        service.search(tags, Optional.empty(), Kind.BUSINESS);
        assertThatThrownBy(() -> service.login("ada", "wrong")).isInstanceOf(AccessDeniedException.class);
        assertThat(events.list).singleElement().satisfies(event -> assertThat(event.getLevel()).isEqualTo(Level.WARN));
        assertThat(tags.toStringCalls).isZero();
    }

    private ILoggingEvent single() {
        assertThat(events.list).hasSize(1);
        return events.list.get(0);
    }

    private static List<String> keys(ILoggingEvent event) {
        return event.getKeyValuePairs().stream().map(pair -> pair.key).toList();
    }

    private static Map<String, Object> values(ILoggingEvent event) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (KeyValuePair pair : event.getKeyValuePairs()) {
            values.put(pair.key, pair.value);
        }
        return values;
    }

    /** A list that counts how often it is turned into text. */
    private static final class CountingList extends AbstractList<String> {
        int toStringCalls;

        @Override
        public String get(int index) {
            return List.of("a", "b").get(index);
        }

        @Override
        public int size() {
            return 2;
        }

        @Override
        public String toString() {
            toStringCalls++;
            return super.toString();
        }
    }
}
