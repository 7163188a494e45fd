package dev.javakit.endpoint;

import dev.javakit.context.Context;
import java.lang.reflect.UndeclaredThrowableException;

/**
 * One remote procedure: a request in, a response (or an exception) out; the building block of
 * every service, like Go kit's {@code endpoint.Endpoint}.
 *
 * <p>The processor generates one endpoint per service method, typed with that method's request
 * and response records. Transports decode into the request record and encode the response
 * record; middlewares wrap endpoints without knowing either.
 *
 * @param <Req> the request record type
 * @param <Resp> the response record type
 */
@FunctionalInterface
public interface Endpoint<Req, Resp> {

    /** Calls the endpoint; business failures are thrown as the exceptions the service declares. */
    Resp call(Context ctx, Req request) throws Exception;

    /**
     * Calls the endpoint as a method declaring no checked exception does: unchecked exceptions pass
     * as they are, a checked one is wrapped in an {@link UndeclaredThrowableException}.
     */
    default Resp callDeclaring(Context ctx, Req request) {
        return callDeclaring(ctx, request, RuntimeException.class, RuntimeException.class, RuntimeException.class);
    }

    /** Calls the endpoint as a method declaring {@code declared} does; see {@link #callDeclaring(Context, Object)}. */
    default <X extends Exception> Resp callDeclaring(Context ctx, Req request, Class<X> declared) throws X {
        return callDeclaring(ctx, request, declared, declared, declared);
    }

    /** Calls the endpoint as a method declaring {@code x1} and {@code x2} does. */
    default <X1 extends Exception, X2 extends Exception> Resp callDeclaring(Context ctx, Req request,
            Class<X1> x1, Class<X2> x2) throws X1, X2 {
        return callDeclaring(ctx, request, x1, x2, x2);
    }

    /**
     * Calls the endpoint as a method declaring {@code x1}, {@code x2} and {@code x3} does: those and
     * unchecked exceptions pass as they are, any other is wrapped in an
     * {@link UndeclaredThrowableException}, so that a service implemented over endpoints throws only
     * what its interface declares.
     */
    default <X1 extends Exception, X2 extends Exception, X3 extends Exception> Resp callDeclaring(Context ctx,
            Req request, Class<X1> x1, Class<X2> x2, Class<X3> x3) throws X1, X2, X3 {
        try {
            return call(ctx, request);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            rethrowIf(x1, e);
            rethrowIf(x2, e);
            rethrowIf(x3, e);
            throw new UndeclaredThrowableException(e);
        }
    }

    private static <X extends Exception> void rethrowIf(Class<X> declared, Exception e) throws X {
        if (declared.isInstance(e)) {
            throw declared.cast(e);
        }
    }
}
