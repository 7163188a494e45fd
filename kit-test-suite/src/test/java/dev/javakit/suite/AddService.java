package dev.javakit.suite;

import dev.javakit.annotations.KitService;
import dev.javakit.annotations.ResultName;
import dev.javakit.annotations.http.POST;

/** Go kit's addsvc, on its own routes and JSON: {@code POST /sum {"a":1,"b":2}} answers {@code {"v":3}}. */
@KitService
public interface AddService {

    /** Returns a + b. */
    @POST("/sum")
    @ResultName("v")
    int sum(int a, int b);

    /** Returns a then b. */
    @POST("/concat")
    @ResultName("v")
    String concat(String a, String b);
}
