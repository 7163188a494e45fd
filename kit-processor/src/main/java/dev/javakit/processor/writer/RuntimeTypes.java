package dev.javakit.processor.writer;

import com.palantir.javapoet.ClassName;

/** The runtime types generated code refers to, named without loading them. */
final class RuntimeTypes {

    static final ClassName CONTEXT = ClassName.get("dev.javakit.context", "Context");
    static final ClassName ENDPOINT = ClassName.get("dev.javakit.endpoint", "Endpoint");
    static final ClassName ENDPOINT_INFO = ClassName.get("dev.javakit.endpoint", "EndpointInfo");
    static final ClassName MIDDLEWARE = ClassName.get("dev.javakit.endpoint", "Middleware");
    static final ClassName JSON_CODEC = ClassName.get("dev.javakit.json", "JsonCodec");
    static final ClassName JSON_READER = ClassName.get("dev.javakit.json", "JsonReader");
    static final ClassName HTTP_ROUTES = ClassName.get("dev.javakit.transport.http", "HttpRoutes");
    static final ClassName PARAMS = ClassName.get("dev.javakit.transport.http", "Params");
    static final ClassName TYPE_REFERENCE = ClassName.get("tools.jackson.core.type", "TypeReference");

    private RuntimeTypes() {
    }
}
