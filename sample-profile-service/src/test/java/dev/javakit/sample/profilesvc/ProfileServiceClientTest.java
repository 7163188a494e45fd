package dev.javakit.sample.profilesvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.javakit.context.Context;
import dev.javakit.endpoint.Endpoint;
import dev.javakit.endpoint.EndpointInfo;
import dev.javakit.endpoint.Middleware;
import dev.javakit.test.KitServerExtension;
import dev.javakit.transport.http.client.HttpClientException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The generated HTTP client against the real service: every operation, every error, over a loopback socket. */
@Timeout(30)
class ProfileServiceClientTest {

    private static final Address HOME = new Address("home", "Zürich");
    private static final Address WORK = new Address("work", "Bern");
    private static final Profile PAT = new Profile("p", "Pat", List.of(HOME, WORK));

    /** A fresh service, with its own store, for each test. */
    @RegisterExtension
    final KitServerExtension service = KitServerExtension.start(ProfileServiceMain::start);

    private ProfileServiceEndpoints client;

    @BeforeEach
    void connect() {
        client = service.client(ProfileServiceHttpClient::endpoints);
    }

    private URI baseUri() {
        return service.baseUri();
    }

    // --- the nine operations, succeeding ---------------------------------------------------------

    @Test
    void postedProfileComesBackWhole() throws Exception {
        client.postProfile(PAT);

        assertThat(client.getProfile("p")).isEqualTo(PAT);
    }

    @Test
    void emptyFieldsComeBackEmpty() throws Exception {
        client.postProfile(new Profile("bare", "", List.of()));

        assertThat(client.getProfile("bare")).isEqualTo(new Profile("bare", "", List.of()));
    }

    @Test
    void putCreatesThenReplacesTheWholeProfile() throws Exception {
        client.putProfile("p", PAT);
        assertThat(client.getProfile("p")).isEqualTo(PAT);

        client.putProfile("p", new Profile("p", "Patricia", List.of()));

        assertThat(client.getProfile("p")).isEqualTo(new Profile("p", "Patricia", List.of()));
    }

    @Test
    void patchReplacesOnlyTheFieldsGiven() throws Exception {
        client.postProfile(PAT);

        client.patchProfile("p", new Profile("", "Patricia", List.of()));
        assertThat(client.getProfile("p")).isEqualTo(new Profile("p", "Patricia", List.of(HOME, WORK)));

        client.patchProfile("p", new Profile("p", "", List.of(WORK)));
        assertThat(client.getProfile("p")).isEqualTo(new Profile("p", "Patricia", List.of(WORK)));
    }

