package dev.javakit.sample.profilesvc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.javakit.opentelemetry.ClientTracingMiddleware;
import dev.javakit.opentelemetry.HttpTracing;
import dev.javakit.opentelemetry.OtlpReceiver;
import dev.javakit.opentelemetry.TracingSdk;
import dev.javakit.test.ServiceProcess;
import dev.javakit.transport.http.client.HttpClientTransport;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One call that crosses two services in three processes, read back from a real Zipkin as one
 * trace: this test's JVM is the client ({@code profilectl}), {@link ProfileGateway} runs in a second
 * JVM and calls the packaged sample ({@code profilesvc}, started with {@code --zipkin.url}) in a
 * third. The services send their spans when they stop on SIGTERM, so the trace is complete only if
 * closing the SDK flushes the batch. The sample has an OTLP receiver as its second collector
 * ({@code --otlp.endpoint}), which gets its spans too.
 */
class TraceInZipkinIT {

    private static final Path JAR = Path.of("target", "sample-profile-service.jar");
        private static final Pattern GATEWAY_LISTENING = Pattern.compile("^listening (\\d+)$");
    // Generous: on a busy machine of two cores Zipkin alone took 22 s to start (5 s when idle).
    private static final Duration START = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<ServiceProcess> services = new ArrayList<>();
    private ZipkinServer zipkin;
    private OtlpReceiver otlp;

    @AfterEach
    void stopEverything() throws Exception {
        services.forEach(ServiceProcess::close);
        if (zipkin != null) {
            zipkin.close();
        }
        if (otlp != null) {
            otlp.close();
        }
    }

    @Test
    void oneCallAcrossTwoServicesIsOneTraceInZipkin() throws Exception {
        long started = System.nanoTime();
        zipkin = ZipkinServer.start();
        otlp = new OtlpReceiver();
        // The three start side by side: the gateway is told the sample's port before it listens.
        int samplePort = ZipkinServer.freePort();
        ServiceProcess sample = start(ServiceProcess.startJar(JAR,
                "--http.addr=127.0.0.1:" + samplePort, "--zipkin.url=" + zipkin.spansUrl(), "--otlp.endpoint=" + otlp.endpoint()));
        ServiceProcess gateway = start(ServiceProcess.start(GATEWAY_LISTENING, List.of(ServiceProcess.java(), "-cp",
                System.getProperty("java.class.path"), ProfileGateway.class.getName(), "127.0.0.1:0",
                "http://127.0.0.1:" + samplePort, zipkin.spansUrl().toString())));
        sample.awaitPort(START);
        int gatewayPort = gateway.awaitPort(START);
        long servicesUp = millisSince(started);
        zipkin.awaitHealthy(http, START);
        System.out.printf("TraceInZipkinIT: services up in %d ms, Zipkin in %d ms%n", servicesUp, millisSince(started));

        OpenTelemetrySdk client = TracingSdk.builder("profilectl").zipkin(zipkin.spansUrl()).build();
        ProfileService profiles = ProfileServiceHttpClient.endpoints(
                        HttpClientTransport.builder(URI.create("http://127.0.0.1:" + gatewayPort))
                                .timeout(Duration.ofSeconds(10))
                                .before(HttpTracing.inject(client))
                                .build())
                .with(new ClientTracingMiddleware(client));
        Span root = client.getTracer("TraceInZipkinIT").spanBuilder("create and read alice").startSpan();
        Scope scope = root.makeCurrent();
        try {
            profiles.postProfile(new Profile("alice", "Alice", List.of()));
            assertThat(profiles.getProfile("alice").name()).isEqualTo("Alice");
        } finally {
            scope.close();
            root.end();
        }
        System.out.printf("TraceInZipkinIT: calls done at %d ms%n", millisSince(started));
        client.close();
        // SIGTERM: each service sends its spans after its server stopped.
        for (ServiceProcess service : services) {
            service.terminate(Duration.ofSeconds(15));
        }

        System.out.printf("TraceInZipkinIT: services stopped at %d ms%n", millisSince(started));
        String traceId = root.getSpanContext().getTraceId();
        List<JsonNode> spans = awaitTrace(traceId, 9, Duration.ofSeconds(10));
        Map<String, JsonNode> byId = spans.stream().collect(Collectors.toMap(span -> span.path("id").asString(), Function.identity()));
        JsonNode rootSpan = byId.get(root.getSpanContext().getSpanId());
        assertThat(rootSpan.has("parentId")).as("the client's own span is the root").isFalse();
        assertThat(service(rootSpan)).isEqualTo("profilectl");
        for (String method : List.of("postProfile", "getProfile")) {
            JsonNode clientSpan = only(spans, span -> isChild(span, rootSpan) && span.path("name").asString().endsWith(method.toLowerCase(Locale.ROOT)));
            JsonNode gatewaySpan = only(spans, span -> isChild(span, clientSpan));
            JsonNode gatewayClientSpan = only(spans, span -> isChild(span, gatewaySpan));
            JsonNode sampleSpan = only(spans, span -> isChild(span, gatewayClientSpan));
            assertThat(List.of(clientSpan, gatewaySpan, gatewayClientSpan, sampleSpan))
                    .extracting(TraceInZipkinIT::service, span -> span.path("kind").asString(), span -> span.path("name").asString())
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("profilectl", "CLIENT", "profileservice/" + method.toLowerCase()),
                            org.assertj.core.groups.Tuple.tuple("profilegw", "SERVER", "profileservice/" + method.toLowerCase()),
                            org.assertj.core.groups.Tuple.tuple("profilegw", "CLIENT", "profileservice/" + method.toLowerCase()),
                            org.assertj.core.groups.Tuple.tuple("profilesvc", "SERVER", "profileservice/" + method.toLowerCase()));
            assertThat(spans).noneMatch(span -> isChild(span, sampleSpan));
        }

