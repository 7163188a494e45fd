package dev.javakit.sample.profilesvc;

import dev.javakit.apidoc.ApiDocuments;
import dev.javakit.grpc.server.GrpcServer;
import dev.javakit.health.Health;
import dev.javakit.logback.KitLogback;
import dev.javakit.metrics.HttpServerMetrics;
import dev.javakit.metrics.MetricsMiddleware;
import dev.javakit.opentelemetry.GrpcTracing;
import dev.javakit.opentelemetry.HttpTracing;
import dev.javakit.opentelemetry.ServerTracingMiddleware;
import dev.javakit.opentelemetry.TracingSdk;
import dev.javakit.resilience.RateLimiterMiddleware;
import dev.javakit.sd.etcd.EtcdRegistrar;
import dev.javakit.transport.http.HttpResponse;
import dev.javakit.transport.http.HttpRoutes;
import dev.javakit.transport.http.HttpServer;
import dev.javakit.transport.http.ServerLifecycleListener;
import dev.javakit.transport.jsonrpc.JsonRpcHandler;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.io.IOException;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the profile service over REST and JSON-RPC at once, and gRPC with {@code --grpc.addr}, wired
 * layer by layer like the talk's "All the middlewares" slide: business logic, service middlewares,
 * endpoints and their middlewares, transports.
 *
 * <pre>java -jar sample-profile-service.jar [--http.addr=HOST:PORT] [--grpc.addr=HOST:PORT] [--tracing]
 *     [--ratelimit=N] [--threads] [--zipkin.url=URL] [--otlp.endpoint=URL] [--etcd.endpoints=URL,...]
 *     [--etcd.ttl=SECONDS]</pre>
 */
public final class ProfileServiceMain {

