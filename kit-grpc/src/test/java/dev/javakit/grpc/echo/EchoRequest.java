package dev.javakit.grpc.echo;

/** The request of the test service: what to echo, and how long to take. */
public record EchoRequest(String text, long sleepMillis) {

    /** A request answered at once. */
    public EchoRequest(String text) {
        this(text, 0);
    }
}
