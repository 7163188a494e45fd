package dev.javakit.sample.profilesvc;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A postal address of a profile.
 *
 * @param id identifies the address within its profile; never empty once stored
 * @param location free text; written only when not empty, like Go's {@code omitempty}
 */
@JsonPropertyOrder({"id", "location"})
public record Address(String id, @JsonInclude(JsonInclude.Include.NON_EMPTY) String location) {

    /** Reads a missing id or location as empty, like Go's zero values. */
    public Address {
        id = id == null ? "" : id;
        location = location == null ? "" : location;
    }
}
