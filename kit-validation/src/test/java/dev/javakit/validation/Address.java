package dev.javakit.validation;

import jakarta.validation.constraints.NotBlank;

/** An address, whose location must not be blank. */
public record Address(String id, @NotBlank String location) {
}
