package dev.javakit.processor.model;

/** The HTTP methods a service method can be served on, and whether their requests carry a body. */
public enum HttpVerb {
    GET(false),
    POST(true),
    PUT(true),
    PATCH(true),
    DELETE(false);

    private final boolean hasBody;

    HttpVerb(boolean hasBody) {
        this.hasBody = hasBody;
    }

    /** Returns whether requests of this method carry a body. */
    public boolean hasBody() {
        return hasBody;
    }
}
