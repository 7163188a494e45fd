package dev.javakit.sample.profilesvc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.javakit.transport.http.HttpServer;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The sample as an operator sees it: Prometheus metrics, and traces when tracing is on. */
class ObservabilityTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(Duration.ofSeconds(1));
        }
    }

    @Test
    void metricsPageShowsPerMethodTimersAndHttpRequestTimers() throws Exception {
        server = ProfileServiceMain.start("127.0.0.1:0");
        send("POST", "/profiles/", "{\"id\":\"ada\"}", null);
        send("GET", "/profiles/ada", null, null);
        send("GET", "/profiles/nobody", null, null);
        send("GET", "/nowhere", null, null);

        HttpResponse<String> metrics = send("GET", "/metrics", null, null);

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
        assertThat(metrics.body())
                .contains("kit_service_calls_seconds_count{exception=\"none\",method=\"postProfile\","
                        + "outcome=\"SUCCESS\",service=\"ProfileService\"} 1")
                .contains("kit_service_calls_seconds_count{exception=\"NotFoundException\",method=\"getProfile\","
                        + "outcome=\"CLIENT_ERROR\",service=\"ProfileService\"} 1")
                .contains("http_server_requests_seconds_count{method=\"GET\",outcome=\"SUCCESS\",status=\"200\","
                        + "uri=\"/profiles/{id}\"} 1")
                .contains("http_server_requests_seconds_count{method=\"GET\",outcome=\"CLIENT_ERROR\",status=\"404\","
                        + "uri=\"NOT_FOUND\"} 1")
                .doesNotContain("uri=\"/profiles/ada\"");
    }

    @Test
    void tracingContinuesTheCallersTraceWhenSwitchedOn() throws Exception {
        InMemorySpanExporter spans = InMemorySpanExporter.create();
        OpenTelemetrySdk openTelemetry = OpenTelemetrySdk.builder()
                .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
                .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
                .build();
        server = ProfileServiceMain.start(new Options("127.0.0.1:0", true, false), openTelemetry);

        send("GET", "/profiles/nobody", null, "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");

        assertThat(spans.getFinishedSpanItems()).singleElement().satisfies((SpanData span) -> {
            assertThat(span.getName()).isEqualTo("ProfileService/getProfile");
            assertThat(span.getKind()).isEqualTo(SpanKind.SERVER);
            assertThat(span.getTraceId()).isEqualTo("0af7651916cd43dd8448eb211c80319c");
            assertThat(span.getParentSpanId()).isEqualTo("b7ad6b7169203331");
            assertThat(span.getEvents()).anySatisfy(event -> assertThat(event.getName()).isEqualTo("exception"));
        });
    }

    private HttpResponse<String> send(String method, String path, String body, String traceparent)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (traceparent != null) {
            request.header("traceparent", traceparent);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
