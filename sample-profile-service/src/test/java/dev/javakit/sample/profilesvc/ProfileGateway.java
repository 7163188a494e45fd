package dev.javakit.sample.profilesvc;

import dev.javakit.opentelemetry.ClientTracingMiddleware;
import dev.javakit.opentelemetry.HttpTracing;
import dev.javakit.opentelemetry.ServerTracingMiddleware;
import dev.javakit.opentelemetry.TracingSdk;
import dev.javakit.transport.http.HttpServer;
import dev.javakit.transport.http.client.HttpClientTransport;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;

/**
 * A second service in front of the profile service, as Go kit's {@code apigateway} example is: it
 * serves the profile API by calling a profile service over the generated HTTP client, both sides
 * traced, so that one call crosses two services. Run by {@link TraceInZipkinIT} in its own JVM:
 *
 * <pre>ProfileGateway HTTP_ADDR BACKEND_URL ZIPKIN_URL</pre>
 *
 * <p>Prints {@code listening PORT} once it serves, and stops on SIGTERM after sending its spans.
 */
public final class ProfileGateway {

    private ProfileGateway() {
    }

    /** Starts the gateway. */
    public static void main(String[] args) throws IOException {
        OpenTelemetrySdk openTelemetry = TracingSdk.builder("profilegw").zipkin(URI.create(args[2])).build();
        ProfileServiceEndpoints backend = ProfileServiceHttpClient.endpoints(HttpClientTransport.builder(URI.create(args[1]))
                        .timeout(Duration.ofSeconds(10))
                        .before(HttpTracing.inject(openTelemetry))
                        .build())
                .with(new ClientTracingMiddleware(openTelemetry));
        HttpServer server = HttpServer.builder()
                .address(args[0])
                .before(HttpTracing.extract(openTelemetry))
                .routes(ProfileServiceHttpRoutes.of(ProfileServiceEndpoints.of(backend)
                        .with(new ServerTracingMiddleware(openTelemetry))))
                .build()
                .start();
        server.registerShutdownHook(openTelemetry);
        System.out.println("listening " + server.port());
    }
}
