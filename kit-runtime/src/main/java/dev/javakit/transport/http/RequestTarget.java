package dev.javakit.transport.http;

/**
 * The target of a request line, split into its raw (still percent-encoded) path and query.
 *
 * <p>Accepts the three forms a server sees (RFC 9112, section 3.2): origin form
 * ({@code /profiles/a?x=1}), absolute form ({@code http://host/profiles/a}, sent to proxies and
 * accepted from anyone) and {@code *} for {@code OPTIONS}. Anything else, a fragment or a character
 * a URI cannot hold, is a 400.
 *
 * @param rawPath the path, {@code "*"} for the asterisk form
 * @param rawQuery the query without its {@code ?}, or {@code null} when there is none
 */
record RequestTarget(String rawPath, String rawQuery) {

    /** The asterisk form: the server as a whole, for {@code OPTIONS *}. */
    static final RequestTarget ASTERISK = new RequestTarget("*", null);

    boolean isAsterisk() {
        return this == ASTERISK;
    }

    /**
     * Parses a request target.
     *
     * @throws HttpStatusException 400 when the target is malformed
     */
    static RequestTarget parse(String target) {
        if (target.equals("*")) {
            return ASTERISK;
        }
        String reference = target;
        if (!reference.startsWith("/")) {
            int scheme = schemeEnd(reference);
            if (scheme < 0) {
                throw HttpStatusException.badRequest("request target must be a path starting with /");
            }
            int pathStart = reference.indexOf('/', scheme + 3);
            int queryStart = reference.indexOf('?', scheme + 3);
            if (queryStart >= 0 && (pathStart < 0 || queryStart < pathStart)) {
                reference = "/" + reference.substring(queryStart);
            } else {
                reference = pathStart < 0 ? "/" : reference.substring(pathStart);
            }
        }
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c <= ' ' || c >= 0x7f || c == '#' || c == '"' || c == '<' || c == '>' || c == '\\'
                    || c == '^' || c == '`' || c == '{' || c == '|' || c == '}') {
                throw HttpStatusException.badRequest("request target has a character that must be percent-encoded");
            }
        }
        int question = reference.indexOf('?');
        return question < 0
                ? new RequestTarget(reference, null)
                : new RequestTarget(reference.substring(0, question), reference.substring(question + 1));
    }

    /** Returns the index of {@code ://} after an http or https scheme, or -1. */
    private static int schemeEnd(String target) {
        int end = target.indexOf("://");
        if (end <= 0) {
            return -1;
        }
        String scheme = target.substring(0, end);
        return scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https") ? end : -1;
    }
}
