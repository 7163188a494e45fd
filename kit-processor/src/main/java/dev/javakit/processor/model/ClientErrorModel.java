package dev.javakit.processor.model;

import com.palantir.javapoet.ClassName;

/**
 * How a generated client recreates one declared exception from an error answer.
 *
 * @param exception the exception class
 * @param identity the name a server of ours sends for it: its simple name, as the runtime's
 *     {@code StatusTable} names it
 * @param status the HTTP status its {@code @ErrorStatus} maps it to
 * @param fixedMessage whether it has a no-argument constructor (its message is its own)
 * @param messageConstructor whether it has a constructor taking the message
 */
public record ClientErrorModel(ClassName exception, String identity, int status, boolean fixedMessage,
        boolean messageConstructor) {
}
