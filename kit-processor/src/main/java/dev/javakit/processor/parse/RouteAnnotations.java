package dev.javakit.processor.parse;

import dev.javakit.processor.model.HttpVerb;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * How a service method is exposed over HTTP: its verb annotations, its {@code @NoHttp}, and the
 * route a method without either gets, {@code POST /<Service>/<method>}.
 */
public final class RouteAnnotations {

    private RouteAnnotations() {
    }

    /** A verb annotation found on a method. */
    public record Declared(HttpVerb verb, AnnotationMirror annotation) {
    }

    /**
     * The route a method is bound as: its first verb annotation, or the default.
     *
     * @param verb the HTTP method
     * @param annotation the verb annotation; {@code null} for the default route
     * @param template the path template as written, or the default path
     */
    public record Route(HttpVerb verb, AnnotationMirror annotation, String template) {
    }

    /**
     * Returns the route {@code method} is bound as: its first verb annotation's, or
     * {@code POST /<Service>/<method>}, given its {@link #declared} verb annotations; a {@code @NoHttp}
     * method is bound as on its default route.
     */
    public static Route route(TypeElement service, ServiceMethod method, List<Declared> declared) {
        if (declared.isEmpty()) {
            return new Route(HttpVerb.POST, null, defaultPath(service, method));
        }
        AnnotationMirror annotation = declared.get(0).annotation();
        return new Route(declared.get(0).verb(), annotation, (String) Annotations.value(annotation, "value"));
    }

    /** Returns the method's verb annotations, in {@link HttpVerb} order. */
    public static List<Declared> declared(ServiceMethod method) {
        List<Declared> declared = new ArrayList<>();
        for (HttpVerb verb : HttpVerb.values()) {
            AnnotationMirror mirror = Annotations.find(method.element(), KitAnnotations.of(verb));
            if (mirror != null) {
                declared.add(new Declared(verb, mirror));
            }
        }
        return declared;
    }

    /** Returns the method's {@code @NoHttp}, or {@code null} when it is served over HTTP. */
    public static AnnotationMirror noHttp(ServiceMethod method) {
        return Annotations.find(method.element(), KitAnnotations.NO_HTTP);
    }

    private static String defaultPath(TypeElement service, ServiceMethod method) {
        return "/" + service.getSimpleName() + "/" + method.name();
    }
}
