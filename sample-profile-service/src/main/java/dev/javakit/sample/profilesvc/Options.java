package dev.javakit.sample.profilesvc;

import dev.javakit.sd.etcd.EtcdEndpoints;
import dev.javakit.transport.http.HttpServer;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The command line, in Go's flag style: {@code -http.addr=:8080}, {@code --http.addr :8080},
 * {@code --grpc.addr=:8081}, {@code --tracing}, {@code --ratelimit=100}, {@code --threads}, {@code --zipkin.url=URL},
 * {@code --otlp.endpoint=URL}; tracing can also be switched on with {@code PROFILESVC_TRACING=true}.
 *
 * @param httpAddr the address to listen on, {@code [host]:port}
 * @param tracing whether endpoint calls are traced (spans are written to the log when no collector is given)
 * @param help whether usage was asked for
 * @param rateLimit calls per second each endpoint accepts before answering 429; 0 for no limit
 * @param threads whether handlers run on handler threads, as a service that blocks needs, rather
 *     than on the event loops, which the in-memory store allows
 * @param zipkinUrl where spans are sent in Zipkin's format, or {@code null}
 * @param otlpEndpoint the OTLP/HTTP collector spans are sent to, or {@code null}
 * @param etcd where the instance registers, or {@code null} for nowhere
 * @param grpcAddr the address gRPC is served on, {@code [host]:port}, or {@code null} for no gRPC
 */
