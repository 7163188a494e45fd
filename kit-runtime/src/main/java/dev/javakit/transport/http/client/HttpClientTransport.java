package dev.javakit.transport.http.client;

import dev.javakit.context.Context;
import dev.javakit.errors.ErrorIdentity;
import dev.javakit.json.JsonCodec;
import dev.javakit.json.JsonDecodeException;
import dev.javakit.json.JsonReader;
import dev.javakit.transport.Delivery;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Sends the requests of generated HTTP clients to one instance over {@code java.net.http.HttpClient},
 * like Go kit's {@code httptransport.Client}: applies the timeout and the hooks, decodes the JSON
 * answer, and turns error answers into the method's exceptions ({@link ClientErrors}).
 *
 * <pre>{@code
 * ProfileService profiles = ProfileServiceHttpClient.endpoints(
 *         HttpClientTransport.builder(URI.create("http://localhost:8080")).timeout(Duration.ofSeconds(2)).build());
 * }</pre>
 *
 * <p>It makes no retry of its own: spreading calls over several instances and retrying belong to
 * {@code dev.javakit.sd.lb}, as Go kit keeps {@code sd/lb} apart from its transports. A failure says
 * how far the call got ({@link HttpClientException#delivery()}), so that a retry can tell a
 * request that never left from one that may have been processed.
 */
public final class HttpClientTransport {

    private static final String JSON = "application/json; charset=utf-8";

    private final HttpClient http;
    private final String baseUri;
    private final Duration timeout;
    private final List<ClientBefore> before;
    private final List<ClientAfter> after;
    private final JsonCodec json;
    private final JsonReader<Map<String, Object>> errorBody;

    private HttpClientTransport(Builder builder, HttpClient http, URI baseUri) {
        this.http = http;
        this.baseUri = baseUri == null ? null : stripTrailingSlash(baseUri.toString());
        this.timeout = builder.timeout;
        this.before = List.copyOf(builder.before);
        this.after = List.copyOf(builder.after);
        this.json = builder.json;
        this.errorBody = json.reader(new tools.jackson.core.type.TypeReference<Map<String, Object>>() { });
    }

    /** Returns a builder of a transport to the instance at {@code baseUri}, such as {@code http://10.0.0.7:8080}. */
    public static Builder builder(URI baseUri) {
        return new Builder(Objects.requireNonNull(baseUri, "baseUri"));
    }

    /**
     * Returns a builder of transports to instances named later ({@link Builder#build(URI)}), all
     * sharing one connection pool: what a load balancer's factory uses.
     */
    public static Builder builder() {
        return new Builder(null);
    }

    /** Returns the codec request and response records are written and read with. */
    public JsonCodec json() {
        return json;
    }

    /**
     * Sends {@code request} once and returns the decoded answer, giving it the configured timeout or
     * what is left of the context's deadline, whichever is shorter.
     *
     * @throws Exception the method's declared exception the server answered, or an
     *     {@link HttpClientException} for any other answer or for none
     */
    public <Resp> Resp call(Context ctx, ClientRequest request, JsonReader<Resp> response, ClientErrors errors)
            throws Exception {
        Duration callTimeout = timeout;
        Duration remaining = ctx.remaining();
        if (remaining != null) {
            if (remaining.isNegative() || remaining.isZero()) {
                throw HttpClientException.timedOut(request.describe(), Delivery.NOT_DELIVERED, null);
            }
            callTimeout = remaining.compareTo(timeout) < 0 ? remaining : timeout;
        }
        if (baseUri == null) {
            throw HttpClientException.notDelivered(request.describe(),
                    new IllegalStateException("this transport was built without an instance"));
        }
        URI target = URI.create(baseUri + request.target());
        String call = request.method() + " " + target;
        HttpResponse<byte[]> answer;
        try {
            answer = http.send(httpRequest(ctx, request, target, callTimeout), HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw HttpClientException.notDelivered(call, e);
        } catch (HttpTimeoutException e) {
            throw HttpClientException.timedOut(call, Delivery.NO_ANSWER, e);
        } catch (IOException e) {
            throw HttpClientException.noAnswer(call, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw HttpClientException.noAnswer(call, e);
        }
        for (ClientAfter hook : after) {
            hook.apply(ctx, answer);
        }
        return decode(call, answer, response, errors);
    }

    private HttpRequest httpRequest(Context ctx, ClientRequest request, URI target, Duration callTimeout) {
        byte[] body = request.body();
        HttpRequest.Builder builder = HttpRequest.newBuilder(target)
                .timeout(callTimeout)
                .header("Accept", "application/json")
                .method(request.method(), body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null) {
            builder.header("Content-Type", JSON);
        }
        for (String[] header : request.headers()) {
            builder.header(header[0], header[1]);
        }
        for (ClientBefore hook : before) {
            hook.apply(ctx, builder);
        }
        return builder.build();
    }

    private <Resp> Resp decode(String call, HttpResponse<byte[]> answer, JsonReader<Resp> response, ClientErrors errors)
            throws Exception {
        int status = answer.statusCode();
        byte[] body = answer.body();
        if (status >= 200 && status < 300) {
            try {
                return response.read(body);
            } catch (JsonDecodeException e) {
                throw HttpClientException.unexpectedResponse(call, status, text(body),
                        " with a body that is not the JSON expected (" + e.getMessage() + ")");
            }
        }
        Exception declared = errors.decode(answer.headers().firstValue(ErrorIdentity.HEADER).orElse(null), status,
                errorMessage(body));
        if (declared != null) {
            throw declared;
        }
        throw HttpClientException.unexpectedResponse(call, status, text(body), "");
    }

    /** Returns the {@code "error"} field of a JSON error body, or {@code null}. */
    private String errorMessage(byte[] body) {
        try {
            Map<String, Object> fields = errorBody.read(body);
            return fields != null && fields.get("error") instanceof String message ? message : null;
        } catch (JsonDecodeException e) {
            return null;
        }
    }

    private static String text(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }

    private static String stripTrailingSlash(String uri) {
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }

    /** Configures an {@link HttpClientTransport}. */
    public static final class Builder {

        private final URI baseUri;
        private Duration timeout = Duration.ofSeconds(10);
        private HttpClient http;
        private final List<ClientBefore> before = new ArrayList<>();
        private final List<ClientAfter> after = new ArrayList<>();
        private JsonCodec json = JsonCodec.standard();

        private Builder(URI baseUri) {
            this.baseUri = baseUri;
        }

        /**
         * Gives each call at most {@code timeout} (less when its context's deadline is nearer), and
         * each connection as long to open; 10 s by default.
         */
        public Builder timeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive: " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /** Sends with {@code http}, for its own executor, proxy or TLS settings; HTTP/1.1 by default. */
        public Builder httpClient(HttpClient http) {
            this.http = Objects.requireNonNull(http, "http");
            return this;
        }

        /** Adds a hook run before each request is sent. */
        public Builder before(ClientBefore hook) {
            before.add(Objects.requireNonNull(hook, "hook"));
            return this;
        }

        /** Adds a hook run after each response arrives. */
        public Builder after(ClientAfter hook) {
            after.add(Objects.requireNonNull(hook, "hook"));
            return this;
        }

        /** Writes and reads records with {@code json}; the standard codec by default. */
        public Builder json(JsonCodec json) {
            this.json = Objects.requireNonNull(json, "json");
            return this;
        }

        /**
         * Returns the transport to the instance this builder was created for; from a builder created
         * without one ({@link #builder()}), a transport whose every call fails undelivered, which
         * gives a load-balanced client's endpoint set its shape
         * ({@code dev.javakit.sd.lb.LoadBalancer#endpoints}).
         */
        public HttpClientTransport build() {
            return baseUri == null ? new HttpClientTransport(this, client(), null) : build(baseUri);
        }

        /**
         * Returns a transport to the instance at {@code baseUri}; the transports one builder returns
         * share its {@code HttpClient}, so a balancer's hundred instances do not cost a hundred
         * connection pools and selector threads.
         */
        public HttpClientTransport build(URI baseUri) {
            return new HttpClientTransport(this, client(), Objects.requireNonNull(baseUri, "baseUri"));
        }

        private synchronized HttpClient client() {
            if (http == null) {
                http = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(timeout)
                        .build();
            }
            return http;
        }
    }
}
