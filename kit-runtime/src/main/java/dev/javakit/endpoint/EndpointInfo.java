package dev.javakit.endpoint;

import java.util.Objects;

/**
 * Names the service method an endpoint serves, so a generic middleware knows what it wraps.
 *
 * <p>Generated endpoint sets expose one constant per method (for example
 * {@code ProfileServiceEndpoints.GET_PROFILE}); middlewares receive it when they wrap.
 *
 * @param service the service name ({@code @KitService(name)}, or the interface's simple name)
 * @param method the Java method name
 */
public record EndpointInfo(String service, String method) {

    /** Checks both names are present. */
    public EndpointInfo {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(method, "method");
        if (service.isEmpty() || method.isEmpty()) {
            throw new IllegalArgumentException("service and method names must not be empty");
        }
    }

    /** Returns {@code service.method}, the name logs and traces use. */
    public String fullName() {
        return service + "." + method;
    }

    @Override
    public String toString() {
        return fullName();
    }
}
