package dev.javakit.opentelemetry;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.exporter.zipkin.ZipkinSpanExporter;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SdkTracerProviderBuilder;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import zipkin2.reporter.BytesMessageSender;
import zipkin2.reporter.urlconnection.URLConnectionSender;

/**
 * Builds the OpenTelemetry SDK a service traces with: its name, W3C trace context, and spans sent
 * in batches to Zipkin, to an OTLP collector, or to both, as Go kit's tracers emit them to a
 * collector.
 *
 * <pre>{@code
 * OpenTelemetrySdk openTelemetry = TracingSdk.builder("profilesvc")
 *         .zipkin(URI.create("http://zipkin:9411/api/v2/spans"))
 *         .build();
 * // ... ServerTracingMiddleware, HttpTracing.extract(openTelemetry) ...
 * server.registerShutdownHook(openTelemetry, KitLogback::stop);
 * }</pre>
 *
 * <p>Each exporter has its own {@link BatchSpanProcessor} (the SDK's defaults: sent every 5 s or
 * per 512 spans, at most 2,048 waiting, the rest dropped), so that a slow collector neither slows
 * the calls nor holds back the other exporter. Closing the SDK sends what is waiting: close it after
 * the server has stopped, as {@code registerShutdownHook(afterwards...)} does, or the last calls'
 * spans are lost.
 */
public final class TracingSdk {

    private TracingSdk() {
    }

    /** Starts a builder for the service named {@code serviceName}, the name collectors show. */
    public static Builder builder(String serviceName) {
        return new Builder(serviceName);
    }

    /** Collects a service's name and where its spans go; {@link #build()} makes the SDK. */
    public static final class Builder {

        private final String serviceName;
        private final List<SpanProcessor> processors = new ArrayList<>();

        private Builder(String serviceName) {
            if (Objects.requireNonNull(serviceName, "serviceName").isBlank()) {
                throw new IllegalArgumentException("a service name must not be blank");
            }
            this.serviceName = serviceName;
        }

        /**
         * Sends spans in Zipkin's JSON to {@code spansUrl}, a Zipkin server's
         * {@code http://host:9411/api/v2/spans}.
         */
        // OpenTelemetry deprecated its Zipkin exporter, 1.63.0 being the last, and points to OTLP,
        // which Zipkin's server does not take: for Zipkin it is still the exporter there is.
        @SuppressWarnings("deprecation")
        public Builder zipkin(URI spansUrl) {
            BytesMessageSender sender = URLConnectionSender.create(requireHttp(spansUrl, "Zipkin URL").toString());
            return batched(ZipkinSpanExporter.builder().setSender(sender).build());
        }

        /**
         * Sends spans with OTLP over HTTP (protobuf) to the collector at {@code endpoint}, such as
         * {@code http://collector:4318}: {@code /v1/traces} is added to its path, as OpenTelemetry's
         * {@code OTEL_EXPORTER_OTLP_ENDPOINT} is read.
         */
        public Builder otlp(URI endpoint) {
            String base = requireHttp(endpoint, "OTLP endpoint").toString();
            return batched(OtlpHttpSpanExporter.builder()
                    .setEndpoint(base + (base.endsWith("/") ? "" : "/") + "v1/traces")
                    .build());
        }

        /** Sends spans to {@code exporter}, in batches as the collectors' exporters do. */
        public Builder batched(SpanExporter exporter) {
            return processor(BatchSpanProcessor.builder(Objects.requireNonNull(exporter, "exporter")).build());
        }

        /** Hands every span to {@code processor} as it is, such as a {@code SimpleSpanProcessor} writing a log. */
        public Builder processor(SpanProcessor processor) {
            processors.add(Objects.requireNonNull(processor, "processor"));
            return this;
        }

        /** Builds the SDK; close it to send the spans still waiting and stop its exporters. */
        public OpenTelemetrySdk build() {
            SdkTracerProviderBuilder tracerProvider = SdkTracerProvider.builder()
                    .setResource(Resource.getDefault().merge(Resource.create(
                            Attributes.of(AttributeKey.stringKey("service.name"), serviceName))));
            processors.forEach(tracerProvider::addSpanProcessor);
            return OpenTelemetrySdk.builder()
                    .setTracerProvider(tracerProvider.build())
                    .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
                    .build();
        }

        private static URI requireHttp(URI uri, String what) {
            Objects.requireNonNull(uri, what);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new IllegalArgumentException("the " + what + " must be an http:// or https:// URL with a host: " + uri);
            }
            return uri;
        }
    }
}
