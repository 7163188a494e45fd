package dev.javakit.transport.http.client;

import dev.javakit.context.Context;
import dev.javakit.errors.ErrorIdentity;
import dev.javakit.json.JsonCodec;
import dev.javakit.json.JsonDecodeException;
import dev.javakit.json.JsonReader;
import dev.javakit.sd.Balancer;
import dev.javakit.sd.Instancer;
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
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sends the requests of generated HTTP clients over {@code java.net.http.HttpClient}, like Go
 * kit's {@code httptransport.Client}: picks an instance, applies the per-call timeout and the
 * hooks, decodes the JSON answer, and turns error answers into the method's exceptions
 * ({@link ClientErrors}).
 *
 * <pre>{@code
 * ProfileService profiles = ProfileServiceHttpClient.create(
 *         HttpClientTransport.builder(URI.create("http://localhost:8080")).timeout(Duration.ofSeconds(2)).build());
 * }</pre>
 *
 * <p>With several instances ({@link #builder(Instancer)}), a request that could not be delivered
 * (connection refused) goes to another instance, and so does an idempotent one whose connection
 * failed on the way; a request that timed out is not repeated. All attempts of a call share its
 * timeout. An instance whose connection failed is left out of the balance for a while
 * ({@link Builder#failedInstanceCooldown}), so the others share its load evenly meanwhile.
 */
public final class HttpClientTransport {

    private static final String JSON = "application/json; charset=utf-8";

    private final HttpClient http;
    private final Instancer instances;
    private final Balancer balancer;
    private final int maxAttempts;
    private final Duration timeout;
    private final long cooldownNanos;
    /** When each recently failed instance may be picked again, on the {@link System#nanoTime()} clock. */
    private final Map<URI, Long> failedUntil = new ConcurrentHashMap<>();
    private final List<ClientBefore> before;
    private final List<ClientAfter> after;
    private final JsonCodec json;
    private final JsonReader<Map<String, Object>> errorBody;

    private HttpClientTransport(Builder builder) {
        this.http = builder.http != null ? builder.http : HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(builder.timeout)
                .build();
        this.instances = builder.instances;
        this.balancer = builder.balancer;
        this.maxAttempts = builder.maxAttempts;
        this.timeout = builder.timeout;
        this.cooldownNanos = builder.cooldown.toNanos();
        this.before = List.copyOf(builder.before);
        this.after = List.copyOf(builder.after);
        this.json = builder.json;
        this.errorBody = json.reader(new tools.jackson.core.type.TypeReference<Map<String, Object>>() { });
    }

    /** Returns a builder of a transport to one instance. */
    public static Builder builder(URI baseUri) {
        return new Builder(Instancer.fixed(baseUri));
    }

    /** Returns a builder of a transport balancing over the instances {@code instances} lists. */
    public static Builder builder(Instancer instances) {
        return new Builder(instances);
    }

    /** Returns the codec request and response records are written and read with. */
    public JsonCodec json() {
        return json;
    }

    /**
     * Sends {@code request} and returns the decoded answer.
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
                throw HttpClientException.timedOut(request.describe(), null);
            }
            callTimeout = remaining.compareTo(timeout) < 0 ? remaining : timeout;
        }
        long deadline = System.nanoTime() + callTimeout.toNanos();
        List<URI> tried = new ArrayList<>(2);
        HttpClientException lastFailure = null;
        for (int attempt = 0; attempt < maxAttempts; attempt++) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw HttpClientException.timedOut(request.describe(), lastFailure);
            }
            URI instance = pick(tried);
            tried.add(instance);
            URI target = URI.create(stripTrailingSlash(instance.toString()) + request.target());
            String call = request.method() + " " + target;
            HttpResponse<byte[]> answer;
            try {
                answer = http.send(httpRequest(ctx, request, target, Duration.ofNanos(left)),
                        HttpResponse.BodyHandlers.ofByteArray());
            } catch (HttpConnectTimeoutException | ConnectException e) {
                // Never delivered: any request may go to another instance.
                lastFailure = failed(instance, call, e);
                continue;
            } catch (HttpTimeoutException e) {
                throw HttpClientException.timedOut(call, e);
            } catch (IOException e) {
                lastFailure = failed(instance, call, e);
                if (request.idempotent()) {
                    continue;
                }
                throw lastFailure;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw HttpClientException.noAnswer(call, e);
            }
            if (!failedUntil.isEmpty()) {
                failedUntil.remove(instance);
            }
            for (ClientAfter hook : after) {
                hook.apply(ctx, answer);
            }
            return decode(call, answer, response, errors);
        }
        throw lastFailure;
    }

    private HttpClientException failed(URI instance, String call, IOException e) {
        failedUntil.put(instance, System.nanoTime() + cooldownNanos);
        return HttpClientException.noAnswer(call, e);
    }

    /** Picks among the instances not tried yet in this call, leaving out those that failed lately unless none is left. */
    private URI pick(List<URI> tried) {
        List<URI> all = instances.instances();
        if (all.isEmpty()) {
            throw HttpClientException.noAnswer("picking an instance", new IllegalStateException("no instance"));
        }
        List<URI> candidates = all;
        if (!tried.isEmpty() || !failedUntil.isEmpty()) {
            long now = System.nanoTime();
            List<URI> untried = all.stream().filter(instance -> !tried.contains(instance)).toList();
            List<URI> healthy = untried.stream().filter(instance -> !isCoolingDown(instance, now)).toList();
            candidates = !healthy.isEmpty() ? healthy : !untried.isEmpty() ? untried : all;
        }
        return balancer.pick(candidates);
    }

    private boolean isCoolingDown(URI instance, long now) {
        Long until = failedUntil.get(instance);
        return until != null && until - now > 0;
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

        private final Instancer instances;
        private Balancer balancer = Balancer.roundRobin();
        private int maxAttempts = 3;
        private Duration timeout = Duration.ofSeconds(10);
        private Duration cooldown = Duration.ofSeconds(5);
        private HttpClient http;
        private final List<ClientBefore> before = new ArrayList<>();
        private final List<ClientAfter> after = new ArrayList<>();
        private JsonCodec json = JsonCodec.standard();

        private Builder(Instancer instances) {
            this.instances = Objects.requireNonNull(instances, "instances");
        }

        /** Picks instances with {@code balancer}; round robin by default. */
        public Builder balancer(Balancer balancer) {
            this.balancer = Objects.requireNonNull(balancer, "balancer");
            return this;
        }

        /** Tries at most {@code attempts} instances per call when connections fail; 3 by default. */
        public Builder maxAttempts(int attempts) {
            if (attempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1: " + attempts);
            }
            this.maxAttempts = attempts;
            return this;
        }

        /**
         * Leaves an instance whose connection failed out of the balance for {@code cooldown}, unless
         * every instance is in the same state; 5 s by default, zero to always try it again.
         */
        public Builder failedInstanceCooldown(Duration cooldown) {
            if (cooldown.isNegative()) {
                throw new IllegalArgumentException("cooldown must not be negative: " + cooldown);
            }
            this.cooldown = cooldown;
            return this;
        }

        /**
         * Gives each call at most {@code timeout}, all attempts included (less when its context's
         * deadline is nearer); 10 s by default.
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

        /** Returns the transport. */
        public HttpClientTransport build() {
            return new HttpClientTransport(this);
        }
    }
}
