package dev.javakit.processor;

import javax.tools.Diagnostic;

/**
 * Every diagnostic the processor reports, with its greppable id and wording in one place.
 *
 * <p>Each message says what is wrong and what to write instead. Arguments are formatted with
 * {@link String#format}.
 */
public enum Message {

    NOT_AN_INTERFACE("not-an-interface",
            "@KitService must annotate an interface, not %s; declare the service as an interface and "
                    + "implement it in a class"),
    INACCESSIBLE_SERVICE("inaccessible-service",
            "@KitService interface %s must not be private: the classes generated beside it need to see it"),
    GENERIC_SERVICE("generic-service",
            "@KitService interface %s must not declare type parameters; give the service a concrete "
                    + "interface, such as `interface ProfileService extends Repository<Profile>`"),
    GENERIC_METHOD("generic-method",
            "service method %s must not declare type parameters: its request and response records need "
                    + "concrete types"),
    ASYNC_METHOD("async-method",
            "service method %s returns %s; asynchronous results are not supported yet: return the value "
                    + "itself, and the transport runs each call on its own (virtual, on JDK 21+) thread"),
    OVERLOADED_METHOD("overloaded-method",
            "service method %s is overloaded; endpoints are named after their methods, so give each "
                    + "overload its own name"),
    NAME_CLASH("name-clash",
            "service method %s would generate %s, which %s also generates; rename one of them"),
    GENERATED_MEMBER_CLASH("generated-member-clash",
            "service method %s clashes with the generated member %s of %s; rename the method"),
    DUPLICATE_JSON_RPC_NAME("duplicate-json-rpc-name",
            "service method %s is named \"%s\" over JSON-RPC, like %s; give one of them another @JsonRpcName"),
    EMPTY_JSON_RPC_NAME("empty-json-rpc-name", "@JsonRpcName on %s needs a name, such as @JsonRpcName(\"profiles.get\")"),
    RESERVED_JSON_RPC_NAME("reserved-json-rpc-name",
            "service method %s is named \"%s\" over JSON-RPC, but names beginning with \"rpc.\" are reserved for the "
                    + "protocol; choose another @JsonRpcName"),
    NO_HTTP_WITH_HTTP_METHOD("no-http-with-http-method",
            "service method %s is annotated both @NoHttp and %s; keep @NoHttp to serve it over JSON-RPC only, "
                    + "or the HTTP method to serve it over HTTP too"),
    HTTP_BINDING_WITHOUT_HTTP("http-binding-without-http",
            "parameter %s of %s is annotated %s, but the method is @NoHttp and has no HTTP request to read it from; "
                    + "remove the annotation"),
    MULTIPLE_HTTP_METHODS("multiple-http-methods",
            "service method %s has more than one HTTP method annotation (%s); keep one"),
    MALFORMED_PATH("malformed-path", "path template \"%s\" is malformed: %s"),
    DUPLICATE_ROUTE("duplicate-route", "%s %s is already served by %s; give one of them another path or method"),
    UNBOUND_PLACEHOLDER("unbound-placeholder",
            "path placeholder {%1$s} of \"%2$s\" has no parameter; add a parameter named %1$s or annotate "
                    + "one with @Path(\"%1$s\")"),
    UNKNOWN_PLACEHOLDER("unknown-placeholder",
            "parameter %s is bound to path placeholder {%s}, but \"%s\" has no such placeholder"),
    DUPLICATE_PLACEHOLDER_BINDING("duplicate-placeholder-binding",
            "path placeholder {%s} is bound to more than one parameter (%s); bind each placeholder once"),
    CONFLICTING_BINDINGS("conflicting-bindings",
            "parameter %s has more than one of @Path, @Query, @Header and @Body; keep one"),
    MULTIPLE_BODIES("multiple-bodies",
            "%s can read only one parameter as the whole request body, but %s would all be; remove @Body to "
                    + "read them as the fields of a JSON object, or make the others @Query or @Header parameters"),
    BODY_NOT_ALLOWED("body-not-allowed",
            "%s requests have no body, so parameter %s cannot be read from one; bind it with @Path, @Query "
                    + "or @Header, or use @POST, @PUT or @PATCH"),
    UNBINDABLE_PARAMETER("unbindable-parameter",
            "parameter %s of type %s cannot be bound on %s: only strings, primitives and their boxes, enums, "
                    + "UUID, BigDecimal and BigInteger (or Optional or List of one) travel in a path, query or "
                    + "header; use @POST, @PUT or @PATCH to read it from the body"),
    UNSUPPORTED_PARAMETER_TYPE("unsupported-parameter-type",
            "%s parameter %s has type %s; it must be a string, a primitive or its box, an enum, UUID, "
                    + "BigDecimal or BigInteger%s"),
    EMPTY_HEADER_NAME("empty-header-name", "@Header on parameter %s needs a header name, such as @Header(\"X-Request-Id\")"),
    MULTIPLE_CONTEXTS("multiple-contexts", "service method %s declares more than one Context parameter; keep one"),
    INVALID_RESULT_NAME("invalid-result-name",
            "@ResultName(\"%s\") must be a Java identifier, not a keyword or one of Object's method names, "
                    + "because it also names the response record's component"),
    RESULT_NAME_ON_VOID("result-name-on-void",
            "@ResultName on %s has no effect: a void method answers {}; remove it"),
    LOG_RESULT_ON_VOID("log-result-on-void",
            "@LogResult on %s has no effect: a void method has no result to log; remove it"),
    RESERVED_PARAMETER_NAME("reserved-parameter-name",
            "parameter %s cannot be a request record component, because records reserve the names of "
                    + "Object's methods; rename it"),
    INVALID_ERROR_STATUS("invalid-error-status",
            "%s is mapped to @ErrorStatus(%d), which is not an error status; use 400 to 599"),
    UNREBUILDABLE_EXCEPTION("unrebuildable-exception",
            "%s declares %s, answered with @ErrorStatus(%d), but the generated clients cannot rebuild it from an "
                    + "error answer: %s"),
    AMBIGUOUS_ERROR_IDENTITY("ambiguous-error-identity",
            "%s declares %s and %s, which both have an @ErrorStatus and travel under one identity, their simple "
                    + "name \"%s\" (the Kit-Error header), so a client cannot tell which was thrown; rename one of "
                    + "them"),
    UNSUPPORTED_JSON_TYPE("unsupported-json-type",
            "%s has type %s, which the JSON codec cannot read and write%s; %s"),
    UNSUPPORTED_MAP_KEY("unsupported-map-key",
            "%s has type %s, whose map key type %s%s cannot be a JSON object's names; use String, an enum, UUID, "
                    + "Integer, Long, Short, Byte or BigInteger as the key"),
    UNSUPPORTED_PROTO_TYPE("unsupported-proto-type",
            "%s has type %s, which the gRPC transport cannot carry as protobuf: %s"),
    INVALID_PROTO_FIELD("invalid-proto-field",
            "@ProtoField(%d) on %s is not a field number protobuf allows; use 1 to 536870911, except 19000 to 19999, "
                    + "which protobuf reserves"),
    DUPLICATE_PROTO_FIELD("duplicate-proto-field",
            "%s is pinned to protobuf field number %d, which %s of message %s already has; give each field of a "
                    + "message its own number"),
    INVALID_PROTO_PACKAGE("invalid-proto-package",
            "@KitService(protoPackage = \"%s\") is not a protobuf package name; use dot-separated identifiers of "
                    + "ASCII letters, digits and underscores, such as \"acme.profiles.v1\""),
    INACCESSIBLE_TYPE("inaccessible-type",
            "%s uses %s, which is private and cannot be seen by the code generated beside %s; make it at "
                    + "least package-private"),
    UNRESOLVED_TYPE("unresolved-type",
            "%s refers to a type that could not be resolved (%s); check its imports and that it is on the "
                    + "class path"),
    WRITE_FAILED("write-failed",
            "could not write the generated %s: %s; if another @KitService in this package generates the same "
                    + "name, rename one of them"),
    INTERNAL_ERROR("internal-error",
            "the javakit processor failed on %s (%s); this is a bug in javakit, please report it with this "
                    + "interface");

    private final String id;
    private final String format;

    Message(String id, String format) {
        this.id = id;
        this.format = format;
    }

    /** Returns the greppable id, such as {@code kit.generic-method}. */
    public String id() {
        return "kit." + id;
    }

    /** Returns the diagnostic kind; every message in the catalogue is an error. */
    public Diagnostic.Kind kind() {
        return Diagnostic.Kind.ERROR;
    }

    /** Returns the full text: {@code [kit.id] } followed by the formatted message. */
    public String format(Object... args) {
        return "[" + id() + "] " + String.format(format, args);
    }
}
