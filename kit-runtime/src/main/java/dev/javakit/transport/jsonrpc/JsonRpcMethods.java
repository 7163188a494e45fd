package dev.javakit.transport.jsonrpc;

import dev.javakit.endpoint.Endpoint;
import dev.javakit.endpoint.EndpointInfo;
import dev.javakit.json.JsonReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A service's JSON-RPC methods and the statuses of the exceptions they declare; generated per
 * service ({@code ProfileServiceJsonRpc.of(endpoints)}) and served by a {@link JsonRpcHandler}.
 */
public final class JsonRpcMethods {

    private final List<JsonRpcMethod<?, ?>> methods;
    private final Map<Class<? extends Throwable>, Integer> errorStatuses;

    private JsonRpcMethods(List<JsonRpcMethod<?, ?>> methods, Map<Class<? extends Throwable>, Integer> errorStatuses) {
        this.methods = List.copyOf(methods);
        this.errorStatuses = Map.copyOf(errorStatuses);
    }

    /** Returns a builder of an empty table. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the methods in the order they were added. */
    public List<JsonRpcMethod<?, ?>> methods() {
        return methods;
    }

    /** Returns the status each declared business exception stands for, as the HTTP routes declare them. */
    public Map<Class<? extends Throwable>, Integer> errorStatuses() {
        return errorStatuses;
    }

    /** Builds {@link JsonRpcMethods}. */
    public static final class Builder {

        private final List<JsonRpcMethod<?, ?>> methods = new ArrayList<>();
        private final Map<Class<? extends Throwable>, Integer> errorStatuses = new LinkedHashMap<>();

        private Builder() {
        }

        /** Adds a method calling {@code endpoint}. */
        public <Req, Resp> Builder method(String name, EndpointInfo info, Endpoint<Req, Resp> endpoint,
                JsonReader<Req> params, List<String> paramNames, Set<String> requiredParams) {
            methods.add(new JsonRpcMethod<>(name, info, endpoint, params, paramNames, requiredParams));
            return this;
        }

        /** Maps exceptions of {@code type} to {@code status}, from which their error code follows. */
        public Builder errorStatus(Class<? extends Throwable> type, int status) {
            errorStatuses.put(type, status);
            return this;
        }

        /** Returns the table. */
        public JsonRpcMethods build() {
            return new JsonRpcMethods(methods, errorStatuses);
        }
    }
}
