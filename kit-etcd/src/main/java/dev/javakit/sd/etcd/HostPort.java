package dev.javakit.sd.etcd;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;

/** The {@code host:port} form an instance is registered under, and the URI clients call it at. */
final class HostPort {

    private HostPort() {
    }

    /**
     * Returns {@code hostPort} when it reads as a host (a name, an IPv4 address or a bracketed IPv6
     * one) and a port from 1 to 65535; throws {@link IllegalArgumentException} otherwise.
     */
    static String check(String hostPort) {
        uri("http", hostPort);
        return hostPort;
    }

    /** Returns {@code scheme://hostPort}, or throws {@link IllegalArgumentException} when it is not one. */
    static URI uri(String scheme, String hostPort) {
        try {
            URI uri = new URI(scheme + "://" + hostPort);
            if (uri.getHost() != null && uri.getPort() >= 1 && uri.getPort() <= 65535 && uri.getRawUserInfo() == null
                    && uri.getRawAuthority().equals(hostPort) && uri.getRawPath().isEmpty()) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // answered below
        }
        throw new IllegalArgumentException("not a host:port: " + hostPort);
    }

    /**
     * Returns the {@code host:port} others reach a server bound to {@code bound} at: its address,
     * or, bound to every interface, this machine's name, which its peers resolve.
     */
    static String of(InetSocketAddress bound) throws UnknownHostException {
        InetAddress address = bound.getAddress();
        String host;
        if (address.isAnyLocalAddress()) {
            host = InetAddress.getLocalHost().getHostName();
        } else if (address.getAddress().length == 16) {
            host = "[" + address.getHostAddress() + "]";
        } else {
            host = address.getHostAddress();
        }
        return host + ":" + bound.getPort();
    }
}
