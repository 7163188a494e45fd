package dev.javakit.processor.model;

/**
 * The optional artifacts a service chose in its {@code @KitService}; the endpoints and the forwarding
 * class are always written.
 *
 * @param http whether it is bound to HTTP ({@code HttpRoutes}, and {@code HttpClient} with clients)
 * @param jsonRpc whether it is bound to JSON-RPC ({@code JsonRpc}, and {@code JsonRpcClient} with clients)
 * @param grpc whether it is bound to gRPC ({@code ProtoCodecs}, the binary descriptor {@code .desc} and
 *     {@code Grpc}, and {@code GrpcClient} with clients)
 * @param clients whether each bound transport gets a client
 * @param decorators whether the logging and metrics decorators are written
 */
public record Artifacts(boolean http, boolean jsonRpc, boolean grpc, boolean clients, boolean decorators) {

    /** Returns whether the HTTP client is written. */
    public boolean httpClient() {
        return http && clients;
    }

    /** Returns whether the JSON-RPC client is written. */
    public boolean jsonRpcClient() {
        return jsonRpc && clients;
    }

    /** Returns whether the gRPC client is written. */
    public boolean grpcClient() {
        return grpc && clients;
    }

    /** Returns whether any client is written, and with it the error mappings clients share. */
    public boolean anyClient() {
        return httpClient() || jsonRpcClient() || grpcClient();
    }
}
