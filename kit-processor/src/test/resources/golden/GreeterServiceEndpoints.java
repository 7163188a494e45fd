package test;

import dev.javakit.context.Context;
import dev.javakit.endpoint.Endpoint;
import dev.javakit.endpoint.EndpointInfo;
import dev.javakit.endpoint.Middleware;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.annotation.processing.Generated;

@Generated("dev.javakit.processor.KitProcessor")
public record GreeterServiceEndpoints(Endpoint<GreeterServiceEndpoints.GreetRequest, GreeterServiceEndpoints.GreetResponse> greetEndpoint,
        Endpoint<GreeterServiceEndpoints.AddGreetingRequest, GreeterServiceEndpoints.AddGreetingResponse> addGreetingEndpoint,
        Endpoint<GreeterServiceEndpoints.ListRequest, GreeterServiceEndpoints.ListResponse> listEndpoint,
        Endpoint<GreeterServiceEndpoints.DeleteRequest, GreeterServiceEndpoints.DeleteResponse> deleteEndpoint,
        Endpoint<GreeterServiceEndpoints.AddAllRequest, GreeterServiceEndpoints.AddAllResponse> addAllEndpoint) implements GreeterService {
    public static final EndpointInfo GREET = new EndpointInfo("greeter", "greet", true);

    public static final EndpointInfo ADD_GREETING = new EndpointInfo("greeter", "addGreeting", false);

    public static final EndpointInfo LIST = new EndpointInfo("greeter", "list", true);

    public static final EndpointInfo DELETE = new EndpointInfo("greeter", "delete", true);

    public static final EndpointInfo ADD_ALL = new EndpointInfo("greeter", "addAll", false);

    public GreeterServiceEndpoints {
        Objects.requireNonNull(greetEndpoint, "greetEndpoint");
        Objects.requireNonNull(addGreetingEndpoint, "addGreetingEndpoint");
        Objects.requireNonNull(listEndpoint, "listEndpoint");
        Objects.requireNonNull(deleteEndpoint, "deleteEndpoint");
        Objects.requireNonNull(addAllEndpoint, "addAllEndpoint");
    }

    public static GreeterServiceEndpoints of(GreeterService service) {
        Objects.requireNonNull(service, "service");
        return new GreeterServiceEndpoints(
                (ctx, request) -> new GreetResponse(service.greet(request.name(), request.language(), request.requestId())),
                (ctx, request) -> {
                    service.addGreeting(ctx, request.greeting(), request.priority());
                    return new AddGreetingResponse();
                },
                (ctx, request) -> new ListResponse(service.list(request.tags(), request.limit(), request.color())),
                (ctx, request) -> new DeleteResponse(service.delete(request.greetingId())),
                (ctx, request) -> new AddAllResponse(service.addAll(request.greetings())));
    }

    public GreeterServiceEndpoints with(Middleware middleware) {
        return new GreeterServiceEndpoints(
                middleware.wrap(GREET, greetEndpoint),
                middleware.wrap(ADD_GREETING, addGreetingEndpoint),
                middleware.wrap(LIST, listEndpoint),
                middleware.wrap(DELETE, deleteEndpoint),
                middleware.wrap(ADD_ALL, addAllEndpoint));
    }

    @Override
    public String greet(String name, Optional<String> language, String requestId) throws
            UnknownLanguageException {
        try {
            return greetEndpoint.call(Context.background(), new GreetRequest(name, language, requestId)).greeting();
        } catch (UnknownLanguageException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new UndeclaredThrowableException(e);
        }
    }

    @Override
    public void addGreeting(Context ctx, Greeting greeting, int priority) throws
            DuplicateGreetingException {
        try {
            addGreetingEndpoint.call(ctx, new AddGreetingRequest(greeting, priority));
        } catch (DuplicateGreetingException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new UndeclaredThrowableException(e);
        }
    }

    @Override
    public List<Greeting> list(List<String> tags, Optional<Integer> limit, Color color) {
        try {
            return listEndpoint.call(Context.background(), new ListRequest(tags, limit, color)).greetings();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new UndeclaredThrowableException(e);
        }
    }

    @Override
    public boolean delete(UUID greetingId) throws Exception {
        return deleteEndpoint.call(Context.background(), new DeleteRequest(greetingId)).result();
    }

    @Override
    public int addAll(List<Greeting> greetings) {
        try {
            return addAllEndpoint.call(Context.background(), new AddAllRequest(greetings)).count();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new UndeclaredThrowableException(e);
        }
    }

    public record GreetRequest(String name, Optional<String> language, String requestId) {
    }

    public record GreetResponse(String greeting) {
    }

    public record AddGreetingRequest(Greeting greeting, int priority) {
    }

    public record AddGreetingResponse() {
    }

    public record ListRequest(List<String> tags, Optional<Integer> limit, Color color) {
    }

    public record ListResponse(List<Greeting> greetings) {
    }

    public record DeleteRequest(UUID greetingId) {
    }

    public record DeleteResponse(boolean result) {
    }

    public record AddAllRequest(List<Greeting> greetings) {
    }

    public record AddAllResponse(int count) {
    }
}
