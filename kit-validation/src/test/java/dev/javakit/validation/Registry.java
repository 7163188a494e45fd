package dev.javakit.validation;

import dev.javakit.annotations.KitService;
import dev.javakit.annotations.ResultName;
import dev.javakit.annotations.http.DELETE;
import dev.javakit.annotations.http.POST;
import dev.javakit.context.Context;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;

/** A service with constraints where users write them: on parameters, and on the records they carry. */
@KitService
public interface Registry {

    /** Returns a + b. */
    @POST("/sum")
    @ResultName("v")
    int sum(@Min(0) int a, @Max(100) int b);

    /** Stores a profile and returns it. */
    @POST("/profiles/")
    @ResultName("profile")
    Profile postProfile(@Valid Profile profile);

    /** Returns the price times the factor. */
    @POST("/scale")
    @ResultName("v")
    BigDecimal scale(BigDecimal price, @DecimalMin("0.5") BigDecimal factor);

    /** Closes an account: the context is a parameter, but not a component of the request record. */
    @DELETE("/accounts/{id}")
    void close(Context ctx, @Positive long id);

    /** Returns the text: no constraint, so the middleware leaves its endpoint alone. */
    @POST("/echo")
    @ResultName("v")
    String echo(String text);
}
