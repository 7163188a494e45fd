package dev.javakit.sd.etcd;

import io.etcd.jetcd.Client;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The addresses of an etcd cluster's members, as a flag gives them: {@code http://host:port[,...]}. */
public final class EtcdEndpoints {

    private EtcdEndpoints() {
    }

    /**
     * Reads a comma-separated list of {@code http://host:port} or {@code https://host:port}
     * addresses; throws {@link IllegalArgumentException} naming the one it cannot read.
     */
    public static List<URI> parse(String commaSeparated) {
        List<URI> endpoints = new ArrayList<>();
        for (String part : commaSeparated.split(",", -1)) {
            endpoints.add(endpoint(part.trim()));
        }
        return List.copyOf(endpoints);
    }

    /** Returns a jetcd client of the cluster at {@code endpoints}; it connects on its first call. */
    static Client connect(List<URI> endpoints) {
        return Client.builder().endpoints(endpoints.toArray(URI[]::new)).build();
    }

    /** Returns a copy of {@code endpoints} when each is {@code http(s)://host:port} and there is one at least. */
    static List<URI> check(List<URI> endpoints) {
        if (endpoints.isEmpty()) {
            throw new IllegalArgumentException("at least one etcd endpoint is needed");
        }
        endpoints.forEach(endpoint -> endpoint(endpoint.toString()));
        return List.copyOf(endpoints);
    }

    /** Returns {@code prefix} when it is a key prefix of the form {@code /services/profilesvc/}. */
    static String checkPrefix(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        if (!prefix.startsWith("/") || !prefix.endsWith("/") || prefix.length() < 3) {
            throw new IllegalArgumentException("the key prefix must start and end with '/', such as /services/profilesvc/: "
                    + prefix);
        }
        return prefix;
    }

    private static URI endpoint(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not an etcd endpoint (http://host:port): " + text);
        }
        boolean schemeKnown = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
        boolean bare = uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/");
        if (!schemeKnown || uri.getHost() == null || uri.getPort() < 1 || !bare
                || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("not an etcd endpoint (http://host:port): " + text);
        }
        return uri;
    }
}
