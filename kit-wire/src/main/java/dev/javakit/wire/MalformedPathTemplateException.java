package dev.javakit.wire;

/** Thrown when a path template breaks the grammar of {@link PathTemplate}, naming the template and the rule. */
public final class MalformedPathTemplateException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    MalformedPathTemplateException(String template, String reason) {
        super("path template \"" + template + "\" is malformed: " + reason);
        this.reason = reason;
    }

    /** Returns what is wrong, without the template: the processor reports it on the annotation's value. */
    public String reason() {
        return reason;
    }
}
