package dev.javakit.transport.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.javakit.endpoint.EndpointInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpRouteTest {

    private static final EndpointInfo INFO = new EndpointInfo("Profiles", "get");
    private static final EndpointHandler<String, String> HANDLER = new EndpointHandler<>(
            (ctx, request) -> request, request -> "", response -> new byte[0]);

    @Test
    void keepsItsParts() {
        HttpRoute route = new HttpRoute("PATCH", "/profiles/{id}", INFO, HANDLER);

        assertThat(route.method()).isEqualTo("PATCH");
        assertThat(route.pathTemplate()).isEqualTo("/profiles/{id}");
        assertThat(route.endpoint()).isEqualTo(INFO);
        assertThat(route.handler()).isSameAs(HANDLER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"get", "Get", "", "GET ", "M-SEARCH", "GET1"})
    void rejectsMethodThatIsNotAnUpperCaseToken(String method) {
        assertThatIllegalArgumentException().isThrownBy(() -> new HttpRoute(method, "/", INFO, HANDLER))
                .withMessageContaining("upper-case token");
    }

    @Test
    void rejectsMissingParts() {
        assertThatNullPointerException().isThrownBy(() -> new HttpRoute(null, "/", INFO, HANDLER));
        assertThatNullPointerException().isThrownBy(() -> new HttpRoute("GET", null, INFO, HANDLER));
        assertThatNullPointerException().isThrownBy(() -> new HttpRoute("GET", "/", INFO, null));
    }

    @Test
    void plainRoutesServeNoEndpoint() {
        assertThat(new HttpRoute("GET", "/metrics", null, HANDLER).endpoint()).isNull();
    }
}
