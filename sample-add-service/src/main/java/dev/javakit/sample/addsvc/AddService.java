package dev.javakit.sample.addsvc;

import dev.javakit.annotations.KitService;
import dev.javakit.annotations.ResultName;
import dev.javakit.annotations.http.POST;

/**
 * Go kit's addsvc: a service that adds things together, on Go kit's routes and JSON, so that Go
 * kit's own clients call it unchanged ({@code POST /sum {"a":1,"b":2}} answers {@code {"v":3}}).
 */
@KitService(name = "addsvc")
public interface AddService {

    /** Returns a + b; Go's {@code int} is 64 bits, but the sum must fit in 32, as in Go kit. */
    @POST("/sum")
    @ResultName("v")
    long sum(long a, long b) throws TwoZeroesException, IntOverflowException;

    /** Returns a followed by b, at most ten bytes of UTF-8 in all, as in Go kit. */
    @POST("/concat")
    @ResultName("v")
    String concat(String a, String b) throws MaxSizeExceededException;
}
