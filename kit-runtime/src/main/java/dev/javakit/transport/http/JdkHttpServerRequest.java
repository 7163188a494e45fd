package dev.javakit.transport.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An {@link HttpServerRequest} over the JDK's {@code com.sun.net.httpserver} exchange. */
final class JdkHttpServerRequest implements HttpServerRequest {

    private static final byte[] NO_BODY = new byte[0];

    private final HttpExchange exchange;
    private final Router.Match match;
    private final int maxBodyBytes;
    private Map<String, List<String>> query;
    private byte[] body;

    JdkHttpServerRequest(HttpExchange exchange, Router.Match match, int maxBodyBytes) {
        this.exchange = exchange;
        this.match = match;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public String method() {
        return exchange.getRequestMethod();
    }

    @Override
    public String path() {
        return exchange.getRequestURI().getRawPath();
    }

    @Override
    public String routeTemplate() {
        return match.template().text();
    }

    @Override
    public String pathParam(String name) {
        return match.param(name);
    }

    @Override
    public String queryParam(String name) {
        List<String> values = query().get(name);
        return values == null ? null : values.get(0);
    }

    @Override
    public List<String> queryParams(String name) {
        return List.copyOf(query().getOrDefault(name, List.of()));
    }

    @Override
    public String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    @Override
    public List<String> headers(String name) {
        List<String> values = exchange.getRequestHeaders().get(name);
        return values == null ? List.of() : List.copyOf(values);
    }

    @Override
    public byte[] body() {
        if (body == null) {
            body = readBody();
        }
        return body;
    }

    private byte[] readBody() {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null && tooLarge(declared)) {
            throw bodyTooLarge();
        }
        // Not closed here: the server reads what is left once the response is ready.
        InputStream in = exchange.getRequestBody();
        try {
            // One byte past the limit tells a body that is exactly at the limit from one above it.
            byte[] bytes = in.readNBytes(maxBodyBytes + 1);
            if (bytes.length > maxBodyBytes) {
                throw bodyTooLarge();
            }
            return bytes.length == 0 ? NO_BODY : bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the request body failed", e);
        }
    }

    private boolean tooLarge(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > maxBodyBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private HttpStatusException bodyTooLarge() {
        return new HttpStatusException(413, "request body is larger than " + maxBodyBytes + " bytes");
    }

    private Map<String, List<String>> query() {
        if (query == null) {
            query = parseQuery(exchange.getRequestURI().getRawQuery());
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
