package dev.javakit.health;

/**
 * One thing a service depends on, asked whether it is usable: a database, a downstream service, a
 * warmed-up cache. A check that throws counts as down, its exception's message as the reason.
 */
@FunctionalInterface
public interface HealthCheck {

    /** Returns whether the dependency is usable now; may block briefly, as a probe waits for it. */
    HealthStatus check() throws Exception;
}
