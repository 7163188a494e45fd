package dev.javakit.validation;

import dev.javakit.annotations.KitService;
import dev.javakit.annotations.ResultName;
import dev.javakit.annotations.http.POST;

/** A service without a single constraint. */
@KitService
public interface Plain {

    /** Returns a + b. */
    @POST("/sum")
    @ResultName("v")
    int sum(int a, int b);
}
