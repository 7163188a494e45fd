package dev.javakit.transport.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.javakit.context.Context;
import dev.javakit.endpoint.Endpoint;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EndpointHandlerTest {

    private static final Context.Key<String> USER = Context.Key.of("user", String.class);

    private final List<String> steps = new ArrayList<>();

    @Test
    void decodesCallsAndEncodesInOrder() throws Exception {
        EndpointHandler<Integer, String> handler = new EndpointHandler<>(
                (ctx, request) -> {
                    steps.add("call " + request);
                    return "n=" + request;
                },
                request -> {
                    steps.add("decode");
                    return 41 + 1;
                },
                response -> {
                    steps.add("encode " + response);
                    return response.getBytes(UTF_8);
                });

        byte[] body = handler.handle(Context.background(), null).body();

        assertThat(new String(body, UTF_8)).isEqualTo("n=42");
        assertThat(steps).containsExactly("decode", "call 42", "encode n=42");
    }

    @Test
    void passesTheContextToTheEndpoint() throws Exception {
        EndpointHandler<String, String> handler = new EndpointHandler<>(
                (ctx, request) -> ctx.get(USER), request -> "", response -> response.getBytes(UTF_8));

        byte[] body = handler.handle(Context.background().with(USER, "ada"), null).body();

        assertThat(new String(body, UTF_8)).isEqualTo("ada");
    }

    @Test
    void decoderFailureSkipsTheEndpoint() {
        EndpointHandler<String, String> handler = new EndpointHandler<>(
                (ctx, request) -> {
                    steps.add("call");
                    return request;
                },
                request -> {
                    throw HttpStatusException.badRequest("bad");
                },
                response -> new byte[0]);

        assertThatThrownBy(() -> handler.handle(Context.background(), null)).isInstanceOf(HttpStatusException.class);
        assertThat(steps).isEmpty();
    }

    @Test
    void endpointCheckedExceptionPropagates() {
        Endpoint<String, String> failing = (ctx, request) -> {
            throw new Exception("checked");
        };
        EndpointHandler<String, String> handler = new EndpointHandler<>(failing, request -> "", response -> {
            steps.add("encode");
            return new byte[0];
        });

        assertThatThrownBy(() -> handler.handle(Context.background(), null)).hasMessage("checked");
        assertThat(steps).isEmpty();
    }

    @Test
    void rejectsMissingParts() {
        assertThatNullPointerException().isThrownBy(
                () -> new EndpointHandler<String, String>(null, request -> "", response -> new byte[0]));
        assertThatNullPointerException().isThrownBy(
                () -> new EndpointHandler<String, String>((ctx, request) -> request, null, response -> new byte[0]));
        assertThatNullPointerException().isThrownBy(
                () -> new EndpointHandler<String, String>((ctx, request) -> request, request -> "", null));
    }
}
