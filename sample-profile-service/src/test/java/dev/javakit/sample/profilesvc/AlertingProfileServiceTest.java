package dev.javakit.sample.profilesvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The service middleware that raises an alert for every new Michael. */
class AlertingProfileServiceTest {

    private final InMemoryProfileService store = new InMemoryProfileService();
    private final List<String> alerts = new ArrayList<>();
    private AlertingProfileService service;

    @BeforeEach
    void wrapStore() {
        service = new AlertingProfileService(store, alerts::add);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Michael", "Michael Jackson", "Michael J. Fox"})
    void alertsWhenAMichaelRegisters(String name) throws Exception {
        service.postProfile(new Profile("m1", name, List.of()));

        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0)).contains("m1");
        assertThat(store.getProfile("m1").name()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Michaela", "MichaelJackson", "michael", "MICHAEL", "Mike", "Jackson Michael", "Mich", ""})
    void staysQuietForEveryoneElse(String name) throws Exception {
        service.postProfile(new Profile("p1", name, List.of()));

        assertThat(alerts).isEmpty();
        assertThat(store.getProfile("p1").name()).isEqualTo(name);
    }

    @Test
    void staysQuietWhenTheProfileAlreadyExists() throws Exception {
        service.postProfile(new Profile("m1", "Michael", List.of()));
        alerts.clear();

        assertThatThrownBy(() -> service.postProfile(new Profile("m1", "Michael", List.of())))
                .isInstanceOf(AlreadyExistsException.class);

        assertThat(alerts).isEmpty();
    }

    @Test
    void staysQuietWhenTheProfileIsInvalid() {
        assertThatThrownBy(() -> service.postProfile(new Profile("", "Michael", List.of())))
                .isInstanceOf(InvalidProfileException.class);

        assertThat(alerts).isEmpty();
    }

    @Test
    void forwardsEveryOtherMethodUnchanged() throws Exception {
        service.postProfile(new Profile("p", "Pat", List.of(new Address("home", "Bern"))));

        service.putProfile("q", new Profile("q", "Quinn", List.of()));
        service.patchProfile("q", new Profile("", "Quincy", List.of()));
        service.postAddress("q", new Address("work", "Basel"));

        assertThat(service.getProfile("q")).isEqualTo(new Profile("q", "Quincy", List.of(new Address("work", "Basel"))));
        assertThat(service.getAddresses("p")).containsExactly(new Address("home", "Bern"));
        assertThat(service.getAddress("q", "work")).isEqualTo(new Address("work", "Basel"));
        service.deleteAddress("q", "work");
        assertThat(store.getAddresses("q")).isEmpty();
        service.deleteProfile("p");
        assertThatThrownBy(() -> store.getProfile("p")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.getProfile("p")).isInstanceOf(NotFoundException.class);
        assertThat(alerts).isEmpty();
    }

    @Test
    void requiresAnAlertSink() {
        assertThatNullPointerException().isThrownBy(() -> new AlertingProfileService(store, null))
                .withMessageContaining("alert");
    }
}
