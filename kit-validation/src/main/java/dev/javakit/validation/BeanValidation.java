package dev.javakit.validation;

import dev.javakit.endpoint.Middleware;
import dev.javakit.errors.InvalidArgumentsException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Objects;

/**
 * Honours Bean Validation constraints written on a {@code @KitService} interface's parameters
 * ({@code int sum(@Min(0) int a, @Max(100) int b)}) and, through {@code @Valid}, on the record
 * components and fields of the types they carry: an endpoint middleware that refuses a call breaking
 * them with one {@link InvalidArgumentsException} naming every violation (400 over HTTP,
 * {@code -32602} over JSON-RPC), before the service runs.
 *
 * <pre>{@code
 * AddServiceEndpoints endpoints = AddServiceEndpoints.of(service).with(BeanValidation.middleware(AddService.class));
 * }</pre>
 */
public final class BeanValidation {

    private BeanValidation() {
    }

    /**
     * Returns the middleware validating the arguments of {@code service}'s endpoints with a
     * validator shared by the whole process (Hibernate Validator's defaults).
     *
     * @throws IllegalArgumentException if {@code service} has no generated endpoints next to it
     */
    public static Middleware middleware(Class<?> service) {
        return middleware(service, SharedValidator.INSTANCE);
    }

    /**
     * Returns the middleware validating the arguments of {@code service}'s endpoints with
     * {@code validator}, for one configured otherwise (a message interpolator, a clock, groups).
     *
     * @throws IllegalArgumentException if {@code service} has no generated endpoints next to it
     */
    public static Middleware middleware(Class<?> service, Validator validator) {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(validator, "validator");
        return new ValidationMiddleware(service, validator);
    }

    /** Builds the default validator once, when first needed: a factory takes tens of milliseconds. */
    private static final class SharedValidator {

        private static final Validator INSTANCE;

        static {
            // Never closed: it serves every middleware for the life of the process.
            @SuppressWarnings("resource")
            ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
            INSTANCE = factory.getValidator();
        }
    }
}
