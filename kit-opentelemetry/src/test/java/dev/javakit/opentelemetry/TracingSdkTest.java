package dev.javakit.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.javakit.context.Context;
import dev.javakit.endpoint.Endpoint;
import dev.javakit.endpoint.EndpointInfo;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import java.net.URI;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TracingSdkTest {

    private static final EndpointInfo LOAD = new EndpointInfo("ProfileStore", "load");

    @Test
    void otlpReceivesTheServiceAndItsSpansInOneBatchWhenClosed() throws Exception {
        try (OtlpReceiver receiver = new OtlpReceiver()) {
            OpenTelemetrySdk sdk = TracingSdk.builder("profilesvc").otlp(receiver.endpoint()).build();
            Endpoint<String, String> load = new ServerTracingMiddleware(sdk)
                    .wrap(LOAD, (Endpoint<String, String>) (ctx, id) -> "profile " + id);
            Span outer = sdk.getTracer("test").spanBuilder("outer").startSpan();
            Scope scope = outer.makeCurrent();
            try {
                load.call(Context.background(), "a");
                load.call(Context.background(), "b");
            } finally {
                scope.close();
                outer.end();
            }

            assertThat(receiver.requests()).as("batched: nothing is sent before the SDK's 5 s delay").isEmpty();
            sdk.close();

            assertThat(receiver.requests()).as("one export request on close").hasSize(1);
            assertThat(receiver.contentTypes()).containsExactly("application/x-protobuf");
            ResourceSpans resourceSpans = receiver.requests().get(0).getResourceSpans(0);
            assertThat(resourceSpans.getResource().getAttributesList())
                    .filteredOn(attribute -> attribute.getKey().equals("service.name"))
                    .extracting(attribute -> attribute.getValue().getStringValue())
                    .containsExactly("profilesvc");
            List<io.opentelemetry.proto.trace.v1.Span> spans = resourceSpans.getScopeSpansList().stream()
                    .flatMap(scopeSpans -> scopeSpans.getSpansList().stream()).toList();
            assertThat(spans).extracting(io.opentelemetry.proto.trace.v1.Span::getName)
                    .containsExactlyInAnyOrder("outer", "ProfileStore/load", "ProfileStore/load");
            Map<String, io.opentelemetry.proto.trace.v1.Span> byId = spans.stream()
                    .collect(Collectors.toMap(span -> hex(span.getSpanId().toByteArray()), Function.identity()));
            String outerId = outer.getSpanContext().getSpanId();
            assertThat(byId.get(outerId).getParentSpanId().isEmpty()).isTrue();
            assertThat(spans).filteredOn(span -> span.getName().equals("ProfileStore/load")).allSatisfy(span -> {
                assertThat(hex(span.getTraceId().toByteArray())).isEqualTo(outer.getSpanContext().getTraceId());
                assertThat(hex(span.getParentSpanId().toByteArray())).isEqualTo(outerId);
                assertThat(span.getKind()).isEqualTo(io.opentelemetry.proto.trace.v1.Span.SpanKind.SPAN_KIND_INTERNAL);
                assertThat(span.getAttributesList()).extracting(KeyValue::getKey).contains("rpc.method");
            });
        }
    }

    @Test
    void otlpKeepsTheEndpointsPathBeforeV1Traces() throws Exception {
        try (OtlpReceiver receiver = new OtlpReceiver()) {
            OpenTelemetrySdk sdk = TracingSdk.builder("profilesvc").otlp(URI.create(receiver.endpoint() + "/")).build();
            sdk.getTracer("test").spanBuilder("one").startSpan().end();
            sdk.close();

            assertThat(receiver.requests()).hasSize(1);
        }
    }

    @Test
    void collectorsMustBeHttpUrls() {
        TracingSdk.Builder builder = TracingSdk.builder("profilesvc");
        assertThatIllegalArgumentException().isThrownBy(() -> builder.zipkin(URI.create("zipkin:9411/api/v2/spans")))
                .withMessage("the Zipkin URL must be an http:// or https:// URL with a host: zipkin:9411/api/v2/spans");
        assertThatIllegalArgumentException().isThrownBy(() -> builder.otlp(URI.create("/v1/traces")))
                .withMessageContaining("OTLP endpoint");
    }

    @Test
    void serviceNameMustNotBeBlank() {
        assertThatIllegalArgumentException().isThrownBy(() -> TracingSdk.builder(" "))
                .withMessageContaining("service name");
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
