package dev.javakit.sample.profilesvc;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * The talk's service middleware: raises an alert whenever a new Michael registers, and otherwise
 * stays out of the way, overriding one method of the generated forwarding base class.
 */
public final class AlertingProfileService extends ForwardingProfileService {

    private final Consumer<String> alert;

    /** Wraps {@code next}, sending alerts to {@code alert}. */
    public AlertingProfileService(ProfileService next, Consumer<String> alert) {
        super(next);
        this.alert = Objects.requireNonNull(alert, "alert");
    }

    @Override
    public void postProfile(Profile profile) throws AlreadyExistsException, InvalidProfileException {
        super.postProfile(profile);
        if (isMichael(profile.name())) {
            alert.accept("new Michael registered: profile " + profile.id());
        }
    }

    private static boolean isMichael(String name) {
        return name.equals("Michael") || name.startsWith("Michael ");
    }
}
