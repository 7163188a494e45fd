package dev.javakit.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.javakit.context.Context;
import dev.javakit.endpoint.Endpoint;
import dev.javakit.endpoint.EndpointInfo;
import dev.javakit.endpoint.Middleware;
import java.io.IOException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The generated endpoint set: server endpoints, middleware application, the service over endpoints. */
class GeneratedEndpointsTest {

    private final FakeAccounts fake = new FakeAccounts();

    /** A service over endpoints throwing the {@code failure}-th of the exceptions {@link ChecksService} declares. */
    private static final ChecksService CHECKS = ChecksServiceEndpoints.of(new ChecksService() {
        @Override
        public String two(int failure) throws AccessDeniedException, AccountMissingException {
            switch (failure) {
                case 0 -> throw new AccessDeniedException();
                case 1 -> throw new AccountMissingException();
                default -> {
                    return "passed";
                }
            }
        }

        @Override
        public String four(int failure)
                throws AccessDeniedException, AccountMissingException, SlowDownException, OrderNotFoundException {
            switch (failure) {
                case 0 -> throw new AccessDeniedException();
                case 1 -> throw new AccountMissingException();
                case 2 -> throw new SlowDownException();
                case 3 -> throw new OrderNotFoundException("o-1");
                default -> {
                    return "passed";
                }
            }
        }
    });

    @Test
    void serverEndpointsCallTheServiceWithTheRequestRecord() throws Exception {
        AccountServiceEndpoints endpoints = AccountServiceEndpoints.of(fake);
        AccountServiceEndpoints.GetResponse response =
                endpoints.getEndpoint().call(Context.background(), new AccountServiceEndpoints.GetRequest(7));
        assertThat(response.account()).isEqualTo(new Account(7, "ada", Kind.PERSONAL));
    }

    @Test
    void describesEveryEndpointWithTheServiceName() {
        assertThat(AccountServiceEndpoints.LOGIN).isEqualTo(new EndpointInfo("accounts", "login"));
        assertThat(AccountServiceEndpoints.CLOSE.fullName()).isEqualTo("accounts.close");
    }

    @Test
    void appliesAMiddlewareToEveryEndpointTellingItWhichOne() throws Exception {
        List<String> wrapped = new ArrayList<>();
        List<String> called = new ArrayList<>();
        Middleware recording = new Middleware() {
            @Override
            public <Req, Resp> Endpoint<Req, Resp> wrap(EndpointInfo endpoint, Endpoint<Req, Resp> next) {
                wrapped.add(endpoint.method());
                return (ctx, request) -> {
                    called.add(endpoint.method());
                    return next.call(ctx, request);
                };
            }
        };
        AccountService service = AccountServiceEndpoints.of(fake).with(recording);
        service.get(7);
        service.search(List.of(), Optional.empty(), Kind.BUSINESS);
        assertThat(wrapped).containsExactly("login", "get", "search", "close", "audit");
        assertThat(called).containsExactly("get", "search");
    }

    @Test
    void wrapsOneEndpointAlone() throws Exception {
        List<Object> seen = new ArrayList<>();
        Middleware recording = new Middleware() {
            @Override
            public <Req, Resp> Endpoint<Req, Resp> wrap(EndpointInfo endpoint, Endpoint<Req, Resp> next) {
                return (ctx, request) -> {
                    seen.add(request);
                    return next.call(ctx, request);
                };
            }
        };
        AccountService service = AccountServiceEndpoints.of(fake).with(recording.onlyFor(AccountServiceEndpoints.GET));
        service.get(8);
        service.login("ada", "secret");
        assertThat(seen).containsExactly(new AccountServiceEndpoints.GetRequest(8));
        assertThat(fake.calls).containsExactly("get", "login");
    }

    @Test
    void rethrowsDeclaredExceptionsAsTheyAre() {
        AccountService service = AccountServiceEndpoints.of(fake);
        assertThatThrownBy(() -> service.login("ada", "wrong")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.get(1)).isInstanceOf(AccountMissingException.class);
    }

