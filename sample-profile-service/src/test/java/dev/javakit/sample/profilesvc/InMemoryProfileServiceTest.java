package dev.javakit.sample.profilesvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The business logic of the profile service, called directly. */
class InMemoryProfileServiceTest {

    private static final Address HOME = new Address("home", "Zürich");
    private static final Address WORK = new Address("work", "Bern");
    private static final Profile PAT = new Profile("p", "Pat", List.of(HOME, WORK));

    private final InMemoryProfileService service = new InMemoryProfileService();

    @BeforeEach
    void givenPat() throws Exception {
        service.postProfile(PAT);
    }

    @Test
    void postedProfileCanBeRead() throws Exception {
        assertThat(service.getProfile("p")).isEqualTo(PAT);
    }

    @Test
    void postOfAnExistingIdThrowsAlreadyExistsAndKeepsTheOriginal() throws Exception {
        assertThatThrownBy(() -> service.postProfile(new Profile("p", "Other", List.of())))
                .isInstanceOf(AlreadyExistsException.class).hasMessage("already exists");

        assertThat(service.getProfile("p")).isEqualTo(PAT);
    }

    @Test
    void postRejectsEmptyIdsAndNullAddresses() {
        assertThatThrownBy(() -> service.postProfile(new Profile(null, "n", null)))
                .isInstanceOf(InvalidProfileException.class).hasMessageContaining("id");
        assertThatThrownBy(() -> service.postProfile(new Profile("q", "n", List.of(new Address("", "x")))))
                .isInstanceOf(InvalidProfileException.class).hasMessageContaining("id");
        assertThatThrownBy(() -> service.postProfile(new Profile("q", "n", Arrays.asList(HOME, null))))
                .isInstanceOf(InvalidProfileException.class).hasMessageContaining("addresses[1]");

        assertThatThrownBy(() -> service.getProfile("q")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.getProfile("")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void storedProfileIsNotChangedThroughTheCallersList() throws Exception {
        List<Address> addresses = new ArrayList<>(List.of(HOME));
        service.postProfile(new Profile("q", "", addresses));

        addresses.add(WORK);

        assertThat(service.getAddresses("q")).containsExactly(HOME);
        assertThat(service.getAddresses("q")).isUnmodifiable();
    }

    @Test
    void getOfAMissingProfileThrowsNotFound() {
        assertThatThrownBy(() -> service.getProfile("nobody")).isInstanceOf(NotFoundException.class)
                .hasMessage("not found");
    }

    @Test
    void putCreatesOrReplacesTheWholeProfile() throws Exception {
        service.putProfile("q", new Profile("q", "Quinn", List.of(HOME)));
        service.putProfile("p", new Profile("p", "", List.of()));

        assertThat(service.getProfile("q")).isEqualTo(new Profile("q", "Quinn", List.of(HOME)));
        assertThat(service.getProfile("p")).isEqualTo(new Profile("p", "", List.of()));
    }

    @Test
    void putWithAnotherOrEmptyBodyIdThrowsInconsistentIds() throws Exception {
        assertThatThrownBy(() -> service.putProfile("p", new Profile("q", "Other", List.of())))
                .isInstanceOf(InconsistentIdsException.class).hasMessage("inconsistent IDs");
        assertThatThrownBy(() -> service.putProfile("p", new Profile("", "Other", List.of())))
                .isInstanceOf(InconsistentIdsException.class);

        assertThat(service.getProfile("p")).isEqualTo(PAT);
        assertThatThrownBy(() -> service.getProfile("q")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void putRejectsAddressesWithoutIds() throws Exception {
        assertThatThrownBy(() -> service.putProfile("p", new Profile("p", "", List.of(new Address(null, "x")))))
                .isInstanceOf(InvalidProfileException.class);

        assertThat(service.getProfile("p")).isEqualTo(PAT);
    }

    @Test
    void patchWithANameReplacesOnlyTheName() throws Exception {
        service.patchProfile("p", new Profile("", "Sam", List.of()));

        assertThat(service.getProfile("p")).isEqualTo(new Profile("p", "Sam", List.of(HOME, WORK)));
    }

    @Test
    void patchWithAddressesReplacesOnlyTheAddresses() throws Exception {
        service.patchProfile("p", new Profile("p", "", List.of(WORK)));

        assertThat(service.getProfile("p")).isEqualTo(new Profile("p", "Pat", List.of(WORK)));
    }

    @Test
    void patchWithEmptyFieldsLeavesTheProfileAsItIs() throws Exception {
        service.patchProfile("p", new Profile(null, null, null));

        assertThat(service.getProfile("p")).isEqualTo(PAT);
    }

    @Test
    void patchChecksIdsBeforeLookingTheProfileUp() {
        assertThatThrownBy(() -> service.patchProfile("nobody", new Profile("other", "x", List.of())))
                .isInstanceOf(InconsistentIdsException.class);
        assertThatThrownBy(() -> service.patchProfile("nobody", new Profile("nobody", "x", List.of())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.patchProfile("nobody", new Profile("", "x", List.of())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void patchRejectsAddressesWithoutIdsAndChangesNothing() throws Exception {
        assertThatThrownBy(() -> service.patchProfile("p", new Profile("", "Sam", List.of(new Address("", "x")))))
                .isInstanceOf(InvalidProfileException.class);

        assertThat(service.getProfile("p")).isEqualTo(PAT);
    }

    @Test
    void deleteRemovesTheProfileAndThenThrowsNotFound() throws Exception {
        service.deleteProfile("p");

        assertThatThrownBy(() -> service.getProfile("p")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.deleteProfile("p")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void addressesKeepInsertionOrder() throws Exception {
        Address lake = new Address("lake", "Thun");
        Address alp = new Address("alp", "");
        service.postAddress("p", lake);
        service.postAddress("p", alp);

        assertThat(service.getAddresses("p")).containsExactly(HOME, WORK, lake, alp);
    }

    @Test
    void addressesOfAProfileWithoutAnyAreEmpty() throws Exception {
        service.postProfile(new Profile("q", "Quinn", null));

        assertThat(service.getAddresses("q")).isEmpty();
    }

    @Test
    void addressLookupsOfAMissingProfileThrowNotFound() {
        assertThatThrownBy(() -> service.getAddresses("nobody")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.getAddress("nobody", "home")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.postAddress("nobody", HOME)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.deleteAddress("nobody", "home")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void getAddressReturnsItOrThrowsNotFound() throws Exception {
        assertThat(service.getAddress("p", "work")).isEqualTo(WORK);
        assertThatThrownBy(() -> service.getAddress("p", "nowhere")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void getAddressReturnsTheFirstOfSeveralWithTheSameId() throws Exception {
        Address second = new Address("home", "Basel");
        service.putProfile("p", new Profile("p", "Pat", List.of(HOME, WORK, second)));

        assertThat(service.getAddress("p", "home")).isEqualTo(HOME);
    }

    @Test
    void postAddressOfAnExistingIdThrowsAlreadyExists() throws Exception {
        assertThatThrownBy(() -> service.postAddress("p", new Address("home", "Elsewhere")))
                .isInstanceOf(AlreadyExistsException.class);

        assertThat(service.getAddresses("p")).containsExactly(HOME, WORK);
    }

    @Test
    void postAddressRejectsAnEmptyId() throws Exception {
        assertThatThrownBy(() -> service.postAddress("p", new Address("", "x")))
                .isInstanceOf(InvalidProfileException.class).hasMessageContaining("id");
        assertThatThrownBy(() -> service.postAddress("p", new Address(null, "x")))
                .isInstanceOf(InvalidProfileException.class);

        assertThat(service.getAddresses("p")).containsExactly(HOME, WORK);
    }

    @Test
    void addressIdsAreUniquePerProfileOnly() throws Exception {
        service.postProfile(new Profile("q", "", List.of()));

        service.postAddress("q", new Address("home", "Basel"));

        assertThat(service.getAddress("q", "home")).isEqualTo(new Address("home", "Basel"));
        assertThat(service.getAddress("p", "home")).isEqualTo(HOME);
    }

    @Test
    void deleteAddressRemovesEveryAddressWithThatIdAndKeepsTheOthersInOrder() throws Exception {
        Address lake = new Address("lake", "Thun");
        service.putProfile("p", new Profile("p", "Pat", List.of(HOME, WORK, new Address("home", "Basel"), lake)));

        service.deleteAddress("p", "home");

        assertThat(service.getAddresses("p")).containsExactly(WORK, lake);
        assertThat(service.getProfile("p").name()).isEqualTo("Pat");
        assertThatThrownBy(() -> service.deleteAddress("p", "home")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void deleteOfAMissingAddressThrowsNotFoundAndChangesNothing() throws Exception {
        assertThatThrownBy(() -> service.deleteAddress("p", "nowhere")).isInstanceOf(NotFoundException.class);

        assertThat(service.getProfile("p")).isEqualTo(PAT);
    }
}
