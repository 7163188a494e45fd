package dev.javakit.transport.jsonrpc;

import dev.javakit.context.Context;
import dev.javakit.errors.ErrorIdentity;
import dev.javakit.errors.InvalidArgumentsException;
import dev.javakit.errors.StatusTable;
import dev.javakit.json.JsonCodec;
import dev.javakit.json.JsonDecodeException;
import dev.javakit.log.ServiceLogger;
import dev.javakit.transport.Transport;
import dev.javakit.transport.http.HttpResponse;
import dev.javakit.transport.http.HttpRoutes;
import dev.javakit.transport.http.HttpServerRequest;
import dev.javakit.transport.http.RouteHandler;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Serves services' endpoints over JSON-RPC 2.0 on one HTTP route, beside their REST routes on the
 * same server, like Go kit's {@code transport/http/jsonrpc}: the same endpoints, with the same
 * middlewares, only another serialization.
 *
 * <pre>{@code
 * HttpServer.builder()
 *         .routes(ProfileServiceHttpRoutes.of(endpoints))
 *         .routes(JsonRpcHandler.routes("/rpc", ProfileServiceJsonRpc.of(endpoints)))
 * }</pre>
 *
 * <p>The whole specification: params by name (an object) or by position (an array, in the
 * method's parameter order); notifications (no {@code id}, no response); batches, answered with
 * the responses of their calls that are not notifications, or nothing ({@code 204}) when all are;
 * the standard error codes; and business exceptions as application errors whose code is the HTTP
 * status REST answers them with, naming the exception in the error's {@code data}
 * ({@code {"kit-error": "NotFoundException"}}, see {@link ErrorIdentity}). Arguments a middleware
 * finds invalid ({@link InvalidArgumentsException}) are {@code -32602 invalid params}, their
 * violations in the error's {@code data}. Errors nothing declares are {@code -32603 internal error}, with
 * their detail in the log only. Calls carry the {@code jsonrpc} transport in their context.
 */
public final class JsonRpcHandler implements RouteHandler {

    private static final Logger log = LoggerFactory.getLogger(JsonRpcHandler.class);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Map<String, JsonRpcMethod<?, ?>> methods;
    private final StatusTable statuses;
    private final JsonCodec json;
    private final int maxBatch;

    private JsonRpcHandler(Builder builder) {
        Map<String, JsonRpcMethod<?, ?>> byName = new HashMap<>();
        Map<Class<? extends Throwable>, Integer> declared = new LinkedHashMap<>();
        for (JsonRpcMethods service : builder.services) {
            for (JsonRpcMethod<?, ?> method : service.methods()) {
                if (method.name().startsWith("rpc.")) {
                    throw new IllegalArgumentException("JSON-RPC method " + method.name() + " of " + method.info()
                            + ": names beginning with 'rpc.' are reserved for the protocol");
                }
                JsonRpcMethod<?, ?> previous = byName.putIfAbsent(method.name(), method);
                if (previous != null) {
                    throw new IllegalArgumentException("two JSON-RPC methods are named " + method.name() + ": "
                            + previous.info() + " and " + method.info() + "; rename one with @JsonRpcName");
                }
            }
            declared.putAll(service.errorStatuses());
        }
        this.methods = Map.copyOf(byName);
        this.statuses = new StatusTable(declared);
        this.json = builder.json;
        this.maxBatch = builder.maxBatch;
    }

    /** Returns a builder; at most 100 calls a batch by default. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the route {@code POST path} serving {@code services} with the default settings. */
    public static HttpRoutes routes(String path, JsonRpcMethods... services) {
        Builder builder = builder();
        for (JsonRpcMethods service : services) {
            builder.service(service);
        }
        return builder.build().routes(path);
    }

    /** Returns the route {@code POST path} served by this handler, to mount on an {@code HttpServer}. */
    public HttpRoutes routes(String path) {
        return HttpRoutes.builder().route("POST", path, this).build();
    }

    @Override
    public HttpResponse handle(Context ctx, HttpServerRequest request) {
        Context rpc = ctx.with(Transport.KEY, Transport.JSON_RPC);
        JsonNode root;
        try {
            // Big decimals, so that an id such as 0.10000000000000000000001 is echoed as sent.
            root = json.mapper().reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(request.body());
        } catch (JacksonException e) {
            return answer(error(NODES.nullNode(), JsonRpcErrors.PARSE_ERROR, "parse error: invalid JSON"));
        } catch (NumberFormatException e) {
            // Valid JSON, but a number beyond BigDecimal's exponent (1e2147483648): no id can be
            // read from such a document, so the answer goes to a null id, as for a parse error.
            return answer(error(NODES.nullNode(), JsonRpcErrors.INVALID_REQUEST,
                    "invalid request: a number is out of range"));
        }
        if (root == null || root.isMissingNode()) {
            return answer(error(NODES.nullNode(), JsonRpcErrors.PARSE_ERROR, "parse error: empty body"));
        }
        if (!root.isArray()) {
            ObjectNode response = call(rpc, root);
            return response == null ? nothing() : answer(response);
        }
        if (root.isEmpty()) {
            return answer(error(NODES.nullNode(), JsonRpcErrors.INVALID_REQUEST, "invalid request: empty batch"));
        }
        if (root.size() > maxBatch) {
            return answer(error(NODES.nullNode(), JsonRpcErrors.INVALID_REQUEST,
                    "invalid request: a batch of " + root.size() + " calls is larger than " + maxBatch));
        }
        ArrayNode responses = NODES.arrayNode(root.size());
        for (JsonNode element : root) {
            ObjectNode response = call(rpc, element);
            if (response != null) {
                responses.add(response);
            }
        }
        return responses.isEmpty() ? nothing() : answer(responses);
    }

    /** Handles one request object; returns its response, or {@code null} for a notification. */
    private ObjectNode call(Context ctx, JsonNode request) {
        if (!request.isObject()) {
            return error(NODES.nullNode(), JsonRpcErrors.INVALID_REQUEST, "invalid request: not an object");
        }
        JsonNode id = request.get("id");
        if (id != null && !(id.isString() || id.isNumber() || id.isNull())) {
            return error(NODES.nullNode(), JsonRpcErrors.INVALID_REQUEST, "invalid request: id must be a string, a number or null");
        }
        JsonNode responseId = id == null ? NODES.nullNode() : id;
        JsonNode version = request.get("jsonrpc");
        // Go kit's JSON-RPC client sends "jsonrpc":"" (transport/http/jsonrpc/client.go, v0.10 to this
        // day), and Go kit's server never looks: an empty version is taken as 2.0, so that Go kit's
        // clients call these services; any other version is refused.
        if (version == null || !version.isString()
                || !(version.stringValue().equals("2.0") || version.stringValue().isEmpty())) {
            return error(responseId, JsonRpcErrors.INVALID_REQUEST, "invalid request: jsonrpc must be \"2.0\"");
        }
        JsonNode name = request.get("method");
        if (name == null || !name.isString()) {
            return error(responseId, JsonRpcErrors.INVALID_REQUEST, "invalid request: method must be a string");
        }
        JsonNode params = request.get("params");
        if (params != null && !params.isObject() && !params.isArray()) {
            return error(responseId, JsonRpcErrors.INVALID_REQUEST, "invalid request: params must be an object or an array");
        }
        boolean notification = id == null;
        JsonRpcMethod<?, ?> method = methods.get(name.stringValue());
        if (method == null) {
            return notification ? null : error(responseId, JsonRpcErrors.METHOD_NOT_FOUND, "method not found: " + name.stringValue());
        }
        ObjectNode response = invoke(ctx, method, params, responseId);
        return notification ? null : response;
    }

    private <Req, Resp> ObjectNode invoke(Context ctx, JsonRpcMethod<Req, Resp> method, JsonNode params, JsonNode id) {
        Req decoded;
        try {
            decoded = method.params().read(named(method, params));
        } catch (InvalidParamsException | JsonDecodeException e) {
            // The call never reaches its endpoint, so no service log line tells of it.
            log.atWarn()
                    .addKeyValue("method", method.name())
                    .addKeyValue("code", JsonRpcErrors.INVALID_PARAMS)
                    .addKeyValue("err", e.getMessage())
                    .log("call refused before its endpoint");
            return error(id, JsonRpcErrors.INVALID_PARAMS, "invalid params: " + e.getMessage());
        }
        JsonNode result;
        try {
            result = json.mapper().valueToTree(method.endpoint().call(ctx, decoded));
        } catch (InvalidArgumentsException e) {
            // A middleware's verdict on the arguments (Bean Validation) is what JSON-RPC calls invalid
            // params, as when they do not decode, not an application error coded 400.
            ObjectNode response = error(id, JsonRpcErrors.INVALID_PARAMS, "invalid params: " + e.describeViolations());
            ((ObjectNode) response.get("error")).putObject("data").set("violations", json.mapper().valueToTree(e.violations()));
            return response;
        } catch (Throwable e) {
            // Whatever one call throws, the others of its batch are still answered.
            int status = statuses.statusOf(e);
            if (status == 0) {
                if (!ServiceLogger.loggedWithStackTrace(e)) {
                    log.atError().setCause(e).addKeyValue("method", method.name()).log("unexpected error; answered -32603");
                }
                return error(id, JsonRpcErrors.INTERNAL_ERROR, "internal error");
            }
            String message = e.getMessage();
            ObjectNode response = error(id, status, message == null || message.isBlank() ? "error " + status : message);
            // A status as a code can collide with the service's own; the identity tells a client which it is.
            ((ObjectNode) response.get("error")).putObject("data").put(ErrorIdentity.JSON_RPC_MEMBER, statuses.identityOf(e));
            return response;
        }
        ObjectNode response = NODES.objectNode();
        response.put("jsonrpc", "2.0");
        response.set("result", result);
        response.set("id", id);
        return response;
    }

    /**
     * Returns the params as an object: positional ones named in the method's order, every missing
     * required one named in one failure.
     */
    private static ObjectNode named(JsonRpcMethod<?, ?> method, JsonNode params) {
        if (params == null) {
            params = NODES.objectNode();
        }
        ObjectNode named;
        if (params.isArray()) {
            List<String> names = method.paramNames();
            if (params.size() != names.size()) {
                throw new InvalidParamsException("expected " + names.size() + " params by position, got " + params.size());
            }
            named = NODES.objectNode();
            for (int i = 0; i < names.size(); i++) {
                named.set(names.get(i), params.get(i));
            }
        } else {
            named = (ObjectNode) params;
        }
        List<String> missing = new ArrayList<>();
        for (String param : method.paramNames()) {
            JsonNode value = named.get(param);
            if (value == null && spelledOtherwise(named, param)) {
                // A codec reading names regardless of case, as Go's encoding/json does, has the last
                // word on {"A":1} for param a: it is there, not omitted.
                continue;
            }
            if ((value == null || value.isNull()) && method.requiredParams().contains(param)) {
                missing.add("'" + param + "'");
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidParamsException((missing.size() == 1 ? "missing param " : "missing params ")
                    + String.join(", ", missing));
        }
        return named;
    }

    private static boolean spelledOtherwise(ObjectNode params, String param) {
        return params.propertyNames().stream().anyMatch(name -> name.equalsIgnoreCase(param));
    }

    private static ObjectNode error(JsonNode id, int code, String message) {
        ObjectNode error = NODES.objectNode();
        error.put("code", code);
        error.put("message", message);
        ObjectNode response = NODES.objectNode();
        response.put("jsonrpc", "2.0");
        response.set("error", error);
        response.set("id", id);
        return response;
    }

    private HttpResponse answer(JsonNode response) {
        return HttpResponse.json(json.mapper().writeValueAsBytes(response));
    }

    private static HttpResponse nothing() {
        return new HttpResponse(204, HttpResponse.JSON, new byte[0]);
    }

    /** Params that do not fit the method, answered as -32602. */
    private static final class InvalidParamsException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        InvalidParamsException(String message) {
            super(message, null, false, false);
        }
    }

    /** Configures a {@link JsonRpcHandler}. */
    public static final class Builder {

        private final List<JsonRpcMethods> services = new ArrayList<>();
        private JsonCodec json = JsonCodec.standard();
        private int maxBatch = 100;

        private Builder() {
        }

        /** Serves {@code service}'s methods, such as a generated {@code ProfileServiceJsonRpc.of(endpoints)}. */
        public Builder service(JsonRpcMethods service) {
            services.add(Objects.requireNonNull(service, "service"));
            return this;
        }

        /** Answers batches of more than {@code calls} calls with one invalid-request error; 100 by default. */
        public Builder maxBatch(int calls) {
            if (calls < 1) {
                throw new IllegalArgumentException("maxBatch must be at least 1: " + calls);
            }
            this.maxBatch = calls;
            return this;
        }

        /** Reads and writes with {@code json}; the standard codec by default. */
        public Builder json(JsonCodec json) {
            this.json = Objects.requireNonNull(json, "json");
            return this;
        }

        /**
         * Returns the handler.
         *
         * @throws IllegalArgumentException if two services name a method alike
         */
        public JsonRpcHandler build() {
            return new JsonRpcHandler(this);
        }
    }
}
