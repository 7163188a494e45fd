package dev.javakit.apidoc;

import dev.javakit.transport.http.HttpResponse;
import dev.javakit.transport.http.HttpRoutes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Serves the API descriptions the processor wrote for a service: its OpenAPI document at
 * {@code GET /openapi.json} and its OpenRPC document at {@code GET /openrpc.json}, each only when the
 * service has that transport.
 *
 * <p>The documents are read from the class path once, when the routes are made, so a request
 * costs no I/O and a missing document fails at start-up, not at the first request.
 */
public final class ApiDocuments {

    /** The path of the OpenAPI document. */
    public static final String OPENAPI_PATH = "/openapi.json";

    /** The path of the OpenRPC document. */
    public static final String OPENRPC_PATH = "/openrpc.json";

    private ApiDocuments() {
    }

    /**
     * Returns the routes that serve {@code service}'s descriptions, such as
     * {@code ApiDocuments.routes(ProfileService.class)}.
     *
     * @throws IllegalArgumentException if {@code service} has no description: it is not a
     *     {@code @KitService} interface, or was compiled without the processor
     */
    public static HttpRoutes routes(Class<?> service) {
        byte[] openApi = read(service, "openapi");
        byte[] openRpc = read(service, "openrpc");
        if (openApi == null && openRpc == null) {
            throw new IllegalArgumentException("no API description of " + service.getName() + " on the class path, "
                    + "such as " + resourceName(service, "openapi") + ": is it a @KitService interface compiled with "
                    + "the javakit processor?");
        }
        HttpRoutes.Builder routes = HttpRoutes.builder();
        if (openApi != null) {
            HttpResponse document = HttpResponse.json(openApi);
            routes.route("GET", OPENAPI_PATH, (ctx, request) -> document);
        }
        if (openRpc != null) {
            HttpResponse document = HttpResponse.json(openRpc);
            routes.route("GET", OPENRPC_PATH, (ctx, request) -> document);
        }
        return routes.build().nonBlocking();
    }

    /** Returns the class path resource of one of {@code service}'s descriptions, as the processor names it. */
    public static String resourceName(Class<?> service, String kind) {
        return "META-INF/javakit/" + service.getName() + "." + kind + ".json";
    }

    private static byte[] read(Class<?> service, String kind) {
        ClassLoader loader = service.getClassLoader() != null ? service.getClassLoader()
                : ClassLoader.getSystemClassLoader();
        try (InputStream in = loader.getResourceAsStream(resourceName(service, kind))) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + resourceName(service, kind), e);
        }
    }
}
