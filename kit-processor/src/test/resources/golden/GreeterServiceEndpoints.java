package test;

import dev.javakit.context.Context;
import dev.javakit.endpoint.Endpoint;
import dev.javakit.endpoint.EndpointInfo;
import dev.javakit.endpoint.Middleware;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * The endpoints of {@link GreeterService}, one per method, as Go kit's {@code Endpoints}:
 * build them from a service with {@link #of(GreeterService)}, wrap them with {@link #with(Middleware)},
 * serve them over a transport, or call them as the service itself.
 *
 * @param greetEndpoint the endpoint of {@link GreeterService#greet(String, Optional, String)}.
 *     Greets {@code name} in a language, the way a greeter does &amp; nothing more.
 * @param addGreetingEndpoint the endpoint of {@link GreeterService#addGreeting(Context, Greeting, int)}.
 *     Adds a greeting whose priority is {@code 0 <= priority && priority < 10}.
 * @param listEndpoint the endpoint of {@link GreeterService#list(List, Optional, Color)}
 * @param deleteEndpoint the endpoint of {@link GreeterService#delete(UUID)}
 * @param addAllEndpoint the endpoint of {@link GreeterService#addAll(List)}.
 *     Returns how many of {@code greetings} were added.
 * @param renameEndpoint the endpoint of {@link GreeterService#rename(UUID, String, String)}
 * @param echoEndpoint the endpoint of {@link GreeterService#echo(String, int)}.
 *     Greets with no HTTP annotation: served on {@code POST /GreeterService/echo}.
 * @param resetEndpoint the endpoint of {@link GreeterService#reset(Context)}
 */
@Generated("dev.javakit.processor.KitProcessor")
public record GreeterServiceEndpoints(
        Endpoint<GreeterServiceEndpoints.GreetRequest, GreeterServiceEndpoints.GreetResponse> greetEndpoint,
        Endpoint<GreeterServiceEndpoints.AddGreetingRequest, GreeterServiceEndpoints.AddGreetingResponse> addGreetingEndpoint,
        Endpoint<GreeterServiceEndpoints.ListRequest, GreeterServiceEndpoints.ListResponse> listEndpoint,
        Endpoint<GreeterServiceEndpoints.DeleteRequest, GreeterServiceEndpoints.DeleteResponse> deleteEndpoint,
        Endpoint<GreeterServiceEndpoints.AddAllRequest, GreeterServiceEndpoints.AddAllResponse> addAllEndpoint,
        Endpoint<GreeterServiceEndpoints.RenameRequest, GreeterServiceEndpoints.RenameResponse> renameEndpoint,
        Endpoint<GreeterServiceEndpoints.EchoRequest, GreeterServiceEndpoints.EchoResponse> echoEndpoint,
        Endpoint<GreeterServiceEndpoints.ResetRequest, GreeterServiceEndpoints.ResetResponse> resetEndpoint) implements GreeterService {
    /**
     * Names {@link GreeterService#greet(String, Optional, String)} to middlewares:
     * {@code with(middleware.onlyFor(GREET))} wraps its endpoint alone.
     *
     * <p>Greets {@code name} in a language, the way a greeter does &amp; nothing more.
     */
    public static final EndpointInfo GREET = new EndpointInfo("greeter", "greet", true);

    /**
     * Names {@link GreeterService#addGreeting(Context, Greeting, int)} to middlewares:
     * {@code with(middleware.onlyFor(ADD_GREETING))} wraps its endpoint alone.
     *
     * <p>Adds a greeting whose priority is {@code 0 <= priority && priority < 10}.
     */
    public static final EndpointInfo ADD_GREETING = new EndpointInfo("greeter", "addGreeting", false);

    /**
     * Names {@link GreeterService#list(List, Optional, Color)} to middlewares:
     * {@code with(middleware.onlyFor(LIST))} wraps its endpoint alone.
     */
    public static final EndpointInfo LIST = new EndpointInfo("greeter", "list", true);

    /**
     * Names {@link GreeterService#delete(UUID)} to middlewares:
     * {@code with(middleware.onlyFor(DELETE))} wraps its endpoint alone.
     */
    public static final EndpointInfo DELETE = new EndpointInfo("greeter", "delete", true);

    /**
     * Names {@link GreeterService#addAll(List)} to middlewares:
     * {@code with(middleware.onlyFor(ADD_ALL))} wraps its endpoint alone.
     *
     * <p>Returns how many of {@code greetings} were added.
     */
    public static final EndpointInfo ADD_ALL = new EndpointInfo("greeter", "addAll", false);

    /**
     * Names {@link GreeterService#rename(UUID, String, String)} to middlewares:
     * {@code with(middleware.onlyFor(RENAME))} wraps its endpoint alone.
     */
    public static final EndpointInfo RENAME = new EndpointInfo("greeter", "rename", true);

    /**
     * Names {@link GreeterService#echo(String, int)} to middlewares:
     * {@code with(middleware.onlyFor(ECHO))} wraps its endpoint alone.
     *
     * <p>Greets with no HTTP annotation: served on {@code POST /GreeterService/echo}.
     */
    public static final EndpointInfo ECHO = new EndpointInfo("greeter", "echo", false);

    /**
     * Names {@link GreeterService#reset(Context)} to middlewares:
     * {@code with(middleware.onlyFor(RESET))} wraps its endpoint alone.
     */
    public static final EndpointInfo RESET = new EndpointInfo("greeter", "reset", false);

    /**
     * Creates an endpoint set from one endpoint per method, none of them {@code null}.
     */
    public GreeterServiceEndpoints {
        Objects.requireNonNull(greetEndpoint, "greetEndpoint");
        Objects.requireNonNull(addGreetingEndpoint, "addGreetingEndpoint");
        Objects.requireNonNull(listEndpoint, "listEndpoint");
        Objects.requireNonNull(deleteEndpoint, "deleteEndpoint");
        Objects.requireNonNull(addAllEndpoint, "addAllEndpoint");
        Objects.requireNonNull(renameEndpoint, "renameEndpoint");
        Objects.requireNonNull(echoEndpoint, "echoEndpoint");
        Objects.requireNonNull(resetEndpoint, "resetEndpoint");
    }

    /**
     * Returns the server endpoints of {@code service}, each calling its method, as Go kit's
     * {@code MakeServerEndpoints}.
     */
    public static GreeterServiceEndpoints of(GreeterService service) {
        Objects.requireNonNull(service, "service");
        return new GreeterServiceEndpoints(
                (ctx, request) -> new GreetResponse(service.greet(request.name(), request.language(), request.requestId())),
                (ctx, request) -> { service.addGreeting(ctx, request.greeting(), request.priority()); return new AddGreetingResponse(); },
                (ctx, request) -> new ListResponse(service.list(request.tags(), request.limit(), request.color())),
                (ctx, request) -> new DeleteResponse(service.delete(request.greetingId())),
                (ctx, request) -> new AddAllResponse(service.addAll(request.greetings())),
                (ctx, request) -> { service.rename(request.greetingId(), request.text(), request.author()); return new RenameResponse(); },
                (ctx, request) -> new EchoResponse(service.echo(request.text(), request.times())),
                (ctx, request) -> { service.reset(ctx); return new ResetResponse(); });
    }

    /**
     * Returns these endpoints, each wrapped with {@code middleware};
     * {@code with(middleware.onlyFor(...))} wraps some of them alone.
     */
    public GreeterServiceEndpoints with(Middleware middleware) {
        return new GreeterServiceEndpoints(
                middleware.wrap(GREET, greetEndpoint),
                middleware.wrap(ADD_GREETING, addGreetingEndpoint),
                middleware.wrap(LIST, listEndpoint),
                middleware.wrap(DELETE, deleteEndpoint),
                middleware.wrap(ADD_ALL, addAllEndpoint),
                middleware.wrap(RENAME, renameEndpoint),
                middleware.wrap(ECHO, echoEndpoint),
                middleware.wrap(RESET, resetEndpoint));
    }

    /**
     * Calls {@link GreeterService#greet(String, Optional, String)}
     * through its endpoint, {@link #greetEndpoint()}.
     *
     * <p>Greets {@code name} in a language, the way a greeter does &amp; nothing more.
     *
     * <p>Languages are tags such as {@code en} or {@code fr-CA}; see {@code Greeting} and
     * {@code list}.
     *
     * @param name who is greeted
     * @param language the language tag;
     *     {@code Optional.empty()} for the default
     * @param requestId the caller's request id, logged &lt;if present&gt;
     * @return the greeting, such as {@code "Hello, <name>!"}
     * @throws UnknownLanguageException when no greeting is known in {@code language}
     */
    @Override
    public String greet(String name, Optional<String> language, @Nullable String requestId) throws
            UnknownLanguageException {
        return greetEndpoint.callDeclaring(Context.background(), new GreetRequest(name, language, requestId), UnknownLanguageException.class).greeting();
    }

    /**
     * Calls {@link GreeterService#addGreeting(Context, Greeting, int)}
     * through its endpoint, {@link #addGreetingEndpoint()}.
     *
     * <p>Adds a greeting whose priority is {@code 0 <= priority && priority < 10}.
     *
     * @param ctx the call's context
     * @param greeting the greeting to add
     * @param priority its priority, higher first
     * @throws DuplicateGreetingException when the greeting exists
     */
    @Override
    public void addGreeting(Context ctx, Greeting greeting, int priority) throws
            DuplicateGreetingException {
        addGreetingEndpoint.callDeclaring(ctx, new AddGreetingRequest(greeting, priority), DuplicateGreetingException.class);
    }

    /**
     * Calls {@link GreeterService#list(List, Optional, Color)}
     * through its endpoint, {@link #listEndpoint()}.
     */
    @Override
    public List<Greeting> list(List<String> tags, Optional<Integer> limit, Color color) {
        return listEndpoint.callDeclaring(Context.background(), new ListRequest(tags, limit, color)).greetings();
    }

    /**
     * Calls {@link GreeterService#delete(UUID)}
     * through its endpoint, {@link #deleteEndpoint()}.
     */
    @Override
    public boolean delete(UUID greetingId) throws Exception {
        return deleteEndpoint.call(Context.background(), new DeleteRequest(greetingId)).result();
    }

    /**
     * Calls {@link GreeterService#addAll(List)}
     * through its endpoint, {@link #addAllEndpoint()}.
     *
     * <p>Returns how many of {@code greetings} were added. Duplicates are left out.
     *
     * @return how many of {@code greetings} were added
     */
    @Override
    public int addAll(List<Greeting> greetings) {
        return addAllEndpoint.callDeclaring(Context.background(), new AddAllRequest(greetings)).count();
    }

    /**
     * Calls {@link GreeterService#rename(UUID, String, String)}
     * through its endpoint, {@link #renameEndpoint()}.
     */
    @Override
    public void rename(UUID greetingId, String text, @Nullable String author) {
        renameEndpoint.callDeclaring(Context.background(), new RenameRequest(greetingId, text, author));
    }

    /**
     * Calls {@link GreeterService#echo(String, int)}
     * through its endpoint, {@link #echoEndpoint()}.
     *
     * <p>Greets with no HTTP annotation: served on {@code POST /GreeterService/echo}.
     */
    @Override
    public String echo(String text, int times) {
        return echoEndpoint.callDeclaring(Context.background(), new EchoRequest(text, times)).result();
    }

    /**
     * Calls {@link GreeterService#reset(Context)}
     * through its endpoint, {@link #resetEndpoint()}.
     */
    @Override
    public void reset(Context ctx) {
        resetEndpoint.callDeclaring(ctx, new ResetRequest());
    }

    /**
     * The arguments of {@link GreeterService#greet(String, Optional, String)},
     * as its endpoint takes them and transports carry them.
     *
     * <p>Greets {@code name} in a language, the way a greeter does &amp; nothing more.
     *
     * <p>Languages are tags such as {@code en} or {@code fr-CA}; see {@code Greeting} and
     * {@code list}.
     *
     * @param name who is greeted
     * @param language the language tag;
     *     {@code Optional.empty()} for the default
     * @param requestId the caller's request id, logged &lt;if present&gt;
     */
    public record GreetRequest(String name, Optional<String> language, @Nullable String requestId) {
    }

    /**
     * The result of {@link GreeterService#greet(String, Optional, String)},
     * as its endpoint returns it and transports carry it.
     *
     * <p>Greets {@code name} in a language, the way a greeter does &amp; nothing more.
     *
     * <p>Languages are tags such as {@code en} or {@code fr-CA}; see {@code Greeting} and
     * {@code list}.
     *
     * @param greeting the greeting, such as {@code "Hello, <name>!"}
     */
    public record GreetResponse(String greeting) {
    }

    /**
     * The arguments of {@link GreeterService#addGreeting(Context, Greeting, int)},
     * as its endpoint takes them and transports carry them.
     *
     * <p>Adds a greeting whose priority is {@code 0 <= priority && priority < 10}.
     *
     * @param greeting the greeting to add
     * @param priority its priority, higher first
     */
    public record AddGreetingRequest(Greeting greeting, int priority) {
    }

    /**
     * The empty result of {@link GreeterService#addGreeting(Context, Greeting, int)},
     * as its endpoint returns it and transports carry it.
     *
     * <p>Adds a greeting whose priority is {@code 0 <= priority && priority < 10}.
     */
    public record AddGreetingResponse() {
    }

    /**
     * The arguments of {@link GreeterService#list(List, Optional, Color)},
     * as its endpoint takes them and transports carry them.
     */
    public record ListRequest(List<String> tags, Optional<Integer> limit, Color color) {
    }

    /**
     * The result of {@link GreeterService#list(List, Optional, Color)},
     * as its endpoint returns it and transports carry it.
     */
    public record ListResponse(List<Greeting> greetings) {
    }

    /**
     * The arguments of {@link GreeterService#delete(UUID)},
     * as its endpoint takes them and transports carry them.
     */
    public record DeleteRequest(UUID greetingId) {
    }

    /**
     * The result of {@link GreeterService#delete(UUID)},
     * as its endpoint returns it and transports carry it.
     */
    public record DeleteResponse(boolean result) {
    }

    /**
     * The arguments of {@link GreeterService#addAll(List)},
     * as its endpoint takes them and transports carry them.
     *
     * <p>Returns how many of {@code greetings} were added. Duplicates are left out.
     */
    public record AddAllRequest(List<Greeting> greetings) {
    }

    /**
     * The result of {@link GreeterService#addAll(List)},
     * as its endpoint returns it and transports carry it.
     *
     * <p>Returns how many of {@code greetings} were added. Duplicates are left out.
     *
     * @param count how many of {@code greetings} were added
     */
    public record AddAllResponse(int count) {
    }

    /**
     * The arguments of {@link GreeterService#rename(UUID, String, String)},
     * as its endpoint takes them and transports carry them.
     */
    public record RenameRequest(UUID greetingId, String text, @Nullable String author) {
    }

    /**
     * The empty result of {@link GreeterService#rename(UUID, String, String)},
     * as its endpoint returns it and transports carry it.
     */
    public record RenameResponse() {
    }

    /**
     * The arguments of {@link GreeterService#echo(String, int)},
     * as its endpoint takes them and transports carry them.
     *
     * <p>Greets with no HTTP annotation: served on {@code POST /GreeterService/echo}.
     */
    public record EchoRequest(String text, int times) {
    }

    /**
     * The result of {@link GreeterService#echo(String, int)},
     * as its endpoint returns it and transports carry it.
     *
     * <p>Greets with no HTTP annotation: served on {@code POST /GreeterService/echo}.
     */
    public record EchoResponse(String result) {
    }

    /**
     * The arguments of {@link GreeterService#reset(Context)},
     * as its endpoint takes them and transports carry them.
     */
    public record ResetRequest() {
    }

    /**
     * The empty result of {@link GreeterService#reset(Context)},
     * as its endpoint returns it and transports carry it.
     */
    public record ResetResponse() {
    }
}
