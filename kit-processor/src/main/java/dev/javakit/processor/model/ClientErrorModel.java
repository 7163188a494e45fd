package dev.javakit.processor.model;

import com.palantir.javapoet.ClassName;

/**
 * How a generated client recreates one declared exception from an error answer.
 *
 * @param exception the exception class
 * @param status the HTTP status its {@code @ErrorStatus} maps it to
 * @param fixedMessage whether it has a no-argument constructor (its message is its own)
 * @param messageConstructor whether it has a constructor taking the message
 */
public record ClientErrorModel(ClassName exception, int status, boolean fixedMessage, boolean messageConstructor) {
}
