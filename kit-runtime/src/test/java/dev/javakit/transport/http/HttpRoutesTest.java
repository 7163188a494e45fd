package dev.javakit.transport.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.javakit.context.Context;
import dev.javakit.endpoint.Endpoint;
import dev.javakit.endpoint.EndpointInfo;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpRoutesTest {

    private static final EndpointInfo GET = new EndpointInfo("Profiles", "get");
    private static final EndpointInfo PUT = new EndpointInfo("Profiles", "put");

    @Test
    void emptyBuilderBuildsEmptyTable() {
        HttpRoutes routes = HttpRoutes.builder().build();

        assertThat(routes.routes()).isEmpty();
        assertThat(routes.errorStatuses()).isEmpty();
    }

    @Test
    void routesKeepTheOrderTheyWereAdded() {
        HttpRoutes routes = HttpRoutes.builder()
                .route("PUT", "/profiles/{id}", PUT, (ctx, request) -> request, request -> "", response -> new byte[0])
                .route("GET", "/profiles/{id}", GET, (ctx, request) -> request, request -> "", response -> new byte[0])
                .build();

        assertThat(routes.routes()).extracting(HttpRoute::method, HttpRoute::pathTemplate, HttpRoute::endpoint)
                .containsExactly(
                        tuple("PUT", "/profiles/{id}", PUT),
                        tuple("GET", "/profiles/{id}", GET));
    }

    @Test
    void routeBuildsAHandlerFromEndpointDecoderAndEncoder() throws Exception {
        Endpoint<String, String> shout = (ctx, request) -> request + "!";
        RequestDecoder<String> decoder = request -> "in";
        ResponseEncoder<String> encoder = response -> response.getBytes(UTF_8);
        HttpRoutes routes = HttpRoutes.builder().route("GET", "/x", GET, shout, decoder, encoder).build();

        byte[] body = routes.routes().get(0).handler().handle(Context.background(), null).body();

        assertThat(new String(body, UTF_8)).isEqualTo("in!");
    }

    @Test
    void plainRouteKeepsItsHandlerAndServesNoEndpoint() {
        RouteHandler metrics = (ctx, request) -> new HttpResponse(200, "text/plain", new byte[0]);

        HttpRoutes routes = HttpRoutes.builder().route("GET", "/metrics", metrics).build();

        HttpRoute route = routes.routes().get(0);
        assertThat(route.method()).isEqualTo("GET");
        assertThat(route.pathTemplate()).isEqualTo("/metrics");
        assertThat(route.endpoint()).isNull();
        assertThat(route.handler()).isSameAs(metrics);
    }

    @Test
    void plainAndEndpointRoutesKeepTheOrderTheyWereAdded() {
        HttpRoutes routes = HttpRoutes.builder()
                .route("GET", "/profiles/{id}", GET, (ctx, request) -> request, request -> "", response -> new byte[0])
                .route("GET", "/metrics", (ctx, request) -> new HttpResponse(200, "text/plain", new byte[0]))
                .build();

        assertThat(routes.routes()).extracting(HttpRoute::pathTemplate, HttpRoute::endpoint)
                .containsExactly(tuple("/profiles/{id}", GET), tuple("/metrics", null));
    }

    @Test
    void plainRouteWithAMalformedMethodIsRejected() {
        RouteHandler handler = (ctx, request) -> new HttpResponse(200, "text/plain", new byte[0]);

        assertThatIllegalArgumentException().isThrownBy(() -> HttpRoutes.builder().route("get", "/metrics", handler));
    }

    @Test
    void errorStatusesAreKept() {
        HttpRoutes routes = HttpRoutes.builder()
                .errorStatus(IllegalStateException.class, 409)
                .errorStatus(UnsupportedOperationException.class, 501)
                .build();

        assertThat(routes.errorStatuses()).containsOnly(
                Map.entry(IllegalStateException.class, 409), Map.entry(UnsupportedOperationException.class, 501));
    }

    @Test
    void laterErrorStatusForSameTypeReplacesEarlier() {
        HttpRoutes routes = HttpRoutes.builder()
                .errorStatus(IllegalStateException.class, 409)
                .errorStatus(IllegalStateException.class, 410)
                .build();

        assertThat(routes.errorStatuses()).containsExactly(Map.entry(IllegalStateException.class, 410));
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 399, 600})
    void errorStatusOutsideErrorRangeIsRejected(int status) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> HttpRoutes.builder().errorStatus(IllegalStateException.class, status));
    }

    @Test
    void builtTableIsUnaffectedByLaterBuilderChanges() {
        HttpRoutes.Builder builder = HttpRoutes.builder().errorStatus(IllegalStateException.class, 409);
        HttpRoutes routes = builder.build();

        builder.errorStatus(IllegalArgumentException.class, 400)
                .route("GET", "/x", GET, (ctx, request) -> request, request -> "", response -> new byte[0]);

        assertThat(routes.routes()).isEmpty();
        assertThat(routes.errorStatuses()).containsOnlyKeys(IllegalStateException.class);
    }

    @Test
    void tableIsUnmodifiable() {
        HttpRoutes routes = HttpRoutes.builder().build();

        assertThatThrownBy(() -> routes.routes().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> routes.errorStatuses().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void nonBlockingIsACopyWithTheSameRoutesAndStatuses() {
        HttpRoutes table = HttpRoutes.builder()
                .route("GET", "/metrics", (ctx, request) -> HttpResponse.json(new byte[0]))
                .errorStatus(IllegalStateException.class, 409)
                .build();

        HttpRoutes nonBlocking = table.nonBlocking();

        assertThat(table.isNonBlocking()).isFalse();
        assertThat(nonBlocking.isNonBlocking()).isTrue();
        assertThat(nonBlocking.routes()).isEqualTo(table.routes());
        assertThat(nonBlocking.errorStatuses()).isEqualTo(table.errorStatuses());
    }
}
