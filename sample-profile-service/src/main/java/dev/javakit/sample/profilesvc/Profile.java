package dev.javakit.sample.profilesvc;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A user profile.
 *
 * <p>Every field may be absent, as in Go kit's contract, where every field has a zero value:
 * {@code id} from a PATCH body, whose path names the profile, and {@code name} wherever Go kit's
 * examples leave it out. The codec requires a field unless it is {@code @Nullable} (or a list,
 * which reads as empty); the service refuses an empty id itself, with the same message over REST
 * and JSON-RPC.
 *
 * @param id identifies the profile; never empty once stored
 * @param name written only when not empty, like Go's {@code omitempty}
 * @param addresses in insertion order; written only when not empty
 */
@JsonPropertyOrder({"id", "name", "addresses"})
public record Profile(
        @Nullable String id,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @Nullable String name,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Address> addresses) {

    /**
     * Reads a missing id, name or address list as empty, like Go's zero values. Null entries in
     * the list are kept, so that the service can reject them with a clear message.
     */
    public Profile {
        id = id == null ? "" : id;
        name = name == null ? "" : name;
        addresses = addresses == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(addresses));
    }

    /** Returns a copy with another name. */
    public Profile withName(String newName) {
        return new Profile(id, newName, addresses);
    }

    /** Returns a copy with other addresses. */
    public Profile withAddresses(List<Address> newAddresses) {
        return new Profile(id, name, newAddresses);
    }
}
