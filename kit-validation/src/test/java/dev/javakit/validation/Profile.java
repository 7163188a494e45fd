package dev.javakit.validation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A body type whose components carry constraints, cascaded into its addresses. */
public record Profile(@NotBlank String id, @Size(max = 10) String name, List<@Valid Address> addresses) {
}
