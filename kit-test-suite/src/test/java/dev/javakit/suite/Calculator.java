package dev.javakit.suite;

import dev.javakit.annotations.KitService;
import dev.javakit.annotations.http.NoHttp;
import java.util.List;

/** A service interface with no HTTP annotation at all, served on its default routes and over JSON-RPC. */
@KitService
public interface Calculator {

    /** Served on {@code POST /Calculator/add} with body {@code {"a":..,"b":..}}. */
    int add(int a, int b);

    /** Served on {@code POST /Calculator/total} with the list as the body. */
    long total(List<Integer> values);

    /** Served over JSON-RPC only. */
    @NoHttp
    void clear();
}
