package test;

import dev.javakit.annotations.KitService;
import dev.javakit.annotations.ResultName;
import dev.javakit.annotations.http.DELETE;
import dev.javakit.annotations.http.GET;
import dev.javakit.annotations.http.Header;
import dev.javakit.annotations.http.POST;
import dev.javakit.annotations.http.Path;
import dev.javakit.annotations.http.Query;
import dev.javakit.context.Context;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@KitService(name = "greeter")
public interface GreeterService {

    @GET("/greetings/{name}")
    @ResultName("greeting")
    String greet(String name, @Query("lang") Optional<String> language, @Header("X-Request-Id") @Nullable String requestId)
            throws UnknownLanguageException;

    @POST("/greetings/")
    void addGreeting(Context ctx, Greeting greeting, int priority) throws DuplicateGreetingException;

    @GET("/greetings/")
    @ResultName("greetings")
    List<Greeting> list(@Query("tag") List<String> tags, Optional<Integer> limit, Color color);

    @DELETE("/greetings/{id}")
    boolean delete(@Path("id") UUID greetingId) throws Exception;

    @POST("/greetings/bulk")
    @ResultName("count")
    int addAll(List<Greeting> greetings);
}
