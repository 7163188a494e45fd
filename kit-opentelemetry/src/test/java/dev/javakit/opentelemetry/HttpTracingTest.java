package dev.javakit.opentelemetry;

import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.javakit.annotations.ErrorStatus;
import dev.javakit.endpoint.Endpoint;
import dev.javakit.endpoint.EndpointInfo;
import dev.javakit.transport.http.HttpRoutes;
import dev.javakit.transport.http.HttpServer;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.MDC;

class HttpTracingTest {

    @ErrorStatus(404)
    static class ItemNotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ItemNotFound(String message) {
            super(message);
        }
    }

    private static final EndpointInfo GET_ITEM = new EndpointInfo("ItemService", "getItem");
    private static final EndpointInfo LOAD = new EndpointInfo("ItemStore", "load");

    private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
    private static final String PARENT_SPAN_ID = "b7ad6b7169203331";
    private static final String TRACEPARENT = "00-" + TRACE_ID + "-" + PARENT_SPAN_ID + "-01";

    private static final AttributeKey<String> HTTP_METHOD = stringKey("http.request.method");
    private static final AttributeKey<String> HTTP_ROUTE = stringKey("http.route");
    private static final AttributeKey<String> ERROR_TYPE = stringKey("error.type");

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private final InMemoryTelemetry telemetry = new InMemoryTelemetry();
    private final ServerTracingMiddleware tracing = new ServerTracingMiddleware(telemetry.sdk());
    private HttpServer server;
    private ExecutorService executor;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(Duration.ZERO);
        }
        if (executor != null) {
            executor.shutdownNow();
        }
        telemetry.shutdown();
    }

    @Test
    void continuesCallersTraceFromTraceparentAsServerSpan() throws Exception {
        serve("GET", "/items/{id}", (ctx, id) -> id);

        HttpResponse<String> response = get("/items/42", "traceparent", TRACEPARENT);

        assertThat(response.statusCode()).isEqualTo(200);
        SpanData span = telemetry.onlySpan();
        assertThat(span.getName()).isEqualTo("ItemService/getItem");
        assertThat(span.getKind()).isEqualTo(SpanKind.SERVER);
        assertThat(span.getTraceId()).isEqualTo(TRACE_ID);
        assertThat(span.getParentSpanId()).isEqualTo(PARENT_SPAN_ID);
        assertThat(span.getParentSpanContext().isRemote()).isTrue();
    }

    @Test
    void carriesTracestateIntoSpanContext() throws Exception {
        serve("GET", "/items/{id}", (ctx, id) -> id);

        get("/items/42", "traceparent", TRACEPARENT, "tracestate", "congo=t61rcWkgMzE,rojo=00f067aa0ba902b7");

        SpanData span = telemetry.onlySpan();
        assertThat(span.getSpanContext().getTraceState().asMap())
                .containsEntry("congo", "t61rcWkgMzE")
                .containsEntry("rojo", "00f067aa0ba902b7");
        assertThat(span.getParentSpanContext().getTraceState().get("congo")).isEqualTo("t61rcWkgMzE");
    }

    @Test
    void combinesTracestateSentOnSeveralHeaderLines() throws Exception {
        serve("GET", "/items/{id}", (ctx, id) -> id);

        get("/items/42", "traceparent", TRACEPARENT,
                "tracestate", "congo=t61rcWkgMzE", "tracestate", "rojo=00f067aa0ba902b7");

        assertThat(telemetry.onlySpan().getSpanContext().getTraceState().asMap())
                .containsEntry("congo", "t61rcWkgMzE")
                .containsEntry("rojo", "00f067aa0ba902b7");
    }

    @Test
    void recordsRequestMethodAndRouteTemplateNotRawPath() throws Exception {
        serve("PUT", "/items/{id}/tags/{tag}", (ctx, id) -> id);

        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/items/42/tags/red"))
                .PUT(HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(200);
        SpanData span = telemetry.onlySpan();
        assertThat(span.getAttributes().get(HTTP_METHOD)).isEqualTo("PUT");
        assertThat(span.getAttributes().get(HTTP_ROUTE)).isEqualTo("/items/{id}/tags/{tag}");
    }

    @Test
    void requestWithoutTraceparentGivesServerRootSpan() throws Exception {
        serve("GET", "/items/{id}", (ctx, id) -> id);

        HttpResponse<String> response = get("/items/42");

        assertThat(response.statusCode()).isEqualTo(200);
        SpanData span = telemetry.onlySpan();
        assertThat(span.getKind()).isEqualTo(SpanKind.SERVER);
        assertThat(span.getParentSpanContext().isValid()).isFalse();
        assertThat(span.getSpanContext().isValid()).isTrue();
        assertThat(span.getAttributes().get(HTTP_ROUTE)).isEqualTo("/items/{id}");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "garbage",
        "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331",
        "00-00000000000000000000000000000000-b7ad6b7169203331-01",
        "00-0af7651916cd43dd8448eb211c80319c-0000000000000000-01",
        "00-0af7651916cd43dd8448eb211c8031zz-b7ad6b7169203331-01",
        "ff-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"
    })
    void malformedTraceparentIsIgnored(String traceparent) throws Exception {
        serve("GET", "/items/{id}", (ctx, id) -> id);

        HttpResponse<String> response = get("/items/42", "traceparent", traceparent);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"id\":\"42\"}");
        SpanData span = telemetry.onlySpan();
        assertThat(span.getKind()).isEqualTo(SpanKind.SERVER);
        assertThat(span.getParentSpanContext().isValid()).isFalse();
        assertThat(span.getTraceId()).isNotEqualTo(TRACE_ID);
    }

    @Test
    void unexpectedFailureIsErrorSpanWithExceptionWhileClientGetsJson500() throws Exception {
        IllegalStateException failure = new IllegalStateException("database password is hunter2");
        serve("GET", "/items/{id}", (ctx, id) -> {
            throw failure;
        });

        HttpResponse<String> response = get("/items/42", "traceparent", TRACEPARENT);

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(response.body()).isEqualTo("{\"error\":\"internal server error\"}");
        SpanData span = telemetry.onlySpan();
        assertThat(span.getKind()).isEqualTo(SpanKind.SERVER);
        assertThat(span.getTraceId()).isEqualTo(TRACE_ID);
        assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(span.getAttributes().get(ERROR_TYPE)).isEqualTo("java.lang.IllegalStateException");
        assertThat(span.getEvents()).extracting(EventData::getName).containsExactly("exception");
    }

    @Test
    void clientErrorKeepsStatusUnsetWhileClientGets404() throws Exception {
        serve("GET", "/items/{id}", (ctx, id) -> {
            throw new ItemNotFound("no item " + id);
        });

        HttpResponse<String> response = get("/items/42");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"error\":\"no item 42\"}");
        SpanData span = telemetry.onlySpan();
        assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
        assertThat(span.getEvents()).extracting(EventData::getName).containsExactly("exception");
    }

    @Test
    void otelContextInsideEndpointHoldsEndpointSpan() throws Exception {
        AtomicReference<SpanContext> fromCtx = new AtomicReference<>();
        AtomicReference<SpanContext> current = new AtomicReference<>();
        serve("GET", "/items/{id}", (ctx, id) -> {
            fromCtx.set(Span.fromContext(Tracing.otelContext(ctx)).getSpanContext());
            current.set(Span.current().getSpanContext());
            return id;
        });

        get("/items/42", "traceparent", TRACEPARENT);

        SpanContext span = telemetry.onlySpan().getSpanContext();
        assertThat(fromCtx.get()).isEqualTo(span);
        assertThat(current.get()).isEqualTo(span);
    }

    @Test
    void nestedEndpointIsInternalChildOfServerSpan() throws Exception {
        Endpoint<String, String> load = tracing.wrap(LOAD, (ctx, id) -> "row " + id);
        serve("GET", "/items/{id}", load::call);

        get("/items/42", "traceparent", TRACEPARENT);

        SpanData server = telemetry.span("ItemService/getItem");
        SpanData inner = telemetry.span("ItemStore/load");
        assertThat(server.getKind()).isEqualTo(SpanKind.SERVER);
        assertThat(inner.getKind()).isEqualTo(SpanKind.INTERNAL);
        assertThat(inner.getTraceId()).isEqualTo(TRACE_ID);
        assertThat(inner.getParentSpanId()).isEqualTo(server.getSpanId());
    }

    @Test
    void leavesNoSpanOrMdcOnHandlerThreadForNextRequest() throws Exception {
        List<Boolean> mdcTraceIdBefore = new CopyOnWriteArrayList<>();
        List<Boolean> spanCurrentBefore = new CopyOnWriteArrayList<>();
        executor = Executors.newSingleThreadExecutor();
        server = HttpServer.builder()
                .address("127.0.0.1:0")
                .executor(executor)
                .routes(routes("GET", "/items/{id}", (ctx, id) -> id))
                .before((ctx, request) -> {
                    mdcTraceIdBefore.add(MDC.get("trace_id") != null);
                    spanCurrentBefore.add(Span.current().getSpanContext().isValid());
                    return ctx;
                })
                .before(HttpTracing.extract(telemetry.sdk()))
                .build()
                .start();

        get("/items/1", "traceparent", TRACEPARENT);
        get("/items/2");

        assertThat(mdcTraceIdBefore).containsExactly(false, false);
        assertThat(spanCurrentBefore).containsExactly(false, false);
        assertThat(telemetry.spans()).extracting(SpanData::getTraceId).doesNotHaveDuplicates();
    }

    private void serve(String method, String template, Endpoint<String, String> endpoint) throws IOException {
        server = HttpServer.builder()
                .address("127.0.0.1:0")
                .routes(routes(method, template, endpoint))
                .before(HttpTracing.extract(telemetry.sdk()))
                .build()
                .start();
    }

    private HttpRoutes routes(String method, String template, Endpoint<String, String> endpoint) {
        return HttpRoutes.builder()
                .route(method, template, GET_ITEM, tracing.wrap(GET_ITEM, endpoint),
                        request -> request.pathParam("id"),
                        id -> ("{\"id\":\"" + id + "\"}").getBytes(UTF_8))
                .build();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return CLIENT.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString(UTF_8));
    }
}
