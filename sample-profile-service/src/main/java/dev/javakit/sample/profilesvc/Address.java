package dev.javakit.sample.profilesvc;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

/**
 * A postal address of a profile.
 *
 * <p>Both fields may be absent, as in Go kit's contract, where every field has a zero value: the
 * codec requires a field unless it is {@code @Nullable}, and the service refuses an empty id
 * itself, with the same message over REST and JSON-RPC.
 *
 * @param id identifies the address within its profile; never empty once stored
 * @param location free text; written only when not empty, like Go's {@code omitempty}
 */
@JsonPropertyOrder({"id", "location"})
public record Address(@Nullable String id, @JsonInclude(JsonInclude.Include.NON_EMPTY) @Nullable String location) {

    /** Reads a missing id or location as empty, like Go's zero values. */
    public Address {
        id = id == null ? "" : id;
        location = location == null ? "" : location;
    }
}
