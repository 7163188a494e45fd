package dev.javakit.opentelemetry;

import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

/**
 * An OTLP/HTTP trace receiver on a free loopback port that decodes each request with the OTLP
 * schema's own classes, as a collector does, and keeps it: no OTLP collector (OpenTelemetry's
 * Collector, Jaeger; Zipkin's server takes only Zipkin's formats) is installable on the build's
 * machines.
 */
public final class OtlpReceiver implements AutoCloseable {

    private final HttpServer server;
    private final List<ExportTraceServiceRequest> requests = new CopyOnWriteArrayList<>();
    private final List<String> contentTypes = new CopyOnWriteArrayList<>();

    /** Starts the receiver. */
    public OtlpReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/traces", exchange -> {
            try (exchange) {
                contentTypes.add(exchange.getRequestHeaders().getFirst("Content-Type"));
                InputStream body = exchange.getRequestBody();
                if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                    body = new GZIPInputStream(body);
                }
                requests.add(ExportTraceServiceRequest.parseFrom(body));
                byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
                exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
                exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            }
        });
        server.start();
    }

    /** Returns the base URL to give an OTLP exporter, without {@code /v1/traces}. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Returns the export requests received so far. */
    public List<ExportTraceServiceRequest> requests() {
        return requests;
    }

    /** Returns the {@code Content-Type} of each request received so far. */
    public List<String> contentTypes() {
        return contentTypes;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
