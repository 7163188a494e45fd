package dev.javakit.transport.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.javakit.endpoint.EndpointInfo;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouterTest {

    private final Router router = new Router();

    private static HttpRoute route(String method, String template) {
        EndpointInfo info = new EndpointInfo("Test", method.toLowerCase() + template.replaceAll("[^A-Za-z]", "_"));
        EndpointHandler<String, String> handler = new EndpointHandler<>(
                (ctx, request) -> request, request -> "", response -> new byte[0]);
        return new HttpRoute(method, template, info, handler);
    }

    private HttpRoute add(String method, String template) {
        HttpRoute route = route(method, template);
        router.add(route);
        return route;
    }

    private Router.Miss failure(String method, String path) {
        Router.Result result = router.match(method, path);
        assertThat(result).as("%s %s", method, path).isInstanceOf(Router.Miss.class);
        return (Router.Miss) result;
    }

    private Router.Match match(String method, String path) {
        Router.Result result = router.match(method, path);
        assertThat(result).as("%s %s", method, path).isInstanceOf(Router.Match.class);
        return (Router.Match) result;
    }

    @Test
    void matchesLiteralRoute() {
        HttpRoute route = add("GET", "/profiles");

        Router.Match match = match("GET", "/profiles");

        assertThat(match.route()).isSameAs(route);
        assertThat(match.template().text()).isEqualTo("/profiles");
        assertThat(match.paramValues()).isEmpty();
    }

    @Test
    void matchesRoot() {
        HttpRoute route = add("GET", "/");

        assertThat(match("GET", "/").route()).isSameAs(route);
    }

    @Test
    void capturesPlaceholdersInTemplateOrder() {
        add("GET", "/profiles/{id}/addresses/{addressId}");

        Router.Match match = match("GET", "/profiles/p1/addresses/a2");

        assertThat(match.paramValues()).containsExactly("p1", "a2");
        assertThat(match.param("id")).isEqualTo("p1");
        assertThat(match.param("addressId")).isEqualTo("a2");
        assertThat(match.param("missing")).isNull();
    }

    @Test
    void literalWinsOverPlaceholder() {
        HttpRoute me = add("GET", "/profiles/me");
        HttpRoute byId = add("GET", "/profiles/{id}");

        assertThat(match("GET", "/profiles/me").route()).isSameAs(me);
        assertThat(match("GET", "/profiles/p1").route()).isSameAs(byId);
    }

    @Test
    void literalWinsRegardlessOfRegistrationOrder() {
        HttpRoute byId = add("GET", "/profiles/{id}");
        HttpRoute me = add("GET", "/profiles/me");

        assertThat(match("GET", "/profiles/me").route()).isSameAs(me);
        assertThat(match("GET", "/profiles/you").route()).isSameAs(byId);
    }

    @Test
    void backtracksIntoPlaceholderWhenLiteralBranchDeadEnds() {
        add("GET", "/profiles/me/settings");
        HttpRoute addresses = add("GET", "/profiles/{id}/addresses");

        Router.Match match = match("GET", "/profiles/me/addresses");

        assertThat(match.route()).isSameAs(addresses);
        assertThat(match.param("id")).isEqualTo("me");
    }

    @Test
    void backtracksIntoPlaceholderWhenLiteralBranchHasOtherMethodOnly() {
        add("GET", "/profiles/me");
        HttpRoute delete = add("DELETE", "/profiles/{id}");

        Router.Match match = match("DELETE", "/profiles/me");

        assertThat(match.route()).isSameAs(delete);
        assertThat(match.param("id")).isEqualTo("me");
    }

    @Test
    void trailingSlashMatchesExactly() {
        HttpRoute withoutSlash = add("GET", "/profiles");
        HttpRoute withSlash = add("GET", "/profiles/");

        assertThat(match("GET", "/profiles").route()).isSameAs(withoutSlash);
        assertThat(match("GET", "/profiles/").route()).isSameAs(withSlash);
    }

    @Test
    void pathWithTrailingSlashDoesNotMatchTemplateWithout() {
        add("GET", "/profiles");

        assertThat(failure("GET", "/profiles/").status()).isEqualTo(404);
    }

    @Test
    void pathWithoutTrailingSlashDoesNotMatchTemplateWith() {
        add("GET", "/profiles/");

        assertThat(failure("GET", "/profiles").status()).isEqualTo(404);
    }

    @Test
    void placeholderDoesNotMatchTrailingSlashPath() {
        add("GET", "/profiles/{id}");

        assertThat(failure("GET", "/profiles/x/").status()).isEqualTo(404);
        assertThat(failure("GET", "/profiles/").status()).isEqualTo(404);
    }

    @Test
    void emptySegmentNeverMatchesPlaceholder() {
        add("GET", "/profiles/{id}/addresses/");

        assertThat(failure("GET", "/profiles//addresses/").status()).isEqualTo(404);
        assertThat(match("GET", "/profiles/p1/addresses/").param("id")).isEqualTo("p1");
    }

    @Test
    void placeholderValuesArePercentDecoded() {
        add("GET", "/profiles/{id}");

        assertThat(match("GET", "/profiles/a%20b").param("id")).isEqualTo("a b");
        assertThat(match("GET", "/profiles/%E2%98%83").param("id")).isEqualTo("\u2603");
        assertThat(match("GET", "/profiles/a+b").param("id")).isEqualTo("a+b");
    }

    @Test
    void encodedSlashStaysWithinOneSegment() {
        add("GET", "/files/{name}");
        add("GET", "/files/{dir}/{name}");

        Router.Match match = match("GET", "/files/a%2Fb");

        assertThat(match.template().text()).isEqualTo("/files/{name}");
        assertThat(match.param("name")).isEqualTo("a/b");
    }

    @Test
    void literalSegmentsAreMatchedDecoded() {
        HttpRoute route = add("GET", "/caf\u00e9/menu");

        assertThat(match("GET", "/caf%C3%A9/menu").route()).isSameAs(route);
    }

    @Test
    void malformedPercentEncodingIs400() {
        add("GET", "/profiles/{id}");

        Router.Miss e = failure("GET", "/profiles/%zz");

        assertThat(e.status()).isEqualTo(400);
        assertThat(e.message()).contains("malformed percent-encoding");
    }

    @Test
    void invalidUtf8Is400() {
        add("GET", "/profiles/{id}");

        assertThat(failure("GET", "/profiles/%FF").status()).isEqualTo(400);
    }

    @Test
    void unknownPathIs404() {
        add("GET", "/profiles");

        Router.Miss e = failure("GET", "/orders");

        assertThat(e.status()).isEqualTo(404);
        assertThat(e.allowed()).isEmpty();
    }

    @Test
    void pathNotStartingWithSlashIs404() {
        add("GET", "/profiles");

        assertThat(failure("GET", "profiles").status()).isEqualTo(404);
        assertThat(failure("GET", null).status()).isEqualTo(404);
    }

    @Test
    void prefixOfARouteIs404() {
        add("GET", "/profiles/{id}/addresses");

        assertThat(failure("GET", "/profiles/p1").status()).isEqualTo(404);
        assertThat(failure("GET", "/profiles/p1/addresses/extra").status()).isEqualTo(404);
    }

    @Test
    void otherMethodIs405WithSortedAllowListingEveryMethod() {
        add("PUT", "/profiles/{id}");
        add("GET", "/profiles/{id}");
        add("DELETE", "/profiles/{id}");

        Router.Miss e = failure("POST", "/profiles/p1");

        assertThat(e.status()).isEqualTo(405);
        assertThat(e.allowed()).containsExactly("DELETE", "GET", "HEAD", "OPTIONS", "PUT");
        assertThat(e.toException().headers()).containsExactly(Map.entry("Allow", "DELETE, GET, HEAD, OPTIONS, PUT"));
    }

    @Test
    void allowCombinesEveryTemplateThePathMatches() {
        add("GET", "/profiles/me");
        add("DELETE", "/profiles/{id}");

        Router.Miss e = failure("POST", "/profiles/me");

        assertThat(e.status()).isEqualTo(405);
        assertThat(e.allowed()).containsExactly("DELETE", "GET", "HEAD", "OPTIONS");
    }

    @Test
    void methodIsMatchedCaseSensitively() {
        add("GET", "/profiles");

        Router.Miss e = failure("get", "/profiles");

        assertThat(e.status()).isEqualTo(405);
        assertThat(e.allowed()).containsExactly("GET", "HEAD", "OPTIONS");
    }

    @Test
    void duplicateRouteIsRejected() {
        add("GET", "/profiles/{id}");

        assertThatIllegalArgumentException().isThrownBy(() -> add("GET", "/profiles/{id}"))
                .withMessageContaining("two routes for GET /profiles/{id}");
    }

    @Test
    void sameShapeWithOtherPlaceholderNameIsADuplicate() {
        add("GET", "/profiles/{id}");

        assertThatIllegalArgumentException().isThrownBy(() -> add("GET", "/profiles/{profileId}"));
    }

    @Test
    void sameTemplateUnderAnotherMethodIsNotADuplicate() {
        add("GET", "/profiles/{id}");
        HttpRoute put = add("PUT", "/profiles/{id}");

        assertThat(match("PUT", "/profiles/p1").route()).isSameAs(put);
    }

    @Test
    void rejectedDuplicateIsNotListed() {
        HttpRoute first = add("GET", "/a");

        catchThrowableOfType(IllegalArgumentException.class, () -> add("GET", "/a"));

        assertThat(router.routes()).containsExactly(first);
    }

    @Test
    void malformedTemplatesAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> add("GET", "/a{b}"));
        assertThatIllegalArgumentException().isThrownBy(() -> add("GET", "/a/{id}/b/{id}"));
        assertThatIllegalArgumentException().isThrownBy(() -> add("GET", "/a//b"));
        assertThatIllegalArgumentException().isThrownBy(() -> add("GET", "a/b"));
        assertThat(router.routes()).isEmpty();
    }

    @Test
    void routesAreListedInTheOrderAdded() {
        HttpRoute b = add("GET", "/b");
        HttpRoute a = add("GET", "/a");
        HttpRoute c = add("POST", "/b");

        assertThat(router.routes()).containsExactly(b, a, c);
    }

    @Test
    void paramValuesOfOneMatchAreNotOverwrittenByTheNext() {
        add("GET", "/profiles/{id}");

        Router.Match first = match("GET", "/profiles/one");
        match("GET", "/profiles/two");

        assertThat(first.param("id")).isEqualTo("one");
    }

    @Test
    void headIsServedByTheGetRoute() {
        HttpRoute get = add("GET", "/profiles/{id}");

        Router.Match match = match("HEAD", "/profiles/p1");

        assertThat(match.route()).isSameAs(get);
        assertThat(match.param("id")).isEqualTo("p1");
    }

    @Test
    void anExplicitHeadRouteWinsOverGet() {
        add("GET", "/profiles/{id}");
        HttpRoute head = add("HEAD", "/profiles/{id}");

        assertThat(match("HEAD", "/profiles/p1").route()).isSameAs(head);
    }

    @Test
    void headWithoutGetIs405() {
        add("POST", "/profiles/");

        Router.Miss miss = failure("HEAD", "/profiles/");

        assertThat(miss.status()).isEqualTo(405);
        assertThat(miss.allowed()).containsExactly("OPTIONS", "POST");
    }

    @Test
    void optionsOnARoutedPathIsAMissListingWhatIsAllowed() {
        add("GET", "/profiles/{id}");
        add("PUT", "/profiles/{id}");

        Router.Miss miss = failure("OPTIONS", "/profiles/p1");

        assertThat(miss.status()).isEqualTo(405);
        assertThat(miss.allowed()).containsExactly("GET", "HEAD", "OPTIONS", "PUT");
    }

    @Test
    void methodsListsEveryRoutedMethodWithTheImpliedOnes() {
        add("GET", "/a");
        add("POST", "/b");

        assertThat(router.methods()).containsExactly("GET", "HEAD", "OPTIONS", "POST");
    }
}
