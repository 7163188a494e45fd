package dev.javakit.grpc.echo;

import java.time.Duration;
import java.time.Instant;

/**
 * The response of the test service: the text, the time its context had left (null without a
 * deadline), and when it was served.
 */
public record EchoReply(String text, Duration remaining, Instant servedAt) {
}
