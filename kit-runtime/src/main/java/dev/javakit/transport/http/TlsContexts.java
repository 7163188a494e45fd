package dev.javakit.transport.http;

import io.netty.handler.codec.http2.Http2SecurityUtil;
import io.netty.handler.ssl.ApplicationProtocolConfig;
import io.netty.handler.ssl.ApplicationProtocolNames;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import io.netty.handler.ssl.SupportedCipherSuiteFilter;
import java.nio.file.Path;
import javax.net.ssl.SSLException;

/** Builds the server's TLS context from PEM files, with ALPN offering {@code h2} before {@code http/1.1}. */
final class TlsContexts {

    private TlsContexts() {
    }

    /**
     * Returns a server context for a certificate chain and a PKCS#8 private key, both PEM.
     *
     * @throws IllegalArgumentException if either file cannot be read as such
     */
    static SslContext server(Path certificateChain, Path privateKey, boolean http2) {
        String[] protocols = http2
                ? new String[] {ApplicationProtocolNames.HTTP_2, ApplicationProtocolNames.HTTP_1_1}
                : new String[] {ApplicationProtocolNames.HTTP_1_1};
        try {
            return SslContextBuilder.forServer(certificateChain.toFile(), privateKey.toFile())
                    .sslProvider(SslProvider.JDK)
                    // HTTP/2 forbids the older cipher suites (RFC 9113, appendix A).
                    .ciphers(Http2SecurityUtil.CIPHERS, SupportedCipherSuiteFilter.INSTANCE)
                    .applicationProtocolConfig(new ApplicationProtocolConfig(
                            ApplicationProtocolConfig.Protocol.ALPN,
                            ApplicationProtocolConfig.SelectorFailureBehavior.NO_ADVERTISE,
                            ApplicationProtocolConfig.SelectedListenerFailureBehavior.ACCEPT,
                            protocols))
                    .build();
        } catch (SSLException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot use " + certificateChain + " and " + privateKey
                    + " for TLS (PEM certificate chain and PKCS#8 PEM private key expected): " + e.getMessage(), e);
        }
    }
}
