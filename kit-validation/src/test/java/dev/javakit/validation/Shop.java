package dev.javakit.validation;

import dev.javakit.annotations.KitService;
import jakarta.validation.constraints.NotBlank;

/** Holds a service nested in a class, whose generated endpoints are named {@code Shop_CatalogEndpoints}. */
public final class Shop {

    private Shop() {
    }

    /** A service that inherits its only method, and the method's constraints. */
    @KitService
    public interface Catalog extends Repository<Item> {
    }

    /**
     * An item of the catalog.
     *
     * @param name its name, not blank
     */
    public record Item(@NotBlank String name) {
    }
}
