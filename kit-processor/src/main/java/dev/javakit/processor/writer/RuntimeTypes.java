package dev.javakit.processor.writer;

import com.palantir.javapoet.ClassName;

/** The types generated code refers to, each named once and without loading it. */
public final class RuntimeTypes {

    /** The annotation every generated type carries. */
    public static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

    /** The request context, also recognised as a service method parameter. */
    public static final ClassName CONTEXT = ClassName.get("dev.javakit.context", "Context");
    static final ClassName ENDPOINT = ClassName.get("dev.javakit.endpoint", "Endpoint");
    static final ClassName ENDPOINT_INFO = ClassName.get("dev.javakit.endpoint", "EndpointInfo");
    static final ClassName MIDDLEWARE = ClassName.get("dev.javakit.endpoint", "Middleware");
    static final ClassName JSON_CODEC = ClassName.get("dev.javakit.json", "JsonCodec");
    static final ClassName JSON_READER = ClassName.get("dev.javakit.json", "JsonReader");
    static final ClassName JSON_WRITER = ClassName.get("dev.javakit.json", "JsonWriter");
    static final ClassName INSTANCER = ClassName.get("dev.javakit.sd", "Instancer");
    static final ClassName LOAD_BALANCING = ClassName.get("dev.javakit.sd.lb", "LoadBalancing");
    static final ClassName HTTP_ROUTES = ClassName.get("dev.javakit.transport.http", "HttpRoutes");
    static final ClassName PARAMS = ClassName.get("dev.javakit.transport.http", "Params");
    static final ClassName HTTP_CLIENT_TRANSPORT =
            ClassName.get("dev.javakit.transport.http.client", "HttpClientTransport");
    static final ClassName CLIENT_REQUEST = ClassName.get("dev.javakit.transport.http.client", "ClientRequest");
    static final ClassName CLIENT_ERRORS = ClassName.get("dev.javakit.transport.http.client", "ClientErrors");
    static final ClassName JSON_RPC_METHODS = ClassName.get("dev.javakit.transport.jsonrpc", "JsonRpcMethods");
    static final ClassName JSON_RPC_CLIENT_TRANSPORT =
            ClassName.get("dev.javakit.transport.jsonrpc", "JsonRpcClientTransport");
    static final ClassName SERVICE_LOGGER = ClassName.get("dev.javakit.log", "ServiceLogger");
    static final ClassName SERVICE_METRICS = ClassName.get("dev.javakit.metrics", "ServiceMetrics");
    static final ClassName METHOD_TIMER = SERVICE_METRICS.nestedClass("MethodTimer");
    static final ClassName TYPE_REFERENCE = ClassName.get("tools.jackson.core.type", "TypeReference");
    static final ClassName LOGGER = ClassName.get("org.slf4j", "Logger");
    static final ClassName LOGGER_FACTORY = ClassName.get("org.slf4j", "LoggerFactory");
    static final ClassName METER_REGISTRY = ClassName.get("io.micrometer.core.instrument", "MeterRegistry");

    /** A protobuf codec, the contract between generated codecs and the gRPC transport. */
    public static final ClassName PROTO_CODEC = ClassName.get("dev.javakit.grpc.codec", "ProtoCodec");
    /** The codec over generated size, write and read functions. */
    public static final ClassName MESSAGE_CODEC = ClassName.get("dev.javakit.grpc.codec", "MessageCodec");
    /** The nested message sizes of one value being encoded. */
    public static final ClassName MESSAGE_SIZES = ClassName.get("dev.javakit.grpc.codec", "MessageSizes");
    static final ClassName GRPC_METHOD = ClassName.get("dev.javakit.grpc", "GrpcMethod");
    static final ClassName GRPC_SERVICE = ClassName.get("dev.javakit.grpc.server", "GrpcService");
    static final ClassName GRPC_CLIENT_TRANSPORT = ClassName.get("dev.javakit.grpc.client", "GrpcClientTransport");
    /** protobuf-java's writer. */
    public static final ClassName CODED_OUTPUT_STREAM = ClassName.get("com.google.protobuf", "CodedOutputStream");
    /** protobuf-java's reader. */
    public static final ClassName CODED_INPUT_STREAM = ClassName.get("com.google.protobuf", "CodedInputStream");

    private RuntimeTypes() {
    }
}
