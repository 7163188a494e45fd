package dev.javakit.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * The optional artifacts a service chose in its {@code @KitService}; the endpoints and the forwarding
 * class are always written.
 *
 * @param http whether it is bound to HTTP ({@code HttpRoutes}, and {@code HttpClient} with clients)
 * @param jsonRpc whether it is bound to JSON-RPC ({@code JsonRpc}, and {@code JsonRpcClient} with clients)
 * @param clients whether each bound transport gets a client
 * @param decorators whether the logging and metrics decorators are written
 */
public record Artifacts(boolean http, boolean jsonRpc, boolean clients, boolean decorators) {

    private static final String KIT_SERVICE = "dev.javakit.annotations.KitService";

    /** Returns the artifacts {@code service}'s {@code @KitService} chose, its defaults included. */
    public static Artifacts of(TypeElement service) {
        AnnotationMirror annotation = Annotations.find(service, KIT_SERVICE);
        if (annotation == null) {
            return new Artifacts(true, true, true, true);
        }
        boolean http = false;
        boolean jsonRpc = false;
        @SuppressWarnings("unchecked")
        List<? extends AnnotationValue> transports =
                (List<? extends AnnotationValue>) Annotations.value(annotation, "transports");
        for (AnnotationValue transport : transports) {
            String name = ((VariableElement) transport.getValue()).getSimpleName().toString();
            http |= name.equals("HTTP");
            jsonRpc |= name.equals("JSON_RPC");
        }
        return new Artifacts(http, jsonRpc, (Boolean) Annotations.value(annotation, "clients"),
                (Boolean) Annotations.value(annotation, "decorators"));
    }

    /** Returns whether the HTTP client is written. */
    public boolean httpClient() {
        return http && clients;
    }

    /** Returns whether the JSON-RPC client is written. */
    public boolean jsonRpcClient() {
        return jsonRpc && clients;
    }

    /** Returns whether any client is written, and with it the error mappings clients share. */
    public boolean anyClient() {
        return httpClient() || jsonRpcClient();
    }
}
