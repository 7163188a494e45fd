package dev.javakit.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.javakit.context.Context;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MiddlewareTest {

    private static final EndpointInfo GET = new EndpointInfo("Profiles", "get");
    private static final EndpointInfo PUT = new EndpointInfo("Profiles", "put");

    private final List<String> calls = new ArrayList<>();

    /** Records "name>" on the way in and "<name" on the way out of every call. */
    private Middleware recording(String name) {
        return new Middleware() {
            @Override
            public <Req, Resp> Endpoint<Req, Resp> wrap(EndpointInfo endpoint, Endpoint<Req, Resp> next) {
                return (ctx, request) -> {
                    calls.add(name + ">");
                    Resp response = next.call(ctx, request);
                    calls.add("<" + name);
                    return response;
                };
            }
        };
    }

    private Endpoint<String, String> echo() {
        return (ctx, request) -> {
            calls.add("endpoint");
            return "echo " + request;
        };
    }

    @Test
    void chainRunsFirstMiddlewareOutermost() throws Exception {
        Middleware chain = Middleware.chain(recording("a"), recording("b"), recording("c"));

        String response = chain.wrap(GET, echo()).call(Context.background(), "hi");

        assertThat(response).isEqualTo("echo hi");
        assertThat(calls).containsExactly("a>", "b>", "c>", "endpoint", "<c", "<b", "<a");
    }

    @Test
    void emptyChainLeavesEndpointAsItIs() {
        Endpoint<String, String> endpoint = echo();

        assertThat(Middleware.chain().wrap(GET, endpoint)).isSameAs(endpoint);
    }

    @Test
    void chainWrapsOncePerEndpointNotPerCall() throws Exception {
        List<EndpointInfo> wrapped = new ArrayList<>();
        Middleware counting = new Middleware() {
            @Override
            public <Req, Resp> Endpoint<Req, Resp> wrap(EndpointInfo endpoint, Endpoint<Req, Resp> next) {
                wrapped.add(endpoint);
                return next;
            }
        };

        Endpoint<String, String> endpoint = Middleware.chain(counting).wrap(PUT, echo());
        endpoint.call(Context.background(), "1");
        endpoint.call(Context.background(), "2");

        assertThat(wrapped).containsExactly(PUT);
    }

    @Test
    void middlewareSeesContextAndCanReplaceIt() throws Exception {
        Context.Key<String> user = Context.Key.of("user", String.class);
        Middleware authenticate = new Middleware() {
            @Override
            public <Req, Resp> Endpoint<Req, Resp> wrap(EndpointInfo endpoint, Endpoint<Req, Resp> next) {
                return (ctx, request) -> next.call(ctx.with(user, "ada"), request);
            }
        };
        Endpoint<String, String> whoAmI = (ctx, request) -> ctx.get(user);

        assertThat(authenticate.wrap(GET, whoAmI).call(Context.background(), "")).isEqualTo("ada");
    }

    @Test
    void onlyForAppliesToSelectedEndpoint() throws Exception {
        Middleware onlyGet = recording("a").onlyFor(GET);

        onlyGet.wrap(GET, echo()).call(Context.background(), "x");

        assertThat(calls).containsExactly("a>", "endpoint", "<a");
    }

    @Test
    void onlyForLeavesOtherEndpointsUnwrapped() throws Exception {
        Middleware onlyGet = recording("a").onlyFor(GET);
        Endpoint<String, String> endpoint = echo();

        Endpoint<String, String> wrapped = onlyGet.wrap(PUT, endpoint);
        wrapped.call(Context.background(), "x");

        assertThat(wrapped).isSameAs(endpoint);
        assertThat(calls).containsExactly("endpoint");
    }

    @Test
    void onlyForMatchesEndpointInfoByValue() throws Exception {
        Middleware onlyGet = recording("a").onlyFor(new EndpointInfo("Profiles", "get"));

        onlyGet.wrap(new EndpointInfo("Profiles", "get"), echo()).call(Context.background(), "x");

        assertThat(calls).contains("a>");
    }

    @Test
    void onlyForAcceptsSeveralEndpoints() throws Exception {
        Middleware both = recording("a").onlyFor(GET, PUT);

        both.wrap(GET, echo()).call(Context.background(), "x");
        both.wrap(PUT, echo()).call(Context.background(), "y");
        both.wrap(new EndpointInfo("Profiles", "delete"), echo()).call(Context.background(), "z");

        assertThat(calls).containsExactly("a>", "endpoint", "<a", "a>", "endpoint", "<a", "endpoint");
    }

    @Test
    void onlyForInsideChainKeepsChainOrder() throws Exception {
        Middleware chain = Middleware.chain(recording("a"), recording("b").onlyFor(PUT), recording("c"));

        chain.wrap(GET, echo()).call(Context.background(), "x");
        calls.add("|");
        chain.wrap(PUT, echo()).call(Context.background(), "x");

        assertThat(calls).containsExactly(
                "a>", "c>", "endpoint", "<c", "<a", "|",
                "a>", "b>", "c>", "endpoint", "<c", "<b", "<a");
    }

    @Test
    void exceptionsPassThroughTheChain() {
        Endpoint<String, String> failing = (ctx, request) -> {
            throw new IllegalStateException("boom");
        };

        Endpoint<String, String> wrapped = Middleware.chain(recording("a"), recording("b")).wrap(GET, failing);

        assertThatThrownBy(() -> wrapped.call(Context.background(), "x"))
                .isInstanceOf(IllegalStateException.class).hasMessage("boom");
        assertThat(calls).containsExactly("a>", "b>");
    }
}
