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
 * @param idempotent whether calling the method twice has the effect of calling it once, so that
 *     a retry may repeat it ({@code @Idempotent}, or GET, PUT and DELETE)
 */
public record EndpointInfo(String service, String method, boolean idempotent) {

    /** Checks both names are present. */
    public EndpointInfo {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(method, "method");
        if (service.isEmpty() || method.isEmpty()) {
            throw new IllegalArgumentException("service and method names must not be empty");
        }
    }

    /** Describes a method that is not idempotent. */
    public EndpointInfo(String service, String method) {
        this(service, method, false);
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
