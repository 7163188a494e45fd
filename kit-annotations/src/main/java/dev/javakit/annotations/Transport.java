package dev.javakit.annotations;

/** A wire protocol a {@link KitService} can be served and called over. */
public enum Transport {

    /** REST over HTTP: the routes of the verb annotations, or the default {@code POST /<Service>/<method>}. */
    HTTP,

    /** JSON-RPC 2.0: one method per endpoint, named by {@link JsonRpcName} or the Java name. */
    JSON_RPC,

    /**
     * gRPC with protobuf messages: the {@code ProtoCodecs} of the service's {@code .proto}, and its
     * binary descriptor ({@code META-INF/javakit/<service>.desc}); needs {@code kit-grpc} and
     * protobuf-java on the class path, so it is not among the defaults.
     */
    GRPC
}
