package dev.javakit.validation;

import dev.javakit.annotations.http.POST;
import jakarta.validation.Valid;

/** A generic super-interface whose constraints its services inherit. */
public interface Repository<T> {

    /** Stores an item. */
    @POST("/items")
    void save(@Valid T item);
}