    static {
        // SLF4J finds its provider with a ServiceLoader, which opens every jar on the class path:
        // about 25 ms of the first answer's 280 (measured alternately). The sample's is Logback.
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", "ch.qos.logback.classic.spi.LogbackServiceProvider");
            // Named so, SLF4J would say on standard error that it loads it: the service's first line
            // is its "listening" line.
            System.setProperty("slf4j.internal.verbosity", "WARN");
        }
    }

    private static final Logger log = LoggerFactory.getLogger("profilesvc");
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
    /** Where instances register in etcd, one key per instance, and where clients find them. */
    static final String ETCD_PREFIX = "/services/profilesvc/";

    private ProfileServiceMain() {
    }

    /** Starts the service and stops it cleanly on Ctrl-C or SIGTERM; a busy port is one line and exit status 1. */
    public static void main(String[] args) throws IOException {
        Options options;
        try {
            options = Options.parse(System.getenv(), args);
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
        OpenTelemetry openTelemetry = tracing(options);
        HttpServer server;
        try {
            server = start(options, openTelemetry);
        } catch (BindException e) {
            System.err.println("profilesvc: " + e.getMessage());
            KitLogback.stop();
            System.exit(1);
            return;
        }
        // On SIGTERM: answer what has been read, then flush the spans, then the log lines.
        server.registerShutdownHook(() -> {
            if (openTelemetry instanceof OpenTelemetrySdk sdk) {
                sdk.close();
            }
        }, KitLogback::stop);
    }

    /** Starts the service on {@code httpAddr}, such as {@code ":8080"}, without tracing. */
    static HttpServer start(String httpAddr) throws IOException {
        return start(new Options(httpAddr, false, false), OpenTelemetry.noop());
    }

    /** Wires the service and starts serving it; spans go to {@code openTelemetry} when tracing is on. */
    static HttpServer start(Options options, OpenTelemetry openTelemetry) throws IOException {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

        ProfileService service = new InMemoryProfileService();
        service = new AlertingProfileService(service, alert -> log.atWarn().addKeyValue("alert", alert).log("alert"));
        service = new ProfileServiceLogging(service);
        service = new ProfileServiceMetrics(service, registry);

        // kit.endpoint.calls, tagged with the transport a call came by: REST, JSON-RPC and gRPC share these endpoints.
        ProfileServiceEndpoints endpoints = ProfileServiceEndpoints.of(service).with(new MetricsMiddleware(registry));
        if (options.rateLimit() > 0) {
            // The talk's token bucket per endpoint: over the rate, calls fail fast with 429.
            endpoints = endpoints.with(RateLimiterMiddleware.perEndpoint(RateLimiterRegistry.of(RateLimiterConfig.custom()
                    .limitForPeriod(options.rateLimit())
                    .limitRefreshPeriod(Duration.ofSeconds(1))
                    .timeoutDuration(Duration.ZERO)
                    .build())));
        }

        HttpServer.Builder http = HttpServer.builder()
                .address(options.httpAddr())
                .listener(new HttpServerMetrics(registry));
        if (options.etcd() != null) {
            // Registers once listening, and leaves etcd before the listener closes on stop.
            http.lifecycleListener(EtcdRegistrar.builder(options.etcd().endpoints(), ETCD_PREFIX)
                    .ttl(options.etcd().ttl())
                    .build());
        }
        if (options.tracing()) {
            endpoints = endpoints.with(new ServerTracingMiddleware(openTelemetry));
            http.before(HttpTracing.extract(openTelemetry));
        }
        GrpcServer grpcServer = null;
        if (options.grpcAddr() != null) {
            // The same endpoints, middlewares included. Only the HTTP address registers in etcd: every
            // client of ETCD_PREFIX calls HTTP, and a gRPC address listed there would fail its calls.
            GrpcServer.Builder grpc = GrpcServer.builder()
                    .address(options.grpcAddr())
                    .service(ProfileServiceGrpc.of(endpoints));
            if (options.tracing()) {
                grpc.before(GrpcTracing.extract(openTelemetry));
            }
            grpcServer = grpc.build().start();
            http.lifecycleListener(grpcAlongside(grpcServer));
        }
        HttpRoutes rest = ProfileServiceHttpRoutes.of(endpoints);
        HttpRoutes rpc = JsonRpcHandler.routes("/rpc", ProfileServiceJsonRpc.of(endpoints));
        if (!options.threads()) {
            // The in-memory store never blocks, nor does anything between it and the wire (the log
            // lines are buffered): the calls need no thread of their own (see HttpRoutes.nonBlocking).
            rest = rest.nonBlocking();
            rpc = rpc.nonBlocking();
        }
        http
                .routes(rest)
                .routes(rpc)
                .routes(metrics(registry))
                // Liveness and readiness for probes; the store is in memory, so there is nothing to
                // check but the server's own start and stop, and nothing that blocks.
                .routes(Health.builder().build().routes().nonBlocking())
                // GET /openapi.json and /openrpc.json: the descriptions the processor wrote.
                .routes(ApiDocuments.routes(ProfileService.class));
        try {
            return http.build().start();
        } catch (IOException | RuntimeException e) {
            if (grpcServer != null) {
                // The HTTP port was busy: nothing would ever stop the gRPC server started beside it.
                grpcServer.stop(Duration.ZERO);
            }
            throw e;
        }
    }

    /**
     * Returns a listener that stops {@code grpc} as the HTTP server begins to stop, so that one
     * server's lifecycle (tests, SIGTERM) drains both: after etcd's deregistration, before HTTP drains.
     */
    private static ServerLifecycleListener grpcAlongside(GrpcServer grpc) {
        return new ServerLifecycleListener() {
            @Override
            public void serverStopping() {
                grpc.close();
            }
        };
    }

    /** Serves {@code GET /metrics} in Prometheus's text format. */
    static HttpRoutes metrics(PrometheusMeterRegistry registry) {
        return HttpRoutes.builder()
                .route("GET", "/metrics", (ctx, request) ->
                        new HttpResponse(200, PROMETHEUS_TEXT, registry.scrape().getBytes(StandardCharsets.UTF_8)))
                .build();
    }

    /**
     * Returns an SDK sending spans in batches to the collectors given, or else writing each to the
     * log, with W3C trace context; a no-op when tracing is off.
     */
    static OpenTelemetry tracing(Options options) {
        if (!options.tracing()) {
            return OpenTelemetry.noop();
        }
        TracingSdk.Builder sdk = TracingSdk.builder("profilesvc");
        if (options.zipkinUrl() != null) {
            sdk.zipkin(options.zipkinUrl());
        }
        if (options.otlpEndpoint() != null) {
            sdk.otlp(options.otlpEndpoint());
        }
        if (options.zipkinUrl() == null && options.otlpEndpoint() == null) {
            sdk.processor(SimpleSpanProcessor.create(new Slf4jSpanExporter()));
        }
        return sdk.build();
    }
}
