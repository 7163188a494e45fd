package dev.javakit.health;

import java.util.Objects;

/**
 * What a {@link HealthCheck} found: up, or down with a reason.
 *
 * @param healthy whether the dependency is usable
 * @param reason why it is not, or {@code null} when it is up
 */
public record HealthStatus(boolean healthy, String reason) {

    private static final HealthStatus UP = new HealthStatus(true, null);

    /** Checks that a down status says why. */
    public HealthStatus {
        if (!healthy) {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Returns the status of a usable dependency. */
    public static HealthStatus up() {
        return UP;
    }

    /** Returns the status of an unusable dependency, saying why. */
    public static HealthStatus down(String reason) {
        return new HealthStatus(false, reason);
    }
}
