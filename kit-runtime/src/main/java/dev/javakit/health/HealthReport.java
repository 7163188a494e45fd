package dev.javakit.health;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The answer of a health endpoint, in MicroProfile Health's shape, which probes, dashboards and
 * service meshes already read: {@code {"status":"UP","checks":[{"name":"db","status":"UP"}]}}.
 *
 * @param status {@code UP} when every check is up, else {@code DOWN}
 * @param checks each check by name, in the order they were added
 */
public record HealthReport(String status, List<Check> checks) {

    /** Returns whether every check is up. */
    public boolean up() {
        return "UP".equals(status);
    }

    /**
     * One check's outcome.
     *
     * @param name the check's name
     * @param status {@code UP} or {@code DOWN}
     * @param data {@code reason} when down; absent from the JSON when empty
     */
    public record Check(String name, String status, @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> data) {
    }
}
