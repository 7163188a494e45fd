package dev.javakit.transport.http.client;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClientRequestTest {

    enum Sort {
        NEWEST,
        OLDEST {
            @Override
            public String toString() {
                return "oldest first";
            }
        }
    }

    private static String pathWith(Object value) {
        return ClientRequest.of("GET", "/things/{id}").path("id", value).target();
    }

    @Test
    void templateWithoutPlaceholdersOrQueryIsSentAsIs() {
        assertThat(ClientRequest.of("POST", "/profiles/").target()).isEqualTo("/profiles/");
    }

    @Test
    void fillsEveryPlaceholderInItsPlace() {
        String target = ClientRequest.of("GET", "/profiles/{id}/addresses/{addressID}")
                .path("addressID", "home")
                .path("id", "pat")
                .target();

        assertThat(target).isEqualTo("/profiles/pat/addresses/home");
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "\" \"      | %20",
        "/          | %2F",
        "+          | %2B",
        "☃          | %E2%98%83",
        "?          | %3F",
        "\"#\"      | %23",
        "%          | %25",
        "&          | %26",
        "=          | %3D",
        ";          | %3B",
        "é          | %C3%A9",
        "aZ09-._~   | aZ09-._~",
    })
    void percentEncodesAPathValueAsOneSegment(String value, String encoded) {
        assertThat(pathWith(value)).isEqualTo("/things/" + encoded);
    }

    @Test
    void aValueWithSlashesAndSpacesStaysOneSegment() {
        assertThat(pathWith("a b/c+d☃")).isEqualTo("/things/a%20b%2Fc%2Bd%E2%98%83");
    }

    @Test
    void pathValuesAreWrittenLikeTheServerReadsThem() {
        assertThat(pathWith(42)).isEqualTo("/things/42");
        assertThat(pathWith(-1.5)).isEqualTo("/things/-1.5");
        assertThat(pathWith(true)).isEqualTo("/things/true");
        assertThat(pathWith(Sort.NEWEST)).isEqualTo("/things/NEWEST");
    }

    @Test
    void enumsAreWrittenByNameNotByToString() {
        ClientRequest request = ClientRequest.of("GET", "/things/{sort}")
                .path("sort", Sort.OLDEST)
                .query("sort", Sort.OLDEST)
                .header("X-Sort", Sort.OLDEST);

        assertThat(request.target()).isEqualTo("/things/OLDEST?sort=OLDEST");
        assertThat(request.headers()).extracting(h -> h[0], h -> h[1]).containsExactly(tuple("X-Sort", "OLDEST"));
    }

    @Test
    void emptyPathValueIsRejectedNamingTheParameter() {
        ClientRequest request = ClientRequest.of("GET", "/profiles/{id}");

        assertThatIllegalArgumentException().isThrownBy(() -> request.path("id", ""))
                .withMessageContaining("'id'");
    }

    @Test
    void nullPathValueIsRejectedNamingTheParameter() {
        ClientRequest request = ClientRequest.of("GET", "/profiles/{id}/addresses/{addressID}");

        assertThatIllegalArgumentException().isThrownBy(() -> request.path("addressID", null))
                .withMessageContaining("'addressID'");
    }

    @Test
    void aValueWhoseTextIsEmptyIsRejectedToo() {
        ClientRequest request = ClientRequest.of("GET", "/profiles/{id}");

        assertThatIllegalArgumentException().isThrownBy(() -> request.path("id", new StringBuilder()))
                .withMessageContaining("'id'");
    }

    @Test
    void unfilledPlaceholderFailsNamingIt() {
        ClientRequest request = ClientRequest.of("GET", "/profiles/{id}/addresses/{addressID}").path("id", "pat");

        assertThatIllegalStateException().isThrownBy(request::target)
                .withMessageContaining("'addressID'")
                .withMessageContaining("/profiles/{id}/addresses/{addressID}");
    }

    @Test
    void queryParametersAreUrlEncodedInOrder() {
        String target = ClientRequest.of("GET", "/search")
                .query("q", "a b&c=d")
                .query("page", 2)
                .query("snow man", "☃+%")
                .target();

        assertThat(target).isEqualTo("/search?q=a+b%26c%3Dd&page=2&snow+man=%E2%98%83%2B%25");
    }

    @Test
    void queryAllRepeatsTheParameterOncePerValueInOrder() {
        String target = ClientRequest.of("GET", "/search")
                .queryAll("tag", List.of("b", "a", "b c"))
                .target();

        assertThat(target).isEqualTo("/search?tag=b&tag=a&tag=b+c");
    }

    @Test
    void queryAllOfNothingAddsNothing() {
        assertThat(ClientRequest.of("GET", "/search").queryAll("tag", List.of()).target()).isEqualTo("/search");
    }

    @Test
    void nullQueryValuesAreLeftOut() {
        String target = ClientRequest.of("GET", "/search")
                .query("a", null)
                .queryAll("tag", Arrays.asList("x", null, "y"))
                .query("b", null)
                .target();

        assertThat(target).isEqualTo("/search?tag=x&tag=y");
    }

    @Test
    void queryFollowsTheFilledPath() {
        String target = ClientRequest.of("GET", "/profiles/{id}/addresses/")
                .query("limit", 10)
                .path("id", "a/b")
                .target();

        assertThat(target).isEqualTo("/profiles/a%2Fb/addresses/?limit=10");
    }

    @Test
    void headersAreKeptInOrderAndNullValuesLeftOut() {
        ClientRequest request = ClientRequest.of("GET", "/")
                .header("X-One", 1)
                .header("X-Absent", null)
                .headerAll("X-Many", Arrays.asList("a", null, Sort.NEWEST))
                .header("X-Text", "plain");

        assertThat(request.headers()).extracting(h -> h[0], h -> h[1]).containsExactly(
                tuple("X-One", "1"),
                tuple("X-Many", "a"),
                tuple("X-Many", "NEWEST"),
                tuple("X-Text", "plain"));
    }

    @Test
    void bodyIsKeptAndNullRejected() {
        byte[] json = "{\"id\":\"p\"}".getBytes(UTF_8);

        assertThat(ClientRequest.of("POST", "/profiles/").body()).isNull();
        assertThat(ClientRequest.of("POST", "/profiles/").body(json).body()).isEqualTo(json);
        assertThatNullPointerException().isThrownBy(() -> ClientRequest.of("POST", "/").body(null));
    }

    @Test
    void describesItselfByMethodAndTemplate() {
        ClientRequest request = ClientRequest.of("DELETE", "/profiles/{id}").path("id", "secret value");

        assertThat(request.method()).isEqualTo("DELETE");
        assertThat(request.describe()).isEqualTo("DELETE /profiles/{id}");
    }

    @Test
    void methodAndTemplateAreRequired() {
        assertThatNullPointerException().isThrownBy(() -> ClientRequest.of(null, "/"));
        assertThatNullPointerException().isThrownBy(() -> ClientRequest.of("GET", null));
    }
}
