package dev.javakit.validation;

import dev.javakit.endpoint.Endpoint;
import dev.javakit.endpoint.EndpointInfo;
import dev.javakit.endpoint.Middleware;
import dev.javakit.errors.InvalidArgumentsException;
import jakarta.validation.Validator;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.MethodDescriptor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The middleware {@link BeanValidation#middleware} returns: everything it needs is looked up here,
 * once; a method without constraints keeps its endpoint unwrapped, so it costs nothing.
 */
final class ValidationMiddleware implements Middleware {

    private static final Logger log = LoggerFactory.getLogger(BeanValidation.class);

    private final Class<?> service;
    private final Set<EndpointInfo> endpoints;
    private final Map<EndpointInfo, ArgumentsValidator> validators;

    ValidationMiddleware(Class<?> service, Validator validator) {
        this.service = service;
        GeneratedEndpoints generated = GeneratedEndpoints.of(service);
        this.endpoints = generated.methods().stream()
                .map(GeneratedEndpoints.EndpointMethod::info)
                .collect(Collectors.toUnmodifiableSet());
        BeanDescriptor constraints = validator.getConstraintsForClass(service);
        // validateParameters takes the object the method is called on and reads constraints from its
        // class: a proxy of the interface has exactly the interface's, whatever the implementation adds.
        Object target = Proxy.newProxyInstance(service.getClassLoader(), new Class<?>[] {service},
                (proxy, method, args) -> {
                    throw new UnsupportedOperationException("only validated against, never called");
                });
        // Hibernate Validator reads a class's constraints when first asked: ask now, not on the first call.
        validator.getConstraintsForClass(target.getClass());
        Map<EndpointInfo, ArgumentsValidator> constrained = new HashMap<>();
        for (GeneratedEndpoints.EndpointMethod endpoint : generated.methods()) {
            Method method = serviceMethod(endpoint.info().method());
            MethodDescriptor described = constraints.getConstraintsForMethod(method.getName(), method.getParameterTypes());
            if (described != null && described.hasConstrainedParameters()) {
                constrained.put(endpoint.info(),
                        new ArgumentsValidator(validator.forExecutables(), target, method, endpoint.requestType()));
            }
        }
        this.validators = Map.copyOf(constrained);
    }

    @Override
    public <Req, Resp> Endpoint<Req, Resp> wrap(EndpointInfo endpoint, Endpoint<Req, Resp> next) {
        Objects.requireNonNull(next, "next");
        if (!endpoints.contains(endpoint)) {
            // Applied to another service's endpoints by mistake, it would validate nothing, silently.
            throw new IllegalArgumentException("this Bean Validation middleware was built for " + service.getName()
                    + ", not for " + endpoint.fullName());
        }
        ArgumentsValidator arguments = validators.get(endpoint);
        if (arguments == null) {
            return next;
        }
        return (ctx, request) -> {
            try {
                arguments.check(ctx, request);
            } catch (InvalidArgumentsException e) {
                // The call stops before the service and its logging decorator: this is its one log line.
                log.atWarn()
                        .addKeyValue("endpoint", endpoint.fullName())
                        .addKeyValue("err", e.getMessage())
                        .log("call refused by Bean Validation");
                throw e;
            }
            return next.call(ctx, request);
        };
    }

    /** Returns the interface's abstract method named {@code name}: endpoints are never overloaded. */
    private Method serviceMethod(String name) {
        Method[] candidates = Arrays.stream(service.getMethods())
                .filter(m -> m.getName().equals(name) && !m.isDefault() && !Modifier.isStatic(m.getModifiers()))
                .toArray(Method[]::new);
        if (candidates.length != 1) {
            throw new IllegalArgumentException(service.getName() + " has " + candidates.length + " abstract methods named "
                    + name + ", the generated endpoints one");
        }
        return candidates[0];
    }
}