    @Test
    void wrapsCheckedExceptionsTheMethodDoesNotDeclare() {
        IOException transportFailure = new IOException("connection reset");
        Middleware failing = new Middleware() {
            @Override
            public <Req, Resp> Endpoint<Req, Resp> wrap(EndpointInfo endpoint, Endpoint<Req, Resp> next) {
                return (ctx, request) -> {
                    throw transportFailure;
                };
            }
        };
        AccountService service = AccountServiceEndpoints.of(fake).with(failing.onlyFor(AccountServiceEndpoints.LOGIN));
        assertThatThrownBy(() -> service.login("ada", "secret"))
                .isInstanceOf(UndeclaredThrowableException.class)
                .hasCause(transportFailure);
    }

    @Test
    void rethrowsEachDeclaredExceptionOfMethodsDeclaringSeveral() throws Exception {
        assertThatThrownBy(() -> CHECKS.two(0)).isExactlyInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> CHECKS.two(1)).isExactlyInstanceOf(AccountMissingException.class);
        assertThat(CHECKS.two(2)).isEqualTo("passed");
        assertThatThrownBy(() -> CHECKS.four(0)).isExactlyInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> CHECKS.four(1)).isExactlyInstanceOf(AccountMissingException.class);
        assertThatThrownBy(() -> CHECKS.four(2)).isExactlyInstanceOf(SlowDownException.class);
        assertThatThrownBy(() -> CHECKS.four(3)).isExactlyInstanceOf(OrderNotFoundException.class);
        assertThat(CHECKS.four(4)).isEqualTo("passed");
    }

    @Test
    void wrapsUndeclaredCheckedExceptionsOfMethodsDeclaringSeveral() {
        IOException transportFailure = new IOException("connection reset");
        IllegalStateException unchecked = new IllegalStateException("broken");
        ChecksService failing = ChecksServiceEndpoints.of(CHECKS).with(throwing(transportFailure));
        assertThatThrownBy(() -> failing.two(9)).isExactlyInstanceOf(UndeclaredThrowableException.class)
                .hasCause(transportFailure);
        assertThatThrownBy(() -> failing.four(9)).isExactlyInstanceOf(UndeclaredThrowableException.class)
                .hasCause(transportFailure);
        ChecksService breaking = ChecksServiceEndpoints.of(CHECKS).with(throwing(unchecked));
        assertThatThrownBy(() -> breaking.two(9)).isSameAs(unchecked);
        assertThatThrownBy(() -> breaking.four(9)).isSameAs(unchecked);
    }

    /** Returns a middleware whose endpoints throw {@code failure} instead of calling on. */
    private static Middleware throwing(Exception failure) {
        return new Middleware() {
            @Override
            public <Req, Resp> Endpoint<Req, Resp> wrap(EndpointInfo endpoint, Endpoint<Req, Resp> next) {
                return (ctx, request) -> {
                    throw failure;
                };
            }
        };
    }

    @Test
    void letsAnythingThroughAMethodDeclaringException() {
        AccountService service = AccountServiceEndpoints.of(fake);
        assertThatThrownBy(() -> service.audit(new Account(1, "x", Kind.PERSONAL)))
                .isInstanceOf(IOException.class).hasMessage("audit log unavailable");
    }

    @Test
    void passesTheCallersContextToTheService() throws Exception {
        Context.Key<String> user = Context.Key.of("user", String.class);
        Context ctx = Context.background().with(user, "ada");
        AccountServiceEndpoints.of(fake).close(ctx, 7);
        assertThat(fake.lastContext).isSameAs(ctx);
    }

    @Test
    void endpointSetsComposeWithEachOther() throws Exception {
        AccountServiceEndpoints inner = AccountServiceEndpoints.of(fake);
        AccountService outer = AccountServiceEndpoints.of(inner);
        assertThat(outer.login("ada", "secret")).isEqualTo("token-ada");
    }
}
