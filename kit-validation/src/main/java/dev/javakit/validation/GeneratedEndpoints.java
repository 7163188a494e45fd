package dev.javakit.validation;

import dev.javakit.endpoint.Endpoint;
import dev.javakit.endpoint.EndpointInfo;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the processor generated for a service, read once from its {@code <Service>Endpoints} record:
 * each method's {@link EndpointInfo} constant and request record type.
 *
 * @param endpointsClass the generated endpoints record
 * @param methods each endpoint's method name, info and request record, in the record's order
 */
record GeneratedEndpoints(Class<?> endpointsClass, List<EndpointMethod> methods) {

    private static final String ENDPOINT_SUFFIX = "Endpoint";

    /**
     * One endpoint of the service.
     *
     * @param info the constant naming it to middlewares
     * @param requestType the request record its endpoint takes
     */
    record EndpointMethod(EndpointInfo info, Class<?> requestType) {
    }

    /** Finds the endpoints the processor wrote for {@code service}, next to it. */
    static GeneratedEndpoints of(Class<?> service) {
        Class<?> endpoints = endpointsClass(service);
        Map<String, EndpointInfo> infos = new HashMap<>();
        for (Field field : endpoints.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == EndpointInfo.class) {
                try {
                    EndpointInfo info = (EndpointInfo) field.get(null);
                    infos.put(info.method(), info);
                } catch (IllegalAccessException e) {
                    throw new IllegalArgumentException("cannot read " + endpoints.getName() + "." + field.getName(), e);
                }
            }
        }
        List<EndpointMethod> methods = new ArrayList<>();
        for (RecordComponent component : endpoints.getRecordComponents()) {
            String name = component.getName();
            if (component.getType() != Endpoint.class || !name.endsWith(ENDPOINT_SUFFIX)) {
                continue;
            }
            String method = name.substring(0, name.length() - ENDPOINT_SUFFIX.length());
            EndpointInfo info = infos.get(method);
            if (info == null || !(component.getGenericType() instanceof ParameterizedType endpointType)) {
                throw new IllegalArgumentException(endpoints.getName() + "." + name
                        + " is not a generated endpoint: no EndpointInfo constant or request type names it");
            }
            methods.add(new EndpointMethod(info, requestType(endpointType.getActualTypeArguments()[0], endpoints, name)));
        }
        return new GeneratedEndpoints(endpoints, List.copyOf(methods));
    }

    private static Class<?> requestType(Type type, Class<?> endpoints, String component) {
        if (type instanceof Class<?> request && request.isRecord()) {
            return request;
        }
        throw new IllegalArgumentException(
                endpoints.getName() + "." + component + " does not take a request record: " + type);
    }

    /** Loads {@code <package>.<Outer_Inner>Endpoints}, the name the processor gives a service's endpoints. */
    private static Class<?> endpointsClass(Class<?> service) {
        if (!service.isInterface()) {
            throw new IllegalArgumentException(service.getName() + " is not a @KitService interface");
        }
        StringBuilder simpleNames = new StringBuilder(service.getSimpleName());
        for (Class<?> outer = service.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
            simpleNames.insert(0, outer.getSimpleName() + "_");
        }
        String name = service.getPackageName().isEmpty()
                ? simpleNames + "Endpoints"
                : service.getPackageName() + "." + simpleNames + "Endpoints";
        Class<?> endpoints;
        try {
            endpoints = Class.forName(name, true, service.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("no " + name + " found for " + service.getName()
                    + ": is it a @KitService interface compiled with kit-processor?", e);
        }
        if (!endpoints.isRecord()) {
            throw new IllegalArgumentException(name + " is not the generated endpoints record of " + service.getName());
        }
        return endpoints;
    }
}
