package dev.javakit.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.javakit.context.Context;
import dev.javakit.endpoint.Endpoint;
import dev.javakit.endpoint.EndpointInfo;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client side: CLIENT spans on a client's endpoints, and their context written into requests. */
class ClientTracingTest {

    private static final EndpointInfo GET = new EndpointInfo("Remote", "get", true);

    private final InMemoryTelemetry telemetry = new InMemoryTelemetry();

    @AfterEach
    void shutDown() {
        telemetry.shutdown();
    }

    @Test
    void clientEndpointsOpenClientSpans() throws Exception {
        Endpoint<String, String> traced = new ClientTracingMiddleware(telemetry.sdk()).wrap(GET, (ctx, request) -> "ok");

        traced.call(Context.background(), "x");

        assertThat(telemetry.spans()).singleElement().satisfies((SpanData span) -> {
            assertThat(span.getKind()).isEqualTo(SpanKind.CLIENT);
            assertThat(span.getName()).isEqualTo("Remote/get");
        });
    }

    @Test
    void injectWritesTheClientSpanAsTraceparent() throws Exception {
        AtomicReference<String> sent = new AtomicReference<>();
        Endpoint<String, String> sending = (ctx, request) -> {
            HttpRequest.Builder http = HttpRequest.newBuilder(URI.create("http://127.0.0.1:1/"));
            HttpTracing.inject(telemetry.sdk()).apply(ctx, http);
            sent.set(http.build().headers().firstValue("traceparent").orElse(null));
            return "ok";
        };

        new ClientTracingMiddleware(telemetry.sdk()).wrap(GET, sending).call(Context.background(), "x");

        SpanData span = telemetry.spans().get(0);
        // The last field is the trace flags: sampled, and W3C level 2's random-trace-id bit.
        assertThat(sent.get()).startsWith("00-" + span.getTraceId() + "-" + span.getSpanId() + "-");
    }

    @Test
    void injectWritesNothingOutsideAnySpan() {
        HttpRequest.Builder http = HttpRequest.newBuilder(URI.create("http://127.0.0.1:1/"));

        HttpTracing.inject(telemetry.sdk()).apply(Context.background(), http);

        assertThat(http.build().headers().firstValue("traceparent")).isEmpty();
    }
}