    @Test
    void deletedProfileIsGone() throws Exception {
        client.postProfile(PAT);

        client.deleteProfile("p");

        assertThatThrownBy(() -> client.getProfile("p")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void addressesComeBackInInsertionOrder() throws Exception {
        client.postProfile(new Profile("p", "Pat", List.of(WORK)));
        client.postAddress("p", new Address("cabin", "Grindelwald"));
        client.postAddress("p", HOME);

        assertThat(client.getAddresses("p")).containsExactly(WORK, new Address("cabin", "Grindelwald"), HOME);
    }

    @Test
    void aProfileWithoutAddressesHasAnEmptyList() throws Exception {
        client.postProfile(new Profile("p", "Pat", List.of()));

        assertThat(client.getAddresses("p")).isEmpty();
    }

    @Test
    void oneAddressComesBackWhole() throws Exception {
        client.postProfile(PAT);

        assertThat(client.getAddress("p", "work")).isEqualTo(WORK);
        assertThat(client.getAddress("p", "home")).isEqualTo(HOME);
    }

    @Test
    void anAddressWithoutLocationComesBackWithAnEmptyOne() throws Exception {
        client.postProfile(new Profile("p", "", List.of()));
        client.postAddress("p", new Address("nowhere", ""));

        assertThat(client.getAddress("p", "nowhere")).isEqualTo(new Address("nowhere", ""));
    }

    @Test
    void postedAddressIsAppended() throws Exception {
        client.postProfile(PAT);

        client.postAddress("p", new Address("cabin", "Grindelwald"));

        assertThat(client.getAddresses("p")).containsExactly(HOME, WORK, new Address("cabin", "Grindelwald"));
    }

    @Test
    void deletedAddressIsGoneAndTheOthersStay() throws Exception {
        client.postProfile(PAT);

        client.deleteAddress("p", "home");

        assertThat(client.getAddresses("p")).containsExactly(WORK);
        assertThatThrownBy(() -> client.getAddress("p", "home")).isInstanceOf(NotFoundException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a b", "a/b", "a+b", "☃", "100%", "a?b#c", "..", ".", "ünïcödé/ & =;"})
    void idsThatNeedEncodingRoundTrip(String id) throws Exception {
        client.putProfile(id, new Profile(id, "odd", List.of()));
        client.postAddress(id, new Address(id, "there"));

        assertThat(client.getProfile(id)).isEqualTo(new Profile(id, "odd", List.of(new Address(id, "there"))));
        assertThat(client.getAddress(id, id)).isEqualTo(new Address(id, "there"));
        client.deleteAddress(id, id);
        client.deleteProfile(id);
        assertThatThrownBy(() -> client.getProfile(id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void createTalksToTheServiceAtABaseUrl() throws Exception {
        ProfileService profiles = ProfileServiceHttpClient.create(baseUri() + "/");

        profiles.postProfile(PAT);

        assertThat(profiles.getProfile("p")).isEqualTo(PAT);
    }

    // --- errors, mapped back to the declared exceptions ------------------------------------------

    @Test
    void missingThingsAreNotFoundForEveryOperationThatDeclaresIt() throws Exception {
        client.postProfile(new Profile("p", "Pat", List.of()));

        assertNotFound(() -> client.getProfile("nobody"));
        assertNotFound(() -> client.deleteProfile("nobody"));
        assertNotFound(() -> client.patchProfile("nobody", new Profile("nobody", "X", List.of())));
        assertNotFound(() -> client.getAddresses("nobody"));
        assertNotFound(() -> client.getAddress("nobody", "home"));
        assertNotFound(() -> client.getAddress("p", "home"));
        assertNotFound(() -> client.postAddress("nobody", HOME));
        assertNotFound(() -> client.deleteAddress("nobody", "home"));
        assertNotFound(() -> client.deleteAddress("p", "home"));
    }

    private static void assertNotFound(ThrowingCall call) {
        NotFoundException thrown = catchThrowableOfType(NotFoundException.class, call::run);
        assertThat(thrown).as("NotFoundException").isNotNull().hasMessage("not found");
    }

    @FunctionalInterface
    private interface ThrowingCall {
        void run() throws Exception;
    }

    @Test
    void postingAnExistingProfileIsAlreadyExists() throws Exception {
        client.postProfile(PAT);

        AlreadyExistsException thrown = catchThrowableOfType(AlreadyExistsException.class,
                () -> client.postProfile(new Profile("p", "Other", List.of())));

        assertThat(thrown).hasMessage("already exists");
        assertThat(client.getProfile("p")).isEqualTo(PAT);
    }

    @Test
    void postingAnExistingAddressIsAlreadyExists() throws Exception {
        client.postProfile(PAT);

        AlreadyExistsException thrown = catchThrowableOfType(AlreadyExistsException.class,
                () -> client.postAddress("p", new Address("home", "elsewhere")));

        assertThat(thrown).hasMessage("already exists");
        assertThat(client.getAddresses("p")).containsExactly(HOME, WORK);
    }

    @Test
    void putWithAnotherIdInTheBodyIsInconsistentIds() {
        InconsistentIdsException thrown = catchThrowableOfType(InconsistentIdsException.class,
                () -> client.putProfile("p", new Profile("q", "Pat", List.of())));

        assertThat(thrown).hasMessage("inconsistent IDs");
    }

    @Test
    void patchWithAnotherIdInTheBodyIsInconsistentIdsEvenForAMissingProfile() throws Exception {
        client.postProfile(PAT);

        assertThat(catchThrowableOfType(InconsistentIdsException.class,
                () -> client.patchProfile("p", new Profile("q", "X", List.of())))).hasMessage("inconsistent IDs");
        assertThat(catchThrowableOfType(InconsistentIdsException.class,
                () -> client.patchProfile("nobody", new Profile("q", "X", List.of())))).hasMessage("inconsistent IDs");
        assertThat(client.getProfile("p")).isEqualTo(PAT);
    }

    @Test
    void postingAProfileWithoutIdIsInvalidWithTheServersMessage() {
        InvalidProfileException thrown = catchThrowableOfType(InvalidProfileException.class,
                () -> client.postProfile(new Profile("", "Nobody", List.of())));

        assertThat(thrown).hasMessage("profile id must not be empty");
    }

    @Test
    void invalidAddressesAreInvalidWithTheServersMessage() throws Exception {
        client.postProfile(new Profile("p", "Pat", List.of()));

        assertThat(catchThrowableOfType(InvalidProfileException.class,
                () -> client.postAddress("p", new Address("", "nowhere"))))
                .hasMessage("address id must not be empty");
        assertThat(catchThrowableOfType(InvalidProfileException.class,
                () -> client.putProfile("q", new Profile("q", "Q", List.of(new Address("", "x"))))))
                .hasMessage("addresses[0]: address id must not be empty");
        assertThat(catchThrowableOfType(InvalidProfileException.class,
                () -> client.patchProfile("p", new Profile("", "", List.of(HOME, new Address("", "x"))))))
                .hasMessage("addresses[1]: address id must not be empty");
    }

    @Test
    void anEmptyPathIdIsRefusedBeforeSending() {
        assertThatThrownBy(() -> client.getProfile(""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'id'");
        assertThatThrownBy(() -> client.getAddress("p", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'addressID'");
    }

    @Test
    void aStoppedServiceIsAnHttpClientExceptionWithoutAnswer() {
        service.server().stop(Duration.ZERO);

        HttpClientException thrown = catchThrowableOfType(HttpClientException.class, () -> client.getProfile("p"));

        assertThat(thrown.answered()).isFalse();
        assertThat(thrown.status()).isEqualTo(503);
    }

    // --- client-side middleware ------------------------------------------------------------------

    /** Counts the calls per endpoint and the exceptions it saw pass. */
    static final class Counting implements Middleware {

        final ConcurrentHashMap<String, AtomicInteger> calls = new ConcurrentHashMap<>();
        final List<String> failures = new CopyOnWriteArrayList<>();
        final List<String> wrapped = new CopyOnWriteArrayList<>();

        @Override
        public <Req, Resp> Endpoint<Req, Resp> wrap(EndpointInfo endpoint, Endpoint<Req, Resp> next) {
            wrapped.add(endpoint.method() + (endpoint.idempotent() ? "!" : ""));
            return (ctx, request) -> {
                calls.computeIfAbsent(endpoint.method(), name -> new AtomicInteger()).incrementAndGet();
                try {
                    return next.call(ctx, request);
                } catch (Exception e) {
                    failures.add(endpoint.method() + ": " + e.getClass().getSimpleName());
                    throw e;
                }
            };
        }

        int calls(String method) {
            AtomicInteger count = calls.get(method);
            return count == null ? 0 : count.get();
        }
    }

    @Test
    void middlewareAddedWithWithWrapsEveryClientEndpoint() throws Exception {
        Counting counting = new Counting();
        ProfileService profiles = client.with(counting);

        profiles.postProfile(PAT);
        profiles.getProfile("p");
        profiles.putProfile("p", PAT);
        profiles.patchProfile("p", new Profile("p", "Pat", List.of()));
        profiles.getAddresses("p");
        profiles.getAddress("p", "home");
        profiles.postAddress("p", new Address("cabin", "Grindelwald"));
        profiles.deleteAddress("p", "cabin");
        profiles.deleteProfile("p");

        assertThat(counting.wrapped).containsExactly("postProfile", "getProfile!", "putProfile!", "patchProfile",
                "deleteProfile!", "getAddresses!", "getAddress!", "postAddress", "deleteAddress!");
        assertThat(counting.calls).hasSize(9).allSatisfy((method, count) -> assertThat(count).hasValue(1));
        assertThat(counting.failures).isEmpty();
    }

    @Test
    void middlewareSeesTheDeclaredExceptionsPass() {
        Counting counting = new Counting();
        ProfileService profiles = client.with(counting);

        assertThatThrownBy(() -> profiles.getProfile("nobody")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> profiles.postProfile(new Profile("", "", List.of())))
                .isInstanceOf(InvalidProfileException.class);

        assertThat(counting.failures).containsExactly("getProfile: NotFoundException",
                "postProfile: InvalidProfileException");
    }

    @Test
    void aChainRunsItsMiddlewaresInTheOrderGiven() throws Exception {
        List<String> trace = new CopyOnWriteArrayList<>();
        ProfileServiceEndpoints wrapped = client.with(Middleware.chain(tracing(trace, "outer"), tracing(trace, "inner")));

        wrapped.postProfile(PAT);

        assertThat(trace).containsExactly("outer>postProfile", "inner>postProfile", "inner<postProfile",
                "outer<postProfile");
    }

    @Test
    void theMiddlewareAddedLastIsOutermostAndTheOriginalStaysUnwrapped() throws Exception {
        List<String> trace = new CopyOnWriteArrayList<>();
        ProfileServiceEndpoints wrapped = client.with(tracing(trace, "first")).with(tracing(trace, "second"));

        wrapped.postProfile(PAT);
        client.getProfile("p");

        assertThat(trace).containsExactly("second>postProfile", "first>postProfile", "first<postProfile",
                "second<postProfile");
    }

    private static Middleware tracing(List<String> trace, String name) {
        return new Middleware() {
            @Override
            public <Req, Resp> Endpoint<Req, Resp> wrap(EndpointInfo endpoint, Endpoint<Req, Resp> next) {
                return (ctx, request) -> {
                    trace.add(name + ">" + endpoint.method());
                    Resp response = next.call(ctx, request);
                    trace.add(name + "<" + endpoint.method());
                    return response;
                };
            }
        };
    }

    /** Answers a request it has answered before from memory: typed per endpoint, with no cast. */
    static final class Caching implements Middleware {

        @Override
        public <Req, Resp> Endpoint<Req, Resp> wrap(EndpointInfo endpoint, Endpoint<Req, Resp> next) {
            Map<Req, Resp> answers = new ConcurrentHashMap<>();
            return (ctx, request) -> {
                Resp cached = answers.get(request);
                if (cached != null) {
                    return cached;
                }
                Resp response = next.call(ctx, request);
                answers.put(request, response);
                return response;
            };
        }
    }

    @Test
    void aMiddlewareOnOneEndpointMayAnswerWithoutCallingTheServer() throws Exception {
        client.postProfile(PAT);
        ProfileServiceEndpoints cachedGets = client.with(new Caching().onlyFor(ProfileServiceEndpoints.GET_PROFILE));
        assertThat(cachedGets.getProfile("p")).isEqualTo(PAT);

        client.deleteProfile("p");

        assertThat(cachedGets.getProfile("p")).isEqualTo(PAT);
        assertThatThrownBy(() -> cachedGets.getAddresses("p")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void endpointsCarryTheCallersContext() throws Exception {
        client.postProfile(PAT);
        Context.Key<String> user = Context.Key.of("user", String.class);
        List<String> seen = new ArrayList<>();
        Middleware seeing = new Middleware() {
            @Override
            public <Req, Resp> Endpoint<Req, Resp> wrap(EndpointInfo endpoint, Endpoint<Req, Resp> next) {
                return (ctx, request) -> {
                    seen.add(ctx.get(user));
                    return next.call(ctx, request);
                };
            }
        };
        ProfileServiceEndpoints withContext = client.with(seeing.onlyFor(ProfileServiceEndpoints.GET_PROFILE));

        ProfileServiceEndpoints.GetProfileResponse response = withContext.getProfileEndpoint()
                .call(Context.background().with(user, "alice").withTimeout(Duration.ofSeconds(5)),
                        new ProfileServiceEndpoints.GetProfileRequest("p"));

        assertThat(response.profile()).isEqualTo(PAT);
        assertThat(seen).containsExactly("alice");
    }
}
