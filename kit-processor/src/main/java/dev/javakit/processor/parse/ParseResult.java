package dev.javakit.processor.parse;

import dev.javakit.processor.model.ServiceModel;

/** What parsing one {@code @KitService} interface gave: its model, diagnostics, or a retry next round. */
public sealed interface ParseResult {

    /** The interface is valid: generate {@code model}. */
    record Parsed(ServiceModel model) implements ParseResult {
    }

    /** Errors were reported on the interface: nothing is generated for it. */
    record Invalid() implements ParseResult {
    }

    /**
     * The interface mentions a type another processor has yet to generate: try again next round.
     *
     * @param unresolvedType the first such type, as the error names it if it never appears
     */
    record Deferred(String unresolvedType) implements ParseResult {
    }
}
