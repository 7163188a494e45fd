package dev.javakit.annotations;

/** A wire protocol a {@link KitService} can be served and called over. */
public enum Transport {

    /** REST over HTTP: the routes of the verb annotations, or the default {@code POST /<Service>/<method>}. */
    HTTP,

    /** JSON-RPC 2.0: one method per endpoint, named by {@link JsonRpcName} or the Java name. */
    JSON_RPC
}
