package dev.javakit.transport.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import dev.javakit.endpoint.EndpointInfo;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import org.junit.jupiter.api.Test;

class JdkHttpServerRequestTest {

    /** Just enough of an exchange for a request to read: method, URI, headers and body. */
    private static final class FakeExchange extends HttpExchange {
        private final String method;
        private final URI uri;
        private final Headers requestHeaders = new Headers();
        private final byte[] body;
        int bodyReads;

        FakeExchange(String method, String uri, byte[] body) {
            this.method = method;
            this.uri = URI.create(uri);
            this.body = body;
        }

        @Override
        public Headers getRequestHeaders() {
            return requestHeaders;
        }

        @Override
        public Headers getResponseHeaders() {
            return new Headers();
        }

        @Override
        public URI getRequestURI() {
            return uri;
        }

        @Override
        public String getRequestMethod() {
            return method;
        }

        @Override
        public HttpContext getHttpContext() {
            return null;
        }

        @Override
        public void close() {
        }

        @Override
        public InputStream getRequestBody() {
            bodyReads++;
            return new ByteArrayInputStream(body);
        }

        @Override
        public OutputStream getResponseBody() {
            return new ByteArrayOutputStream();
        }

        @Override
        public void sendResponseHeaders(int rCode, long responseLength) {
        }

        @Override
        public InetSocketAddress getRemoteAddress() {
            return null;
        }

        @Override
        public int getResponseCode() {
            return -1;
        }

        @Override
        public InetSocketAddress getLocalAddress() {
            return null;
        }

        @Override
        public String getProtocol() {
            return "HTTP/1.1";
        }

        @Override
        public Object getAttribute(String name) {
            return null;
        }

        @Override
        public void setAttribute(String name, Object value) {
        }

        @Override
        public void setStreams(InputStream i, OutputStream o) {
        }

        @Override
        public HttpPrincipal getPrincipal() {
            return null;
        }
    }

    private static final String TEMPLATE = "/profiles/{id}/addresses/{addressId}";

    private static JdkHttpServerRequest request(FakeExchange exchange, int maxBodyBytes) {
        Router router = new Router();
        router.add(new HttpRoute("GET", TEMPLATE, new EndpointInfo("Profiles", "address"),
                new EndpointHandler<String, String>((ctx, request) -> request, request -> "", response -> new byte[0])));
        Router.Match match = router.match("GET", exchange.getRequestURI().getRawPath());
        return new JdkHttpServerRequest(exchange, match, maxBodyBytes);
    }

    private static JdkHttpServerRequest request(String uri) {
        return request(new FakeExchange("GET", uri, new byte[0]), 1024);
    }

    private static JdkHttpServerRequest withBody(byte[] body, int maxBodyBytes) {
        return request(new FakeExchange("GET", "/profiles/p/addresses/a", body), maxBodyBytes);
    }

