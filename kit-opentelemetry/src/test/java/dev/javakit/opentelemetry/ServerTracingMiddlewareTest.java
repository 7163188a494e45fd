package dev.javakit.opentelemetry;

import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.javakit.annotations.ErrorStatus;
import dev.javakit.context.Context;
import dev.javakit.endpoint.Endpoint;
import dev.javakit.endpoint.EndpointInfo;
import dev.javakit.transport.http.HttpStatusException;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.ExceptionEventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.MDC;

class ServerTracingMiddlewareTest {

    record GetProfile(String id) {
    }

    record Profile(String id, String name) {
    }

    @ErrorStatus(404)
    static class ProfileNotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ProfileNotFound(String message) {
            super(message);
        }
    }

    @ErrorStatus(503)
    static class StoreUnavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StoreUnavailable(String message) {
            super(message);
        }
    }

    private static final EndpointInfo GET_PROFILE = new EndpointInfo("ProfileService", "getProfile");
    private static final EndpointInfo LOAD = new EndpointInfo("ProfileStore", "load");
    private static final Context.Key<String> USER = Context.Key.of("user", String.class);

    private static final AttributeKey<String> RPC_SYSTEM = stringKey("rpc.system");
    private static final AttributeKey<String> RPC_SERVICE = stringKey("rpc.service");
    private static final AttributeKey<String> RPC_METHOD = stringKey("rpc.method");
    private static final AttributeKey<String> HTTP_METHOD = stringKey("http.request.method");
    private static final AttributeKey<String> HTTP_ROUTE = stringKey("http.route");
    private static final AttributeKey<String> ERROR_TYPE = stringKey("error.type");
    private static final AttributeKey<String> EXCEPTION_TYPE = stringKey("exception.type");
    private static final AttributeKey<String> EXCEPTION_MESSAGE = stringKey("exception.message");

    private static final String REMOTE_TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
    private static final String REMOTE_SPAN_ID = "b7ad6b7169203331";

    private final InMemoryTelemetry telemetry = new InMemoryTelemetry();
    private final ServerTracingMiddleware tracing = new ServerTracingMiddleware(telemetry.sdk());

    @BeforeAll
    static void mdcKeepsValues() {
        MDC.put("probe", "kept");
        assertThat(MDC.get("probe"))
                .as("the test logging backend must keep MDC values, else the MDC tests prove nothing")
                .isEqualTo("kept");
        MDC.remove("probe");
    }

    @AfterEach
    void shutDown() {
        telemetry.shutdown();
        MDC.clear();
    }

    @Test
    void namesSpanServiceSlashMethodWithRpcAttributes() throws Exception {
        Endpoint<String, String> getProfile = tracing.wrap(GET_PROFILE, (ctx, id) -> "profile " + id);

        getProfile.call(Context.background(), "42");

        SpanData span = telemetry.onlySpan();
        assertThat(span.getName()).isEqualTo("ProfileService/getProfile");
        assertThat(span.getAttributes().get(RPC_SYSTEM)).isEqualTo("javakit");
        assertThat(span.getAttributes().get(RPC_SERVICE)).isEqualTo("ProfileService");
        assertThat(span.getAttributes().get(RPC_METHOD)).isEqualTo("getProfile");
        assertThat(span.getInstrumentationScopeInfo().getName()).isEqualTo(Tracing.INSTRUMENTATION);
    }

    @Test
    void withoutHttpTracingIsInternalRootSpanWhenNothingIsCurrent() throws Exception {
        tracing.wrap(GET_PROFILE, (ctx, id) -> id).call(Context.background(), "42");

        SpanData span = telemetry.onlySpan();
        assertThat(span.getKind()).isEqualTo(SpanKind.INTERNAL);
        assertThat(span.getParentSpanContext().isValid()).isFalse();
        assertThat(span.getAttributes().get(HTTP_METHOD)).isNull();
        assertThat(span.getAttributes().get(HTTP_ROUTE)).isNull();
    }

    @Test
    void withoutHttpTracingIsInternalChildOfThreadsCurrentSpan() throws Exception {
        Span caller = telemetry.sdk().getTracer("test").spanBuilder("caller").startSpan();
        Scope scope = caller.makeCurrent();
        try {
            tracing.wrap(GET_PROFILE, (ctx, id) -> id).call(Context.background(), "42");
        } finally {
            scope.close();
            caller.end();
        }

        SpanData span = telemetry.span("ProfileService/getProfile");
        assertThat(span.getKind()).isEqualTo(SpanKind.INTERNAL);
        assertThat(span.getTraceId()).isEqualTo(caller.getSpanContext().getTraceId());
        assertThat(span.getParentSpanId()).isEqualTo(caller.getSpanContext().getSpanId());
    }

    @Test
    void nestedEndpointIsInternalChildOfOuterSpanInSameTrace() throws Exception {
        Endpoint<String, String> load = tracing.wrap(LOAD, (ctx, id) -> "row " + id);
        Endpoint<String, String> getProfile = tracing.wrap(GET_PROFILE, load::call);

        assertThat(getProfile.call(Context.background(), "42")).isEqualTo("row 42");

        SpanData outer = telemetry.span("ProfileService/getProfile");
        SpanData inner = telemetry.span("ProfileStore/load");
        assertThat(inner.getKind()).isEqualTo(SpanKind.INTERNAL);
        assertThat(inner.getTraceId()).isEqualTo(outer.getTraceId());
        assertThat(inner.getParentSpanId()).isEqualTo(outer.getSpanId());
        assertThat(outer.getParentSpanContext().isValid()).isFalse();
    }

    @Test
    void nestedEndpointCalledOnAnotherThreadIsStillChildOfOuterSpan() throws Exception {
        ExecutorService otherThread = Executors.newSingleThreadExecutor();
        try {
            Endpoint<String, String> load = tracing.wrap(LOAD, (ctx, id) -> "row " + id);
            Endpoint<String, String> getProfile = tracing.wrap(GET_PROFILE,
                    (ctx, id) -> otherThread.submit(() -> load.call(ctx, id)).get());

            getProfile.call(Context.background(), "42");
        } finally {
            otherThread.shutdown();
        }

        SpanData outer = telemetry.span("ProfileService/getProfile");
        SpanData inner = telemetry.span("ProfileStore/load");
        assertThat(inner.getTraceId()).isEqualTo(outer.getTraceId());
        assertThat(inner.getParentSpanId()).isEqualTo(outer.getSpanId());
    }

    @Test
    void withIncomingRequestIsServerChildOfRemoteParentWithHttpAttributes() throws Exception {
        Context ctx = Context.background().with(Tracing.INCOMING, incoming("GET", "/profiles/{id}"));

        tracing.wrap(GET_PROFILE, (c, id) -> id).call(ctx, "42");

        SpanData span = telemetry.onlySpan();
        assertThat(span.getKind()).isEqualTo(SpanKind.SERVER);
        assertThat(span.getTraceId()).isEqualTo(REMOTE_TRACE_ID);
        assertThat(span.getParentSpanId()).isEqualTo(REMOTE_SPAN_ID);
        assertThat(span.getParentSpanContext().isRemote()).isTrue();
        assertThat(span.getAttributes().get(HTTP_METHOD)).isEqualTo("GET");
        assertThat(span.getAttributes().get(HTTP_ROUTE)).isEqualTo("/profiles/{id}");
    }

    @Test
    void incomingRemoteParentWinsOverThreadsCurrentSpan() throws Exception {
        Context ctx = Context.background().with(Tracing.INCOMING, incoming("GET", "/profiles/{id}"));
        Span unrelated = telemetry.sdk().getTracer("test").spanBuilder("unrelated").startSpan();
        Scope scope = unrelated.makeCurrent();
        try {
            tracing.wrap(GET_PROFILE, (c, id) -> id).call(ctx, "42");
        } finally {
            scope.close();
            unrelated.end();
        }

        SpanData span = telemetry.span("ProfileService/getProfile");
        assertThat(span.getTraceId()).isEqualTo(REMOTE_TRACE_ID);
        assertThat(span.getParentSpanId()).isEqualTo(REMOTE_SPAN_ID);
    }

    @Test
    void nestedEndpointUnderIncomingRequestIsInternalChildWithoutHttpAttributes() throws Exception {
        Context ctx = Context.background().with(Tracing.INCOMING, incoming("GET", "/profiles/{id}"));
        Endpoint<String, String> load = tracing.wrap(LOAD, (c, id) -> "row " + id);

        tracing.wrap(GET_PROFILE, load::call).call(ctx, "42");

        SpanData outer = telemetry.span("ProfileService/getProfile");
        SpanData inner = telemetry.span("ProfileStore/load");
        assertThat(outer.getKind()).isEqualTo(SpanKind.SERVER);
        assertThat(inner.getKind()).isEqualTo(SpanKind.INTERNAL);
        assertThat(inner.getTraceId()).isEqualTo(REMOTE_TRACE_ID);
        assertThat(inner.getParentSpanId()).isEqualTo(outer.getSpanId());
        assertThat(inner.getAttributes().get(HTTP_METHOD)).isNull();
        assertThat(inner.getAttributes().get(HTTP_ROUTE)).isNull();
    }

    @Test
    void spanIsCurrentWhileNextRunsAndCallersAfterwards() throws Exception {
        Span caller = telemetry.sdk().getTracer("test").spanBuilder("caller").startSpan();
        AtomicReference<SpanContext> currentInside = new AtomicReference<>();
        SpanContext currentAfter;
        Scope scope = caller.makeCurrent();
        try {
            tracing.wrap(GET_PROFILE, (ctx, id) -> {
                currentInside.set(Span.current().getSpanContext());
                return id;
            }).call(Context.background(), "42");
            currentAfter = Span.current().getSpanContext();
        } finally {
            scope.close();
            caller.end();
        }

        assertThat(currentInside.get()).isEqualTo(telemetry.span("ProfileService/getProfile").getSpanContext());
        assertThat(currentAfter).isEqualTo(caller.getSpanContext());
    }

    @Test
    void spanIsNoLongerCurrentAfterFailure() {
        Endpoint<String, String> failing = (ctx, id) -> {
            throw new IllegalStateException("store down");
        };

        catchThrowable(() -> tracing.wrap(GET_PROFILE, failing).call(Context.background(), "42"));

        assertThat(Span.current().getSpanContext().isValid()).isFalse();
    }

    @Test
    void otelContextSeenByNextHoldsTheSpan() throws Exception {
        AtomicReference<SpanContext> seen = new AtomicReference<>();

        tracing.wrap(GET_PROFILE, (ctx, id) -> {
            seen.set(Span.fromContext(Tracing.otelContext(ctx)).getSpanContext());
            return id;
        }).call(Context.background(), "42");

        assertThat(seen.get()).isEqualTo(telemetry.onlySpan().getSpanContext());
    }

    @Test
    void mdcHoldsTraceAndSpanIdsWhileNextRuns() throws Exception {
        AtomicReference<String> traceId = new AtomicReference<>();
        AtomicReference<String> spanId = new AtomicReference<>();

        tracing.wrap(GET_PROFILE, (ctx, id) -> {
            traceId.set(MDC.get("trace_id"));
            spanId.set(MDC.get("span_id"));
            return id;
        }).call(Context.background(), "42");

        SpanData span = telemetry.onlySpan();
        assertThat(traceId.get()).isEqualTo(span.getTraceId());
        assertThat(spanId.get()).isEqualTo(span.getSpanId());
    }

    @Test
    void putsNoIdsInMdcWhenTracingIsOff() throws Exception {
        AtomicReference<String> traceId = new AtomicReference<>();
        AtomicReference<String> spanId = new AtomicReference<>();

        new ServerTracingMiddleware(OpenTelemetry.noop()).wrap(GET_PROFILE, (ctx, id) -> {
            traceId.set(MDC.get("trace_id"));
            spanId.set(MDC.get("span_id"));
            return id;
        }).call(Context.background(), "42");

        assertThat(traceId.get()).isNull();
        assertThat(spanId.get()).isNull();
    }

    @Test
    void removesMdcKeysAfterCall() throws Exception {
        tracing.wrap(GET_PROFILE, (ctx, id) -> id).call(Context.background(), "42");

        assertThat(MDC.get("trace_id")).isNull();
        assertThat(MDC.get("span_id")).isNull();
    }

    @Test
    void removesMdcKeysAfterFailure() {
        Endpoint<String, String> failing = (ctx, id) -> {
            throw new IllegalStateException("store down");
        };

        catchThrowable(() -> tracing.wrap(GET_PROFILE, failing).call(Context.background(), "42"));

        assertThat(MDC.get("trace_id")).isNull();
        assertThat(MDC.get("span_id")).isNull();
    }

    @Test
    void restoresCallersMdcValuesAfterCallAndAfterFailure() throws Exception {
        MDC.put("trace_id", "caller-trace");
        MDC.put("span_id", "caller-span");
        Endpoint<String, String> failing = (ctx, id) -> {
            throw new IllegalStateException("store down");
        };

        tracing.wrap(GET_PROFILE, (ctx, id) -> id).call(Context.background(), "42");
        assertThat(MDC.get("trace_id")).isEqualTo("caller-trace");
        assertThat(MDC.get("span_id")).isEqualTo("caller-span");

        catchThrowable(() -> tracing.wrap(GET_PROFILE, failing).call(Context.background(), "42"));
        assertThat(MDC.get("trace_id")).isEqualTo("caller-trace");
        assertThat(MDC.get("span_id")).isEqualTo("caller-span");
    }

    @Test
    void restoresOuterMdcValuesAndCurrentSpanAfterNestedCall() throws Exception {
        AtomicReference<String> traceIdAfterInner = new AtomicReference<>();
        AtomicReference<String> spanIdAfterInner = new AtomicReference<>();
        AtomicReference<SpanContext> currentAfterInner = new AtomicReference<>();
        Endpoint<String, String> load = tracing.wrap(LOAD, (ctx, id) -> "row " + id);

        tracing.<String, String>wrap(GET_PROFILE, (ctx, id) -> {
            String row = load.call(ctx, id);
            traceIdAfterInner.set(MDC.get("trace_id"));
            spanIdAfterInner.set(MDC.get("span_id"));
            currentAfterInner.set(Span.current().getSpanContext());
            return row;
        }).call(Context.background(), "42");

        SpanData outer = telemetry.span("ProfileService/getProfile");
        assertThat(traceIdAfterInner.get()).isEqualTo(outer.getTraceId());
        assertThat(spanIdAfterInner.get()).isEqualTo(outer.getSpanId());
        assertThat(currentAfterInner.get()).isEqualTo(outer.getSpanContext());
    }

    @Test
    void recordsExceptionEventWithErrorTypeAndRethrowsSameInstance() {
        IllegalStateException failure = new IllegalStateException("store down");
        Endpoint<String, String> failing = (ctx, id) -> {
            throw failure;
        };

        assertThatThrownBy(() -> tracing.wrap(GET_PROFILE, failing).call(Context.background(), "42"))
                .isSameAs(failure);

        SpanData span = telemetry.onlySpan();
        assertThat(span.getAttributes().get(ERROR_TYPE)).isEqualTo("java.lang.IllegalStateException");
        assertThat(span.getEvents()).singleElement().satisfies(event -> {
            assertThat(event.getName()).isEqualTo("exception");
            assertThat(event.getAttributes().get(EXCEPTION_TYPE)).isEqualTo("java.lang.IllegalStateException");
            assertThat(event.getAttributes().get(EXCEPTION_MESSAGE)).isEqualTo("store down");
            assertThat(event).isInstanceOfSatisfying(ExceptionEventData.class,
                    exception -> assertThat(exception.getException()).isSameAs(failure));
        });
    }

    @Test
    void rethrowsSameCheckedExceptionInstance() {
        IOException failure = new IOException("disk gone");
        Endpoint<String, String> failing = (ctx, id) -> {
            throw failure;
        };

        assertThatThrownBy(() -> tracing.wrap(GET_PROFILE, failing).call(Context.background(), "42"))
                .isSameAs(failure);
        assertThat(telemetry.onlySpan().getAttributes().get(ERROR_TYPE)).isEqualTo("java.io.IOException");
    }

    static Stream<Named<Exception>> serverErrors() {
        return Stream.of(
                Named.of("undeclared RuntimeException", new RuntimeException("boom")),
                Named.of("undeclared checked exception", new IOException("disk gone")),
                Named.of("@ErrorStatus(503)", new StoreUnavailable("try later")),
                Named.of("HttpStatusException(500)", new HttpStatusException(500, "broken")));
    }

    @ParameterizedTest
    @MethodSource("serverErrors")
    void serverErrorSetsStatusError(Exception failure) {
        Endpoint<String, String> failing = (ctx, id) -> {
            throw failure;
        };

        catchThrowable(() -> tracing.wrap(GET_PROFILE, failing).call(Context.background(), "42"));

        SpanData span = telemetry.onlySpan();
        assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(span.getAttributes().get(ERROR_TYPE)).isEqualTo(failure.getClass().getName());
    }

    static Stream<Named<Exception>> clientErrors() {
        return Stream.of(
                Named.of("@ErrorStatus(404)", new ProfileNotFound("no profile 42")),
                Named.of("HttpStatusException(400)", new HttpStatusException(400, "bad id")));
    }

    @ParameterizedTest
    @MethodSource("clientErrors")
    void clientErrorLeavesStatusUnsetButRecordsException(Exception failure) {
        Endpoint<String, String> failing = (ctx, id) -> {
            throw failure;
        };

        assertThatThrownBy(() -> tracing.wrap(GET_PROFILE, failing).call(Context.background(), "42"))
                .isSameAs(failure);

        SpanData span = telemetry.onlySpan();
        assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
        assertThat(span.getAttributes().get(ERROR_TYPE)).isEqualTo(failure.getClass().getName());
        assertThat(span.getEvents()).extracting(EventData::getName).containsExactly("exception");
    }

    @Test
    void successLeavesStatusUnsetWithoutEvents() throws Exception {
        tracing.wrap(GET_PROFILE, (ctx, id) -> id).call(Context.background(), "42");

        SpanData span = telemetry.onlySpan();
        assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
        assertThat(span.getAttributes().get(ERROR_TYPE)).isNull();
        assertThat(span.getEvents()).isEmpty();
    }

    static Stream<Named<Endpoint<String, String>>> outcomes() {
        return Stream.of(
                Named.<Endpoint<String, String>>of("success", (ctx, id) -> id),
                Named.<Endpoint<String, String>>of("server error", (ctx, id) -> {
                    throw new IllegalStateException("store down");
                }),
                Named.<Endpoint<String, String>>of("client error", (ctx, id) -> {
                    throw new ProfileNotFound("no profile " + id);
                }));
    }

    @ParameterizedTest
    @MethodSource("outcomes")
    void endsSpanExactlyOnce(Endpoint<String, String> next) {
        EndCountingOpenTelemetry counting = new EndCountingOpenTelemetry(telemetry.sdk());

        catchThrowable(() -> new ServerTracingMiddleware(counting).wrap(GET_PROFILE, next).call(Context.background(), "42"));

        assertThat(counting.endsPerSpan()).containsExactly(1);
        assertThat(telemetry.onlySpan().hasEnded()).isTrue();
    }

    @Test
    void endsNestedSpansExactlyOnceEach() throws Exception {
        EndCountingOpenTelemetry counting = new EndCountingOpenTelemetry(telemetry.sdk());
        ServerTracingMiddleware countingTracing = new ServerTracingMiddleware(counting);
        Endpoint<String, String> load = countingTracing.wrap(LOAD, (ctx, id) -> "row " + id);

        countingTracing.wrap(GET_PROFILE, load::call).call(Context.background(), "42");

        assertThat(counting.endsPerSpan()).containsExactly(1, 1);
        assertThat(telemetry.spans()).extracting(SpanData::getName)
                .containsExactly("ProfileStore/load", "ProfileService/getProfile");
    }

    @Test
    void passesRequestAndResponseThroughUnchanged() throws Exception {
        GetProfile request = new GetProfile("42");
        Profile response = new Profile("42", "Ada");
        AtomicReference<GetProfile> seen = new AtomicReference<>();

        Profile returned = tracing.<GetProfile, Profile>wrap(GET_PROFILE, (ctx, req) -> {
            seen.set(req);
            return response;
        }).call(Context.background(), request);

        assertThat(returned).isSameAs(response);
        assertThat(seen.get()).isSameAs(request);
    }

    @Test
    void nextSeesCallersContextValuesAndDeadline() throws Exception {
        Context ctx = Context.background().with(USER, "ada").withTimeout(Duration.ofMinutes(1));
        AtomicReference<String> user = new AtomicReference<>();
        AtomicReference<Instant> deadline = new AtomicReference<>();

        tracing.wrap(GET_PROFILE, (c, id) -> {
            user.set(c.get(USER));
            deadline.set(c.deadline());
            return id;
        }).call(ctx, "42");

        assertThat(user.get()).isEqualTo("ada");
        assertThat(deadline.get()).isEqualTo(ctx.deadline());
    }

    @Test
    void eachCallGetsItsOwnSpanInItsOwnTrace() throws Exception {
        Endpoint<String, String> getProfile = tracing.wrap(GET_PROFILE, (ctx, id) -> id);

        getProfile.call(Context.background(), "1");
        getProfile.call(Context.background(), "2");

        List<SpanData> spans = telemetry.spans();
        assertThat(spans).hasSize(2);
        assertThat(spans.get(0).getTraceId()).isNotEqualTo(spans.get(1).getTraceId());
    }

    private static Tracing.Incoming incoming(String method, String route) {
        SpanContext remote = SpanContext.createFromRemoteParent(
                REMOTE_TRACE_ID, REMOTE_SPAN_ID, TraceFlags.getSampled(), TraceState.getDefault());
        return new Tracing.Incoming(io.opentelemetry.context.Context.root().with(Span.wrap(remote)), method, route);
    }
}
