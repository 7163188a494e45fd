package dev.javakit.transport.jsonrpc;

import dev.javakit.context.Context;
import dev.javakit.errors.ErrorIdentity;
import dev.javakit.json.JsonDecodeException;
import dev.javakit.json.JsonReader;
import dev.javakit.transport.http.client.ClientErrors;
import dev.javakit.transport.http.client.ClientRequest;
import dev.javakit.transport.http.client.HttpClientTransport;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends the calls of generated JSON-RPC clients to one instance: one request object per call,
 * POSTed to a server's JSON-RPC route through an {@link HttpClientTransport} (so timeouts, hooks
 * and failures are the HTTP client's), params by name. Balancing and retries are
 * {@code dev.javakit.sd.lb}'s.
 */
public final class JsonRpcClientTransport {

    private final HttpClientTransport http;
    private final String path;
    private final AtomicLong ids = new AtomicLong();
    private final JsonReader<JsonNode> envelope;

    /** Creates the transport calling {@code path} (such as {@code /rpc}) over {@code http}. */
    public JsonRpcClientTransport(HttpClientTransport http, String path) {
        this.http = Objects.requireNonNull(http, "http");
        this.path = Objects.requireNonNull(path, "path");
        this.envelope = http.json().reader(JsonNode.class);
    }

    /** Returns the HTTP transport the calls go through. */
    public HttpClientTransport http() {
        return http;
    }

    /**
     * Calls {@code method} once with the request record as named params and returns the decoded result.
     *
     * @throws Exception the method's declared exception the server answered, a
     *     {@link JsonRpcException} for any other error response, or an
     *     {@code HttpClientException} when no JSON-RPC answer came (which says how far the call got)
     */
    public <Resp> Resp call(Context ctx, String method, Object params, JsonReader<Resp> result, ClientErrors errors)
            throws Exception {
        long id = ids.incrementAndGet();
        ObjectNode request = JsonNodeFactory.instance.objectNode();
        request.put("jsonrpc", "2.0");
        request.put("method", method);
        request.set("params", http.json().mapper().valueToTree(params));
        request.put("id", id);
        JsonNode response = http.call(ctx,
                ClientRequest.of("POST", path).body(http.json().mapper().writeValueAsBytes(request)),
                envelope, ClientErrors.NONE);
        JsonNode error = response == null ? null : response.get("error");
        if (error != null && error.isObject()) {
            int code = error.path("code").asInt(JsonRpcErrors.INTERNAL_ERROR);
            String message = error.path("message").isString() ? error.path("message").stringValue() : null;
            JsonNode identity = error.path("data").path(ErrorIdentity.JSON_RPC_MEMBER);
            Exception declared = errors.decode(identity.isString() ? identity.stringValue() : null, code, message);
            throw declared != null ? declared : new JsonRpcException(code, message == null ? "" : message);
        }
        if (response == null || !response.has("result")) {
            throw new JsonRpcException(JsonRpcErrors.INTERNAL_ERROR, method + " answered neither a result nor an error");
        }
        try {
            return result.read(response.get("result"));
        } catch (JsonDecodeException e) {
            throw new JsonRpcException(JsonRpcErrors.INTERNAL_ERROR,
                    method + " answered a result that is not the JSON expected (" + e.getMessage() + ")");
        }
    }
}
