package dev.javakit.transport.http;

import io.netty.handler.codec.http.HttpHeaders;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A complete request as the engine read it, HTTP/1.1 or HTTP/2 alike: method, target, headers and
 * a body already within the server's limit. The route is set once the router has matched it.
 */
final class NettyHttpServerRequest implements HttpServerRequest {

    private final String method;
    private final RequestTarget target;
    private final HttpHeaders headers;
    private final byte[] body;
    private final long arrivedNanos;
    private Router.Match match;
    private Map<String, List<String>> query;

    NettyHttpServerRequest(String method, RequestTarget target, HttpHeaders headers, byte[] body, long arrivedNanos) {
        this.method = method;
        this.target = target;
        this.headers = headers;
        this.body = body;
        this.arrivedNanos = arrivedNanos;
    }

    /** Returns when the request's first bytes arrived, in {@link System#nanoTime()} terms. */
    long arrivedNanos() {
        return arrivedNanos;
    }

    RequestTarget target() {
        return target;
    }

    void route(Router.Match match) {
        this.match = match;
    }

    @Override
    public String method() {
        return method;
    }

    @Override
    public String path() {
        return target.rawPath();
    }

    @Override
    public String routeTemplate() {
        return match == null ? null : match.template().text();
    }

    @Override
    public String pathParam(String name) {
        return match == null ? null : match.param(name);
    }

    @Override
    public String queryParam(String name) {
        List<String> values = query().get(name);
        if (values == null) {
            return null;
        }
        if (values.size() > 1) {
            throw HttpStatusException.badRequest(
                    "query parameter '" + name + "' must appear once, not " + values.size() + " times");
        }
        return values.get(0);
    }

    @Override
    public List<String> queryParams(String name) {
        return List.copyOf(query().getOrDefault(name, List.of()));
    }

    @Override
    public String header(String name) {
        return headers.get(name);
    }

    @Override
    public List<String> headers(String name) {
        return List.copyOf(headers.getAll(name));
    }

    @Override
    public byte[] body() {
        return body;
    }

    private Map<String, List<String>> query() {
        if (query == null) {
            query = parseQuery(target.rawQuery());
        }
        return query;
    }

    private static Map<String, List<String>> parseQuery(String raw) {
        if (raw == null || raw.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> parameters = new HashMap<>();
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decodeQueryPart(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decodeQueryPart(pair.substring(equals + 1));
            parameters.computeIfAbsent(name, n -> new ArrayList<>(1)).add(value);
        }
        return parameters;
    }

    private static String decodeQueryPart(String part) {
        try {
            return URLDecoder.decode(part, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new HttpStatusException(400, "malformed percent-encoding in query string", e);
        }
    }
}
