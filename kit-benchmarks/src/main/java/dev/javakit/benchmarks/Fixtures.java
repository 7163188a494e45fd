package dev.javakit.benchmarks;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import dev.javakit.sample.profilesvc.Address;
import dev.javakit.sample.profilesvc.InMemoryProfileService;
import dev.javakit.sample.profilesvc.Profile;
import dev.javakit.sample.profilesvc.ProfileService;
import java.util.List;
import org.slf4j.LoggerFactory;

/** What every benchmark measures against: the sample's service with one stored profile. */
public final class Fixtures {

    /** The profile every benchmark reads: a name and two addresses, as bench/http.sh seeds it. */
    public static final Profile ALICE = new Profile("alice", "Alice Liddell", List.of(
            new Address("home", "1 Rabbit Hole, Wonderland"), new Address("work", "Looking-Glass House")));

    static final String ALICE_JSON = "{\"id\":\"alice\",\"name\":\"Alice Liddell\",\"addresses\":["
            + "{\"id\":\"home\",\"location\":\"1 Rabbit Hole, Wonderland\"},"
            + "{\"id\":\"work\",\"location\":\"Looking-Glass House\"}]}";

    private Fixtures() {
    }

    /** Returns the in-memory service holding {@link #ALICE}. */
    public static ProfileService serviceWithAlice() {
        InMemoryProfileService service = new InMemoryProfileService();
        try {
            service.postProfile(ALICE);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return service;
    }

    /** Sets the level of the service's call log, which the generated logging decorator writes to. */
    static void setCallLogLevel(Level level) {
        ((Logger) LoggerFactory.getLogger(ProfileService.class)).setLevel(level);
    }
}
