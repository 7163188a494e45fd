package dev.javakit.sample.profilesvc;

import dev.javakit.transport.http.HttpServer;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the profile service over HTTP, wired layer by layer like Go kit's {@code cmd/profilesvc}:
 * business logic, service middlewares, endpoints, transport.
 *
 * <pre>java -jar sample-profile-service.jar [--http.addr=HOST:PORT]</pre>
 */
public final class ProfileServiceMain {

    private static final Logger log = LoggerFactory.getLogger("profilesvc");

    private ProfileServiceMain() {
    }

    /** Starts the service and stops it cleanly on Ctrl-C or SIGTERM. */
    public static void main(String[] args) throws IOException {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("profilesvc: " + e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(Options.USAGE);
            return;
        }
        HttpServer server = start(options.httpAddr());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(Duration.ofSeconds(5)), "shutdown"));
    }

    /** Wires the service and starts serving it on {@code httpAddr}, such as {@code ":8080"}. */
    static HttpServer start(String httpAddr) throws IOException {
        ProfileService service = new InMemoryProfileService();
        service = new AlertingProfileService(service, alert -> log.warn("alert: {}", alert));

        ProfileServiceEndpoints endpoints = ProfileServiceEndpoints.of(service);

        return HttpServer.builder()
                .address(httpAddr)
                .routes(ProfileServiceHttpRoutes.of(endpoints))
                .build()
                .start();
    }
}
