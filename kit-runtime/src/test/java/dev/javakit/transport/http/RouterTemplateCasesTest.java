package dev.javakit.transport.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.javakit.endpoint.EndpointInfo;
import dev.javakit.wire.MalformedPathTemplateException;
import dev.javakit.wire.PathTemplateCase;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The router against kit-wire's table of path templates, the one the processor is tested against too. */
class RouterTemplateCasesTest {

    static List<PathTemplateCase> accepted() {
        return PathTemplateCase.accepted();
    }

    static List<PathTemplateCase> rejected() {
        return PathTemplateCase.rejected();
    }

    private static HttpRoute route(String template) {
        EndpointHandler<String, String> handler = new EndpointHandler<>(
                (ctx, request) -> request, request -> "", response -> new byte[0]);
        return new HttpRoute("GET", template, new EndpointInfo("Test", "get"), handler);
    }

    @ParameterizedTest
    @MethodSource("accepted")
    void routesEveryValidTemplateAndMatchesAPathOfIt(PathTemplateCase c) {
        Router router = new Router();
        router.add(route(c.template()));

        String path = c.template().replaceAll("\\{[A-Za-z0-9_]+}", "value");
        Router.Result result = router.match("GET", path);

        assertThat(result).as("GET %s on %s", path, c).isInstanceOf(Router.Match.class);
        long placeholders = c.template().chars().filter(ch -> ch == '{').count();
        assertThat(((Router.Match) result).paramValues()).hasSize((int) placeholders).allMatch("value"::equals);
    }

    @ParameterizedTest
    @MethodSource("rejected")
    void refusesEveryMalformedTemplateSayingWhy(PathTemplateCase c) {
        Router router = new Router();

        assertThatThrownBy(() -> router.add(route(c.template())))
                .as(c.toString())
                .isInstanceOf(MalformedPathTemplateException.class)
                .hasMessageContaining(c.rejection());
    }
}
