package dev.javakit.processor.parse;

import dev.javakit.processor.model.HttpVerb;

/**
 * The qualified names of the annotations the processor reads, each written once; named as strings
 * so the processor reads them as mirrors and never needs their classes.
 */
public final class KitAnnotations {

    private static final String PACKAGE = "dev.javakit.annotations.";
    private static final String HTTP_PACKAGE = PACKAGE + "http.";

    /** {@code @KitService}, which marks an interface to generate for. */
    public static final String KIT_SERVICE = PACKAGE + "KitService";
    /** {@code @ErrorStatus}, the status of a business exception. */
    public static final String ERROR_STATUS = PACKAGE + "ErrorStatus";
    /** {@code @ResultName}, the JSON field a result is wrapped in. */
    public static final String RESULT_NAME = PACKAGE + "ResultName";
    /** {@code @LogResult}, which makes the logging decorator log the result. */
    public static final String LOG_RESULT = PACKAGE + "LogResult";
    /** {@code @Idempotent}, whether retries may repeat a method. */
    public static final String IDEMPOTENT = PACKAGE + "Idempotent";
    /** {@code @JsonRpcName}, a method's JSON-RPC name. */
    public static final String JSON_RPC_NAME = PACKAGE + "JsonRpcName";
    /** {@code @ProtoField}, a pinned protobuf field number. */
    public static final String PROTO_FIELD = PACKAGE + "ProtoField";
    /** {@code @Redacted}, a parameter logs show masked. */
    public static final String REDACTED = PACKAGE + "Redacted";

    /** {@code @NoHttp}, a method served over JSON-RPC only. */
    public static final String NO_HTTP = HTTP_PACKAGE + "NoHttp";
    /** {@code @Path}, a parameter read from a path placeholder. */
    public static final String PATH = HTTP_PACKAGE + "Path";
    /** {@code @Query}, a parameter read from the query string. */
    public static final String QUERY = HTTP_PACKAGE + "Query";
    /** {@code @Header}, a parameter read from a header. */
    public static final String HEADER = HTTP_PACKAGE + "Header";
    /** {@code @Body}, a parameter that is the whole JSON body. */
    public static final String BODY = HTTP_PACKAGE + "Body";

    private KitAnnotations() {
    }

    /** Returns the name of the annotation that serves a method on {@code verb}, such as {@code @GET}. */
    public static String of(HttpVerb verb) {
        return HTTP_PACKAGE + verb.name();
    }

    /** Returns the simple name of an annotation, as messages show it after an {@code @}. */
    public static String simpleName(String qualifiedName) {
        return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    }
}
