package dev.javakit.transport.http.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One request a generated client sends: method, path template with its values, query, headers and
 * JSON body, built from a request record the way the server's decoder takes it apart.
 *
 * <p>Values are written as the server's {@code Params} reads them: enums by name, everything else
 * by {@link String#valueOf}. {@code null} query and header values are left out; path values must
 * not be empty.
 */
public final class ClientRequest {

    private final String method;
    private final String pathTemplate;
    private final Map<String, String> pathValues = new LinkedHashMap<>();
    private final List<String[]> query = new ArrayList<>();
    private final List<String[]> headers = new ArrayList<>();
    private byte[] body;

    private ClientRequest(String method, String pathTemplate) {
        this.method = Objects.requireNonNull(method, "method");
        this.pathTemplate = Objects.requireNonNull(pathTemplate, "pathTemplate");
    }

    /** Starts a request on {@code method} and a path template such as {@code /profiles/{id}}. */
    public static ClientRequest of(String method, String pathTemplate) {
        return new ClientRequest(method, pathTemplate);
    }

    /**
     * Fills the placeholder {@code name}.
     *
     * @throws IllegalArgumentException when the value is null or empty: no route would match it
     */
    public ClientRequest path(String name, Object value) {
        String text = value == null ? "" : format(value);
        if (text.isEmpty()) {
            throw new IllegalArgumentException("path parameter '" + name + "' must not be empty");
        }
        pathValues.put(name, text);
        return this;
    }

    /** Adds a query parameter, unless {@code value} is null. */
    public ClientRequest query(String name, Object value) {
        if (value != null) {
            query.add(new String[] {name, format(value)});
        }
        return this;
    }

    /** Adds a query parameter once per value, in order. */
    public ClientRequest queryAll(String name, Collection<?> values) {
        for (Object value : values) {
            query(name, value);
        }
        return this;
    }

    /** Adds a header, unless {@code value} is null. */
    public ClientRequest header(String name, Object value) {
        if (value != null) {
            headers.add(new String[] {name, format(value)});
        }
        return this;
    }

    /** Adds a header once per value, in order. */
    public ClientRequest headerAll(String name, Collection<?> values) {
        for (Object value : values) {
            header(name, value);
        }
        return this;
    }

    /** Sets the JSON body. */
    public ClientRequest body(byte[] json) {
        this.body = Objects.requireNonNull(json, "json");
        return this;
    }

    /** Returns the HTTP method. */
    public String method() {
        return method;
    }

    /** Returns the JSON body, or {@code null} when the request has none. */
    byte[] body() {
        return body;
    }

    /** Returns the headers as name and value pairs. */
    List<String[]> headers() {
        return headers;
    }

    /** Returns {@code METHOD /path/template}, for messages. */
    String describe() {
        return method + " " + pathTemplate;
    }

    /**
     * Returns the path with its placeholders filled and percent-encoded, and the query string.
     *
     * @throws IllegalStateException when a placeholder was not filled
     */
    String target() {
        StringBuilder target = new StringBuilder(pathTemplate.length() + 32);
        int i = 0;
        while (i < pathTemplate.length()) {
            int open = pathTemplate.indexOf('{', i);
            if (open < 0) {
                target.append(pathTemplate, i, pathTemplate.length());
                break;
            }
            int close = pathTemplate.indexOf('}', open);
            String name = pathTemplate.substring(open + 1, close);
            String value = pathValues.get(name);
            if (value == null) {
                throw new IllegalStateException("path parameter '" + name + "' of " + pathTemplate + " was not set");
            }
            target.append(pathTemplate, i, open).append(encodePathSegment(value));
            i = close + 1;
        }
        char separator = '?';
        for (String[] parameter : query) {
            target.append(separator)
                    .append(URLEncoder.encode(parameter[0], StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(parameter[1], StandardCharsets.UTF_8));
            separator = '&';
        }
        return target.toString();
    }

    private static String format(Object value) {
        return value instanceof Enum<?> constant ? constant.name() : String.valueOf(value);
    }

    /** Percent-encodes everything but RFC 3986's unreserved characters, so a segment stays one segment. */
    static String encodePathSegment(String value) {
        StringBuilder encoded = new StringBuilder(value.length() + 8);
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                encoded.append(c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }
}
