package dev.javakit.benchmarks.validation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A body type with a constraint on each component, and on each element of its list. */
public record Member(@NotBlank String id, @Size(max = 40) String name, @Email String email, List<@NotBlank String> tags) {
}
