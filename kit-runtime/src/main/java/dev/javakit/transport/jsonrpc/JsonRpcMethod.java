package dev.javakit.transport.jsonrpc;

import dev.javakit.endpoint.Endpoint;
import dev.javakit.endpoint.EndpointInfo;
import dev.javakit.json.JsonReader;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One JSON-RPC method: its name, the endpoint it calls, and how its {@code params} become the
 * endpoint's request record; generated per service method.
 *
 * @param name the method name requests give, such as {@code getProfile}
 * @param info which service method it is
 * @param endpoint the endpoint, with its middlewares
 * @param params reads the request record from a {@code params} object
 * @param paramNames the request record's components in order, what positional params map to
 * @param requiredParams the params that must be present (neither optional, nullable nor a list)
 * @param <Req> the request record type
 * @param <Resp> the response record type, the {@code result}
 */
public record JsonRpcMethod<Req, Resp>(
        String name,
        EndpointInfo info,
        Endpoint<Req, Resp> endpoint,
        JsonReader<Req> params,
        List<String> paramNames,
        Set<String> requiredParams) {

    /** Checks every part is present. */
    public JsonRpcMethod {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(params, "params");
        paramNames = List.copyOf(paramNames);
        requiredParams = Set.copyOf(requiredParams);
    }
}
