package test;

import dev.javakit.annotations.KitService;
import dev.javakit.annotations.ResultName;
import dev.javakit.annotations.http.DELETE;
import dev.javakit.annotations.http.GET;
import dev.javakit.annotations.http.Header;
import dev.javakit.annotations.http.NoHttp;
import dev.javakit.annotations.http.POST;
import dev.javakit.annotations.http.PUT;
import dev.javakit.annotations.http.Path;
import dev.javakit.annotations.http.Query;
import dev.javakit.context.Context;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@KitService(name = "greeter")
public interface GreeterService {

    /**
     * Greets {@code name} in a language, the way a greeter does &amp; nothing more.
     *
     * <p>Languages are tags such as {@code en} or {@code fr-CA}; see {@link Greeting} and
     * {@link #list(List, Optional, Color) list}.
     *
     * @param name who is greeted
     * @param language the language tag;
     *     {@code Optional.empty()} for the default
     * @param requestId the caller's request id, logged &lt;if present&gt;
     * @return the greeting, such as {@code "Hello, <name>!"}
     * @throws UnknownLanguageException when no greeting is known in {@code language}
     * @see Greeting
     */
    @GET("/greetings/{name}")
    @ResultName("greeting")
    String greet(String name, @Query("lang") Optional<String> language, @Header("X-Request-Id") @Nullable String requestId)
            throws UnknownLanguageException;

    /**
     * Adds a greeting whose priority is {@code 0 <= priority && priority < 10}.
     *
     * @param ctx the call's context
     * @param greeting the greeting to add
     * @param priority its priority, higher first
     * @throws DuplicateGreetingException when the greeting exists
     * @throws IllegalArgumentException when the priority is out of range
     */
    @POST("/greetings/")
    void addGreeting(Context ctx, Greeting greeting, int priority) throws DuplicateGreetingException;

    @GET("/greetings/")
    @ResultName("greetings")
    List<Greeting> list(@Query("tag") List<String> tags, Optional<Integer> limit, Color color);

    @DELETE("/greetings/{id}")
    boolean delete(@Path("id") UUID greetingId) throws Exception;

    /** {@return how many of {@code greetings} were added} Duplicates are left out. */
    @POST("/greetings/bulk")
    @ResultName("count")
    int addAll(List<Greeting> greetings);

    @PUT("/greetings/{id}")
    void rename(@Path("id") UUID greetingId, String text, @Nullable String author);

    /** Greets with no HTTP annotation: served on {@code POST /GreeterService/echo}. */
    String echo(String text, int times);

    @NoHttp
    void reset(Context ctx);
}
