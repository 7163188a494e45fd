package dev.javakit.processor.model;

import com.palantir.javapoet.ClassName;

/**
 * A declared business exception and the HTTP status its {@code @ErrorStatus} maps it to.
 *
 * @param exception the exception class
 * @param status the HTTP status, 400 to 599
 */
public record ErrorStatusModel(ClassName exception, int status) {
}