    @Test
    void exposesMethodRawPathAndTemplate() {
        JdkHttpServerRequest request = request("/profiles/a%20b/addresses/x?q=1");

        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.path()).isEqualTo("/profiles/a%20b/addresses/x");
        assertThat(request.routeTemplate()).isEqualTo(TEMPLATE);
    }

    @Test
    void pathParamsAreDecoded() {
        JdkHttpServerRequest request = request("/profiles/a%20b/addresses/%E2%98%83");

        assertThat(request.pathParam("id")).isEqualTo("a b");
        assertThat(request.pathParam("addressId")).isEqualTo("\u2603");
        assertThat(request.pathParam("nope")).isNull();
    }

    @Test
    void queryParamReturnsFirstValue() {
        JdkHttpServerRequest request = request("/profiles/p/addresses/a?tag=x&tag=y&page=2");

        assertThat(request.queryParam("tag")).isEqualTo("x");
        assertThat(request.queryParam("page")).isEqualTo("2");
        assertThat(request.queryParam("missing")).isNull();
    }

    @Test
    void queryParamsReturnsEveryValueInOrder() {
        JdkHttpServerRequest request = request("/profiles/p/addresses/a?tag=x&page=1&tag=y&tag=z");

        assertThat(request.queryParams("tag")).containsExactly("x", "y", "z");
        assertThat(request.queryParams("missing")).isEmpty();
    }

    @Test
    void queryIsFormDecoded() {
        JdkHttpServerRequest request = request("/profiles/p/addresses/a?q=a+b%20c&%E2%98%83=snow%2Fman");

        assertThat(request.queryParam("q")).isEqualTo("a b c");
        assertThat(request.queryParam("\u2603")).isEqualTo("snow/man");
    }

    @Test
    void nameWithoutEqualsHasEmptyValueAndEmptyPairsAreSkipped() {
        JdkHttpServerRequest request = request("/profiles/p/addresses/a?&flag&&x=&y=1=2");

        assertThat(request.queryParams("flag")).containsExactly("");
        assertThat(request.queryParam("x")).isEmpty();
        assertThat(request.queryParam("y")).isEqualTo("1=2");
        assertThat(request.queryParams("")).isEmpty();
    }

    @Test
    void noQueryMeansNoParams() {
        assertThat(request("/profiles/p/addresses/a").queryParam("q")).isNull();
        assertThat(request("/profiles/p/addresses/a?").queryParams("q")).isEmpty();
    }

    @Test
    void headersAreCaseInsensitive() {
        FakeExchange exchange = new FakeExchange("GET", "/profiles/p/addresses/a", new byte[0]);
        exchange.getRequestHeaders().add("X-Request-Id", "r1");
        exchange.getRequestHeaders().add("Accept", "a/b");
        exchange.getRequestHeaders().add("Accept", "c/d");
        JdkHttpServerRequest request = request(exchange, 10);

        assertThat(request.header("x-request-id")).isEqualTo("r1");
        assertThat(request.header("ACCEPT")).isEqualTo("a/b");
        assertThat(request.headers("accept")).containsExactly("a/b", "c/d");
        assertThat(request.header("missing")).isNull();
        assertThat(request.headers("missing")).isEmpty();
    }

    @Test
    void readsBodyOnceAndCachesIt() {
        FakeExchange exchange = new FakeExchange("GET", "/profiles/p/addresses/a", "{}".getBytes(UTF_8));
        JdkHttpServerRequest request = request(exchange, 10);

        assertThat(request.body()).isEqualTo("{}".getBytes(UTF_8));
        assertThat(request.body()).isSameAs(request.body());
        assertThat(exchange.bodyReads).isEqualTo(1);
    }

    @Test
    void emptyBodyIsEmptyArray() {
        assertThat(withBody(new byte[0], 10).body()).isEmpty();
    }

    @Test
    void bodyExactlyAtTheLimitIsAccepted() {
        assertThat(withBody(new byte[10], 10).body()).hasSize(10);
    }

    @Test
    void bodyOneByteOverTheLimitIs413() {
        HttpStatusException e = catchThrowableOfType(HttpStatusException.class, () -> withBody(new byte[11], 10).body());

        assertThat(e).isNotNull();
        assertThat(e.status()).isEqualTo(413);
        assertThat(e).hasMessage("request body is larger than 10 bytes");
    }

    @Test
    void zeroLimitAcceptsOnlyAnEmptyBody() {
        assertThat(withBody(new byte[0], 0).body()).isEmpty();
        assertThat(catchThrowableOfType(HttpStatusException.class, () -> withBody(new byte[1], 0).body()).status())
                .isEqualTo(413);
    }

    @Test
    void declaredContentLengthOverTheLimitIs413WithoutReading() {
        FakeExchange exchange = new FakeExchange("GET", "/profiles/p/addresses/a", new byte[5]);
        exchange.getRequestHeaders().add("Content-Length", "11");

        HttpStatusException e = catchThrowableOfType(HttpStatusException.class, () -> request(exchange, 10).body());

        assertThat(e.status()).isEqualTo(413);
        assertThat(exchange.bodyReads).isZero();
    }

    @Test
    void understatedContentLengthIsStillCapped() {
        FakeExchange exchange = new FakeExchange("GET", "/profiles/p/addresses/a", new byte[50]);
        exchange.getRequestHeaders().add("Content-Length", "5");

        HttpStatusException e = catchThrowableOfType(HttpStatusException.class, () -> request(exchange, 10).body());

        assertThat(e.status()).isEqualTo(413);
    }

    @Test
    void unparsableContentLengthFallsBackToReading() {
        FakeExchange exchange = new FakeExchange("GET", "/profiles/p/addresses/a", new byte[3]);
        exchange.getRequestHeaders().add("Content-Length", "lots");

        assertThat(request(exchange, 10).body()).hasSize(3);
    }
}
