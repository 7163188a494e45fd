package dev.javakit.transport.http;

import dev.javakit.wire.PathTemplate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Finds the route for a method and path: a tree of path segments in which literal segments are
 * tried before placeholders, so {@code /profiles/me} wins over {@code /profiles/{id}}.
 *
 * <p>The answer is a value, {@link Match} or {@link Miss}: a path that matches a template under
 * other methods only is a 405 naming the allowed methods, a path that matches no template a 404,
 * an undecodable path a 400. {@code HEAD} is served by the {@code GET} route of a path that has
 * no {@code HEAD} route of its own, and every routed path allows {@code OPTIONS}. The tree is
 * built once and read without locks.
 */
final class Router {

    /** What {@link #match} found. */
    sealed interface Result permits Match, Miss {
    }

    /**
     * A matched route with its path parameters, percent-decoded, in template order, and whether it
     * is answered on the event loop ({@link HttpRoutes#nonBlocking()}).
     */
    record Match(HttpRoute route, PathTemplate template, String[] paramValues, boolean nonBlocking) implements Result {

        String param(String name) {
            List<String> names = template.placeholders();
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).equals(name)) {
                    return paramValues[i];
                }
            }
            return null;
        }
    }

    /**
     * No route: a status (400, 404 or 405), a message safe to show the client and, for a 405, the
     * methods the path does allow, sorted.
     */
    record Miss(int status, String message, Set<String> allowed) implements Result {

        /** Returns the miss as the error the server's error encoding answers. */
        HttpStatusException toException() {
            return allowed.isEmpty()
                    ? new HttpStatusException(status, message)
                    : new HttpStatusException(status, message, Map.of("Allow", String.join(", ", allowed)));
        }
    }

    private record Entry(HttpRoute route, PathTemplate template, boolean nonBlocking) {
    }

    private static final class Node {
        final Map<String, Node> literals = new HashMap<>();
        Node placeholder;
        final Map<String, Entry> byMethod = new TreeMap<>();
    }

    private final Node root = new Node();
    private final List<HttpRoute> routes = new ArrayList<>();
    private final Set<String> methods = new TreeSet<>(Set.of("OPTIONS"));
    private int maxParams;

    /**
     * Adds a route answered on handler threads.
     *
     * @throws IllegalArgumentException if the template is malformed or the method and template
     *     are already routed
     */
    void add(HttpRoute route) {
        add(route, false);
    }

    /**
     * Adds a route, answered on the event loop when {@code nonBlocking}.
     *
     * @throws IllegalArgumentException if the template is malformed or the method and template
     *     are already routed
     */
    void add(HttpRoute route, boolean nonBlocking) {
        PathTemplate template = PathTemplate.parse(route.pathTemplate());
        Node node = root;
        for (PathTemplate.Segment segment : template.segments()) {
            if (segment.isPlaceholder()) {
                if (node.placeholder == null) {
                    node.placeholder = new Node();
                }
                node = node.placeholder;
            } else {
                node = node.literals.computeIfAbsent(segment.literal(), literal -> new Node());
            }
        }
        Entry previous = node.byMethod.putIfAbsent(route.method(), new Entry(route, template, nonBlocking));
        if (previous != null) {
            throw new IllegalArgumentException("two routes for " + route.method() + " " + template.text()
                    + ": " + previous.route().endpoint() + " and " + route.endpoint());
        }
        routes.add(route);
        methods.addAll(withImplied(Set.of(route.method())));
        maxParams = Math.max(maxParams, template.placeholders().size());
    }

    /** Returns the routes in the order they were added. */
    List<HttpRoute> routes() {
        return List.copyOf(routes);
    }

    /** Returns every method some route allows, sorted: what {@code OPTIONS *} answers. */
    Set<String> methods() {
        return Collections.unmodifiableSet(methods);
    }

    /** Returns the route for {@code method} and the raw (still percent-encoded) {@code path}. */
    Result match(String method, String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return new Miss(404, "no route for " + rawPath, Set.of());
        }
        List<String> segments = PathSegments.split(rawPath);
        for (int i = 0; i < segments.size(); i++) {
            try {
                segments.set(i, PathSegments.decode(segments.get(i)));
            } catch (IllegalArgumentException e) {
                return new Miss(400, e.getMessage(), Set.of());
            }
        }
        Search search = new Search(method, segments, maxParams);
        if (search.find(root, 0, 0)) {
            return search.match;
        }
        if (search.allowed != null) {
            return new Miss(405, "method " + method + " is not allowed on " + rawPath, withImplied(search.allowed));
        }
        return new Miss(404, "no route for " + rawPath, Set.of());
    }

    /** Adds what the server answers by itself: {@code HEAD} wherever there is {@code GET}, and {@code OPTIONS}. */
    private static Set<String> withImplied(Set<String> routed) {
        TreeSet<String> allowed = new TreeSet<>(routed);
        if (allowed.contains("GET")) {
            allowed.add("HEAD");
        }
        allowed.add("OPTIONS");
        return Collections.unmodifiableSet(allowed);
    }

    /** One depth-first search, literal branches first, backtracking into placeholders. */
    private static final class Search {
        final String method;
        final List<String> segments;
        final String[] values;
        Match match;
        TreeSet<String> allowed;

        Search(String method, List<String> segments, int maxParams) {
            this.method = method;
            this.segments = segments;
            this.values = new String[maxParams];
        }

        boolean find(Node node, int index, int paramCount) {
            if (index == segments.size()) {
                if (node.byMethod.isEmpty()) {
                    return false;
                }
                Entry entry = node.byMethod.get(method);
                if (entry == null && method.equals("HEAD")) {
                    entry = node.byMethod.get("GET");
                }
                if (entry != null) {
                    match = new Match(entry.route(), entry.template(), Arrays.copyOf(values, paramCount), entry.nonBlocking());
                    return true;
                }
                if (allowed == null) {
                    allowed = new TreeSet<>();
                }
                allowed.addAll(node.byMethod.keySet());
                return false;
            }
            String segment = segments.get(index);
            Node literal = node.literals.get(segment);
            if (literal != null && find(literal, index + 1, paramCount)) {
                return true;
            }
            if (node.placeholder != null && !segment.isEmpty() && paramCount < values.length) {
                values[paramCount] = segment;
                return find(node.placeholder, index + 1, paramCount + 1);
            }
            return false;
        }
    }
}