record Options(String httpAddr, boolean tracing, boolean help, int rateLimit, boolean threads, URI zipkinUrl,
        URI otlpEndpoint, Etcd etcd, String grpcAddr) {

    /** Registration in etcd: the cluster's endpoints, and the lease that outlives a killed instance. */
    record Etcd(List<URI> endpoints, Duration ttl) {
    }

    /**
     * Generous: the limit is there to show the middleware, not to hold back a benchmark (the
     * sample serves more than 100,000 calls a second on two cores).
     */
    static final int DEFAULT_RATE_LIMIT = 1_000_000;

    /** The environment variable that switches tracing on when set to {@code true}. */
    static final String TRACING_VARIABLE = "PROFILESVC_TRACING";

    static final String USAGE = """
            usage: java -jar sample-profile-service.jar [--http.addr=HOST:PORT] [--grpc.addr=HOST:PORT] [--tracing]
                                                  [--ratelimit=N] [--threads] [--zipkin.url=URL] [--otlp.endpoint=URL]
                                                  [--etcd.endpoints=URL,...] [--etcd.ttl=SECONDS]
              --http.addr   HTTP listen address (default ":8080")
              --grpc.addr   also serve gRPC (plaintext HTTP/2) on this address, such as ":8081" (default: off)
              --tracing     trace every call with OpenTelemetry, spans written to the log
                            (also PROFILESVC_TRACING=true)
              --ratelimit   calls per second each endpoint accepts, then 429 (default 1000000, 0: none)
              --threads     run handlers on threads, as a service that blocks must (default: on the
                            event loops, which the in-memory store allows)
              --zipkin.url     send spans to Zipkin, such as http://zipkin:9411/api/v2/spans (tracing on)
              --otlp.endpoint  send spans to an OTLP/HTTP collector, such as http://collector:4318 (tracing on)
              --etcd.endpoints register in etcd v3 at http://host:port[,...] under /services/profilesvc/
              --etcd.ttl       the registration's lease in seconds, 2 to 60 (default 10): how long a
                               killed instance stays listed""";

    /** Options with the default rate limit, handlers on the event loops. */
    Options(String httpAddr, boolean tracing, boolean help) {
        this(httpAddr, tracing, help, DEFAULT_RATE_LIMIT);
    }

    /** Options with handlers on the event loops. */
    Options(String httpAddr, boolean tracing, boolean help, int rateLimit) {
        this(httpAddr, tracing, help, rateLimit, false, null, null, null, null);
    }

    /** Parses the arguments alone, tracing off unless asked for. */
    static Options parse(String... args) {
        return parse(Map.of(), args);
    }

    /** Parses the arguments; throws {@link IllegalArgumentException} naming the one it cannot read. */
    static Options parse(Map<String, String> environment, String... args) {
        String httpAddr = ":8080";
        String grpcAddr = null;
        boolean tracing = "true".equalsIgnoreCase(environment.get(TRACING_VARIABLE));
        boolean help = false;
        int rateLimit = DEFAULT_RATE_LIMIT;
        boolean threads = false;
        URI zipkinUrl = null;
        URI otlpEndpoint = null;
        List<URI> etcdEndpoints = null;
        Duration etcdTtl = Duration.ofSeconds(10);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String flag = arg.startsWith("--") ? arg.substring(2) : arg.startsWith("-") ? arg.substring(1) : null;
            if (flag == null) {
                throw new IllegalArgumentException("unexpected argument: " + arg);
            }
            int equals = flag.indexOf('=');
            String name = equals < 0 ? flag : flag.substring(0, equals);
            switch (name) {
                case "h", "help" -> help = true;
                case "tracing" -> tracing = equals < 0 || Boolean.parseBoolean(flag.substring(equals + 1));
                case "threads" -> threads = equals < 0 || Boolean.parseBoolean(flag.substring(equals + 1));
                case "ratelimit" -> {
                    String value = equals >= 0 ? flag.substring(equals + 1) : i + 1 < args.length ? args[++i] : null;
                    rateLimit = parseRateLimit(value, arg);
                }
                case "zipkin.url" -> zipkinUrl = collectorUrl(equals >= 0 ? flag.substring(equals + 1)
                        : i + 1 < args.length ? args[++i] : null, arg);
                case "otlp.endpoint" -> otlpEndpoint = collectorUrl(equals >= 0 ? flag.substring(equals + 1)
                        : i + 1 < args.length ? args[++i] : null, arg);
                case "http.addr", "grpc.addr" -> {
                    String value;
                    if (equals >= 0) {
                        value = flag.substring(equals + 1);
                    } else if (i + 1 < args.length) {
                        value = args[++i];
                    } else {
                        throw new IllegalArgumentException("flag needs an argument: " + arg);
                    }
                    if (name.equals("http.addr")) {
                        httpAddr = value;
                    } else {
                        grpcAddr = grpcAddress(value, arg);
                    }
                }
                case "etcd.endpoints", "etcd.ttl" -> {
                    String value = equals >= 0 ? flag.substring(equals + 1) : i + 1 < args.length ? args[++i] : "";
                    if (name.equals("etcd.endpoints")) {
                        etcdEndpoints = EtcdEndpoints.parse(value);
                    } else {
                        etcdTtl = Duration.ofSeconds(parseSeconds(value, arg));
                    }
                }
                default -> throw new IllegalArgumentException("unknown flag: " + arg);
            }
        }
        // A collector's address is given only to trace.
        tracing |= zipkinUrl != null || otlpEndpoint != null;
        return new Options(httpAddr, tracing, help, rateLimit, threads, zipkinUrl, otlpEndpoint,
                etcdEndpoints == null ? null : new Etcd(etcdEndpoints, etcdTtl), grpcAddr);
    }

    /** Returns {@code value} once it reads as {@code [host]:port}, so that a typo is a usage error, not a crash at start. */
    private static String grpcAddress(String value, String arg) {
        try {
            HttpServer.parseAddress(value);
            return value;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("flag needs HOST:PORT or :PORT: " + arg, e);
        }
    }

    private static URI collectorUrl(String value, String arg) {
        try {
            URI uri = new URI(value == null ? "" : value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // answered below
        }
        throw new IllegalArgumentException("flag needs an http:// or https:// URL: " + arg);
    }

    private static int parseSeconds(String value, String arg) {
        try {
            int seconds = Integer.parseInt(value.endsWith("s") ? value.substring(0, value.length() - 1) : value);
            if (seconds >= 2 && seconds <= 60) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new IllegalArgumentException("flag needs a lease from 2 to 60 seconds: " + arg);
    }

    private static int parseRateLimit(String value, String arg) {
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new IllegalArgumentException("flag needs a number of calls per second, 0 or more: " + arg);
    }
}
