package dev.javakit.sample.profilesvc;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.Collection;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes each finished span as one log line, for running with tracing on and no collector given
 * ({@code --zipkin.url}, {@code --otlp.endpoint}).
 */
final class Slf4jSpanExporter implements SpanExporter {

    private static final Logger log = LoggerFactory.getLogger("spans");

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        for (SpanData span : spans) {
            log.atInfo()
                    .addKeyValue("trace_id", span.getTraceId())
                    .addKeyValue("span_id", span.getSpanId())
                    .addKeyValue("parent_id", span.getParentSpanId())
                    .addKeyValue("name", span.getName())
                    .addKeyValue("kind", span.getKind())
                    .addKeyValue("status", span.getStatus().getStatusCode())
                    .addKeyValue("took", String.format(Locale.ROOT, "%.3fms",
                            (span.getEndEpochNanos() - span.getStartEpochNanos()) / 1e6))
                    .log("span");
        }
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