        List<ResourceSpans> sentByOtlp = otlp.requests().stream().flatMap(request -> request.getResourceSpansList().stream()).toList();
        assertThat(sentByOtlp).flatMap(ResourceSpans::getScopeSpansList).flatMap(scopeSpans -> scopeSpans.getSpansList())
                .as("the sample's spans, by OTLP as well")
                .extracting(span -> HexFormat.of().formatHex(span.getSpanId().toByteArray()))
                .containsExactlyInAnyOrderElementsOf(spans.stream().filter(span -> service(span).equals("profilesvc"))
                        .map(span -> span.path("id").asString()).toList());
        assertThat(sentByOtlp).allSatisfy(resourceSpans -> assertThat(resourceSpans.getResource().getAttributesList())
                .anySatisfy(attribute -> {
                    assertThat(attribute.getKey()).isEqualTo("service.name");
                    assertThat(attribute.getValue().getStringValue()).isEqualTo("profilesvc");
                }));
        System.out.printf("TraceInZipkinIT: whole test %d ms%n", millisSince(started));
    }

    private List<JsonNode> awaitTrace(String traceId, int spans, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest request = HttpRequest.newBuilder(zipkin.baseUrl().resolve("/api/v2/trace/" + traceId))
                .timeout(Duration.ofSeconds(5)).build();
        List<JsonNode> found = List.of();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 200) {
                found = new ArrayList<>();
                JsonMapper.builder().build().readTree(answer.body()).forEach(found::add);
                if (found.size() >= spans) {
                    assertThat(found).as("exactly the spans of the two calls").hasSize(spans);
                    return found;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Zipkin has " + found.size() + " spans of trace " + traceId + ", not " + spans + ": " + found);
    }

    private static boolean isChild(JsonNode span, JsonNode parent) {
        return span.path("parentId").asString("").equals(parent.path("id").asString())
                && span.path("traceId").asString().equals(parent.path("traceId").asString());
    }

    private static JsonNode only(List<JsonNode> spans, java.util.function.Predicate<JsonNode> which) {
        List<JsonNode> matching = spans.stream().filter(which).toList();
        assertThat(matching).as("one such span among %s", spans).hasSize(1);
        return matching.get(0);
    }

    private static String service(JsonNode span) {
        return span.path("localEndpoint").path("serviceName").asString();
    }

    /** Keeps {@code service} to be stopped after the test, whatever happens. */
    private ServiceProcess start(ServiceProcess service) {
        services.add(service);
        return service;
    }

    private static long millisSince(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos);
    }
}
