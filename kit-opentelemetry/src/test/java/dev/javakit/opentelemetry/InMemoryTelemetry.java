package dev.javakit.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;

/** An OpenTelemetry SDK with W3C propagation that keeps every finished span in memory, for tests. */
final class InMemoryTelemetry {

    private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
    private final OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder()
                    .addSpanProcessor(SimpleSpanProcessor.create(exporter))
                    .build())
            .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
            .build();

    /** Returns the SDK to instrument with. */
    OpenTelemetrySdk sdk() {
        return sdk;
    }

    /** Returns the spans ended so far, in the order they ended. */
    List<SpanData> spans() {
        return exporter.getFinishedSpanItems();
    }

    /** Returns the one span ended so far, failing when there is not exactly one. */
    SpanData onlySpan() {
        List<SpanData> spans = spans();
        assertThat(spans).hasSize(1);
        return spans.get(0);
    }

    /** Returns the ended span called {@code name}, failing when there is not exactly one. */
    SpanData span(String name) {
        List<SpanData> named = spans().stream().filter(span -> span.getName().equals(name)).toList();
        assertThat(named).as("spans named %s", name).hasSize(1);
        return named.get(0);
    }

    /** Shuts the SDK down. */
    void shutdown() {
        sdk.close();
    }
}
