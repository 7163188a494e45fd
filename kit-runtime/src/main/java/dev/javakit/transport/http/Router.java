package dev.javakit.transport.http;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Finds the route for a method and path: a tree of path segments in which literal segments are
 * tried before placeholders, so {@code /profiles/me} wins over {@code /profiles/{id}}.
 *
 * <p>A path that matches a template under another method is a 405 naming the allowed methods; a
 * path that matches no template is a 404. The tree is built once and read without locks.
 */
final class Router {

    /** A matched route with its path parameters, percent-decoded, in template order. */
    record Match(HttpRoute route, PathTemplate template, String[] paramValues) {

        String param(String name) {
            List<String> names = template.paramNames();
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).equals(name)) {
                    return paramValues[i];
                }
            }
            return null;
        }
    }

    private record Entry(HttpRoute route, PathTemplate template) {
    }

    private static final class Node {
        final Map<String, Node> literals = new HashMap<>();
        Node placeholder;
        final Map<String, Entry> byMethod = new TreeMap<>();
    }

    private final Node root = new Node();
    private final List<HttpRoute> routes = new ArrayList<>();
    private int maxParams;

    /**
     * Adds a route.
     *
     * @throws IllegalArgumentException if the template is malformed or the method and template
     *     are already routed
     */
    void add(HttpRoute route) {
        PathTemplate template = PathTemplate.parse(route.pathTemplate());
        Node node = root;
        for (PathTemplate.Segment segment : template.segments()) {
            if (segment.isParam()) {
                if (node.placeholder == null) {
                    node.placeholder = new Node();
                }
                node = node.placeholder;
            } else {
                node = node.literals.computeIfAbsent(segment.literal(), literal -> new Node());
            }
        }
        Entry previous = node.byMethod.putIfAbsent(route.method(), new Entry(route, template));
        if (previous != null) {
            throw new IllegalArgumentException("two routes for " + route.method() + " " + template.text()
                    + ": " + previous.route().endpoint() + " and " + route.endpoint());
        }
        routes.add(route);
        maxParams = Math.max(maxParams, template.paramNames().size());
    }

    /** Returns the routes in the order they were added. */
    List<HttpRoute> routes() {
        return List.copyOf(routes);
    }

    /**
     * Returns the route for {@code method} and the raw (still percent-encoded) {@code path}.
     *
     * @throws HttpStatusException 404 when no template matches, 405 (with {@code Allow}) when
     *     templates match under other methods only, 400 when the path is not decodable
     */
    Match match(String method, String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            throw new HttpStatusException(404, "no route for " + rawPath);
        }
        List<String> segments = PathSegments.split(rawPath);
        for (int i = 0; i < segments.size(); i++) {
            try {
                segments.set(i, PathSegments.decode(segments.get(i)));
            } catch (IllegalArgumentException e) {
                throw new HttpStatusException(400, e.getMessage(), e);
            }
        }
        Search search = new Search(method, segments, maxParams);
        if (search.find(root, 0, 0)) {
            return search.match;
        }
        if (search.allowed != null) {
            throw new HttpStatusException(405, "method " + method + " is not allowed on " + rawPath,
                    Map.of("Allow", String.join(", ", search.allowed)));
        }
        throw new HttpStatusException(404, "no route for " + rawPath);
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
                if (entry != null) {
                    match = new Match(entry.route(), entry.template(), Arrays.copyOf(values, paramCount));
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
