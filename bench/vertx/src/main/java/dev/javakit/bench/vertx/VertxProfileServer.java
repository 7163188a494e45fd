package dev.javakit.bench.vertx;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Go kit's {@code examples/profilesvc} on Vert.x web, written the way Vert.x users write a service:
 * a router whose handlers run on the event loop, bodies read by {@link BodyHandler}, JSON through
 * {@link JsonObject} (Vert.x's own Jackson 2 streaming codec), one verticle instance per core
 * sharing one listening socket. The store is a {@link ConcurrentHashMap} of immutable profiles,
 * shared by every event loop. It serves the same nine routes and the same JSON as the sample, and
 * is a peer of the sample and Go kit in {@code bench/http.sh}.
 *
 * <pre>java -jar bench/vertx/target/vertx-profile-server.jar 127.0.0.1:8095</pre>
 */
public final class VertxProfileServer extends VerticleBase {

    private static final CharSequence JSON_UTF8 = HttpHeaders.createOptimized("application/json; charset=utf-8");
    private static final byte[] EMPTY_OBJECT = {'{', '}'};
    /** The sample's limit: larger bodies are answered 413. */
    private static final long BODY_LIMIT = 1 << 20;

    private final ConcurrentMap<String, Profile> profiles;
    private final String host;
    private final int port;

    private VertxProfileServer(ConcurrentMap<String, Profile> profiles, String host, int port) {
        this.profiles = profiles;
        this.host = host;
        this.port = port;
    }

    /** Serves the profile service on {@code host:port}, the only argument. */
    public static void main(String[] args) {
        if (args.length != 1 || args[0].lastIndexOf(':') < 0) {
            System.err.println("usage: VertxProfileServer host:port");
            System.exit(2);
        }
        String host = args[0].substring(0, args[0].lastIndexOf(':'));
        int port = Integer.parseInt(args[0].substring(args[0].lastIndexOf(':') + 1));
        ConcurrentMap<String, Profile> profiles = new ConcurrentHashMap<>();
        // One instance per core, as Vert.x recommends for throughput: each gets its own event loop,
        // and Vert.x spreads the accepted connections of the shared server over them.
        int instances = Runtime.getRuntime().availableProcessors();
        Vertx vertx = Vertx.vertx();
        vertx.deployVerticle(() -> new VertxProfileServer(profiles, host, port),
                        new DeploymentOptions().setInstances(instances))
                .onSuccess(id -> System.err.println("vertx listening on " + args[0] + " with " + instances + " verticles"))
                .onFailure(failure -> {
                    failure.printStackTrace();
                    System.exit(1);
                });
    }

    @Override
    public Future<?> start() {
        Router router = Router.router(vertx);
        BodyHandler body = BodyHandler.create(false).setBodyLimit(BODY_LIMIT);

        // Regular expressions on the raw path rather than "/profiles/:id": Vert.x lets a path
        // pattern end with an optional slash and matches on a normalised path (with "//" made "/"),
        // where the contract, like the sample, has /profiles/p/ and //profiles/ not found.
        // Vert.x percent-decodes the named groups.
        String profiles = "/profiles/";
        String profile = "/profiles/(?<id>[^/]+)";
        String addresses = profile + "/addresses/";
        String address = addresses + "(?<addressID>[^/]+)";
        route(router, HttpMethod.POST, profiles).handler(body).handler(this::postProfile);
        route(router, HttpMethod.GET, profile).handler(this::getProfile);
        route(router, HttpMethod.PUT, profile).handler(body).handler(this::putProfile);
        route(router, HttpMethod.PATCH, profile).handler(body).handler(this::patchProfile);
        route(router, HttpMethod.DELETE, profile).handler(this::deleteProfile);
        route(router, HttpMethod.GET, addresses).handler(this::getAddresses);
        route(router, HttpMethod.POST, addresses).handler(body).handler(this::postAddress);
        route(router, HttpMethod.GET, address).handler(this::getAddress);
        route(router, HttpMethod.DELETE, address).handler(this::deleteAddress);
        // Like the sample: HEAD wherever GET is (Vert.x sends the head of the GET answer), OPTIONS
        // and a 405 for another method on a known path, both naming the methods the path has.
        route(router, HttpMethod.HEAD, profile).handler(this::getProfile);
        route(router, HttpMethod.HEAD, addresses).handler(this::getAddresses);
        route(router, HttpMethod.HEAD, address).handler(this::getAddress);
        allow(router, profiles, "OPTIONS, POST");
        allow(router, profile, "DELETE, GET, HEAD, OPTIONS, PATCH, PUT");
        allow(router, addresses, "GET, HEAD, OPTIONS, POST");
        allow(router, address, "DELETE, GET, HEAD, OPTIONS");

        // Errors are JSON, whatever raised them: the handlers' ApiErrors, the body handler's 413,
        // the router's own 404 and 405, a malformed request.
        // The router calls an error handler without setting the context's status: each knows its own.
        router.route().failureHandler(ctx -> failure(ctx, ctx.statusCode()));
        for (int status : new int[] {400, 404, 405, 413, 500}) {
            router.errorHandler(status, ctx -> failure(ctx, status));
        }

        return vertx.createHttpServer().requestHandler(router).listen(port, host);
    }

    private static Route route(Router router, HttpMethod method, String regex) {
        return (method == null ? router.routeWithRegex(regex) : router.routeWithRegex(method, regex))
                .useNormalizedPath(false);
    }

    /** OPTIONS on a path answers 204 with its methods; any other method it lacks, 405. */
    private static void allow(Router router, String regex, String methods) {
        route(router, HttpMethod.OPTIONS, regex).handler(ctx ->
                ctx.response().setStatusCode(204).putHeader(HttpHeaders.ALLOW, methods).end());
        route(router, null, regex).handler(ctx -> methodNotAllowed(ctx, methods));
    }

    // --- the nine routes --------------------------------------------------------------------------

    private void postProfile(RoutingContext ctx) {
        Profile profile = Profile.fromJson(jsonBody(ctx)).validated();
        if (profiles.putIfAbsent(profile.id(), profile) != null) {
            throw new ApiError(400, "already exists");
        }
        sendEmpty(ctx);
    }

    private void getProfile(RoutingContext ctx) {
        Profile profile = existing(pathParam(ctx, "id"));
        send(ctx, 200, new JsonObject().put("profile", profile.toJson()));
    }

    private void putProfile(RoutingContext ctx) {
        String id = pathParam(ctx, "id");
        Profile profile = Profile.fromJson(jsonBody(ctx));
        if (!id.equals(profile.id())) {
            throw new ApiError(400, "inconsistent IDs");
        }
        profiles.put(id, profile.validated());
        sendEmpty(ctx);
    }

    private void patchProfile(RoutingContext ctx) {
        String id = pathParam(ctx, "id");
        Profile patch = Profile.fromJson(jsonBody(ctx));
        if (!patch.id().isEmpty() && !id.equals(patch.id())) {
            throw new ApiError(400, "inconsistent IDs");
        }
        // Like the sample, a missing profile is not found before its addresses are checked.
        Profile patched = profiles.computeIfPresent(id, (key, existing) -> new Profile(existing.id(),
                patch.name().isEmpty() ? existing.name() : patch.name(),
                patch.addresses().isEmpty() ? existing.addresses() : Address.validate(patch.addresses())));
        if (patched == null) {
            throw ApiError.NOT_FOUND;
        }
        sendEmpty(ctx);
    }

    private void deleteProfile(RoutingContext ctx) {
        if (profiles.remove(pathParam(ctx, "id")) == null) {
            throw ApiError.NOT_FOUND;
        }
        sendEmpty(ctx);
    }

    private void getAddresses(RoutingContext ctx) {
        List<Address> addresses = existing(pathParam(ctx, "id")).addresses();
        JsonArray array = new JsonArray(new ArrayList<>(addresses.size()));
        for (Address address : addresses) {
            array.add(address.toJson());
        }
        send(ctx, 200, new JsonObject().put("addresses", array));
    }

    private void getAddress(RoutingContext ctx) {
        String addressId = pathParam(ctx, "addressID");
        for (Address address : existing(pathParam(ctx, "id")).addresses()) {
            if (address.id().equals(addressId)) {
                send(ctx, 200, new JsonObject().put("address", address.toJson()));
                return;
            }
        }
        throw ApiError.NOT_FOUND;
    }

    private void postAddress(RoutingContext ctx) {
        String id = pathParam(ctx, "id");
        Address address = Address.fromJson(jsonBody(ctx));
        existing(id);
        if (address.id().isEmpty()) {
            throw new ApiError(400, "address id must not be empty");
        }
        // The remapping runs atomically for this key; throwing from it leaves the profile as it was.
        Profile updated = profiles.computeIfPresent(id, (key, profile) -> {
            for (Address existing : profile.addresses()) {
                if (existing.id().equals(address.id())) {
                    throw new ApiError(400, "already exists");
                }
            }
            List<Address> addresses = new ArrayList<>(profile.addresses().size() + 1);
            addresses.addAll(profile.addresses());
            addresses.add(address);
            return new Profile(profile.id(), profile.name(), addresses);
        });
        if (updated == null) {
            throw ApiError.NOT_FOUND;
        }
        sendEmpty(ctx);
    }

    private void deleteAddress(RoutingContext ctx) {
        String addressId = pathParam(ctx, "addressID");
        Profile updated = profiles.computeIfPresent(pathParam(ctx, "id"), (key, profile) -> {
            // Like Go kit, every address with that id goes; none found is not found.
            List<Address> kept = new ArrayList<>(profile.addresses().size());
            for (Address address : profile.addresses()) {
                if (!address.id().equals(addressId)) {
                    kept.add(address);
                }
            }
            if (kept.size() == profile.addresses().size()) {
                throw ApiError.NOT_FOUND;
            }
            return new Profile(profile.id(), profile.name(), kept);
        });
        if (updated == null) {
            throw ApiError.NOT_FOUND;
        }
        sendEmpty(ctx);
    }

    private Profile existing(String id) {
        Profile profile = profiles.get(id);
        if (profile == null) {
            throw ApiError.NOT_FOUND;
        }
        return profile;
    }

    /**
     * A percent-decoded path parameter. Vert.x decodes bytes that are not UTF-8 to U+FFFD; like the
     * sample, such a path is a 400 rather than an id nobody can have.
     */
    private static String pathParam(RoutingContext ctx, String name) {
        String value = ctx.pathParam(name);
        if (value.indexOf('\uFFFD') >= 0 && !decodesToUtf8(ctx.request().path())) {
            throw new ApiError(400, "the request path is not UTF-8 once percent-decoded");
        }
        return value;
    }

    /** Whether the percent-escapes of a raw path (valid ones, as Vert.x decoded it) make UTF-8. */
    private static boolean decodesToUtf8(String rawPath) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(rawPath.length());
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c == '%' && i + 2 < rawPath.length() && Character.digit(rawPath.charAt(i + 1), 16) >= 0
                    && Character.digit(rawPath.charAt(i + 2), 16) >= 0) {
                bytes.write(Integer.parseInt(rawPath, i + 1, i + 3, 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    // --- JSON in and out --------------------------------------------------------------------------

    /** The body as a JSON object; anything else (nothing, malformed, not UTF-8, an array) is a 400. */
    private static JsonObject jsonBody(RoutingContext ctx) {
        Buffer buffer = ctx.body().buffer();
        if (buffer == null || buffer.length() == 0) {
            throw new ApiError(400, "the body must be a JSON object, not empty");
        }
        Object value;
        try {
            value = Json.decodeValue(buffer);
        } catch (DecodeException e) {
            throw new ApiError(400, "malformed JSON body");
        }
        if (!(value instanceof JsonObject)) {
            throw new ApiError(400, "the body must be a JSON object");
        }
        return (JsonObject) value;
    }

    /** A string member, or "" when missing or null like Go's zero value; any other type is a 400. */
    private static String string(JsonObject json, String key) {
        Object value = json.getValue(key);
        if (value == null) {
            return "";
        }
        if (!(value instanceof String)) {
            throw new ApiError(400, "\"" + key + "\" must be a string");
        }
        return (String) value;
    }

    /**
     * Writes JSON encoded to a String, then UTF-8. JsonObject.toBuffer() (and so ctx.json()) would
     * be as fast here, but its Jackson 2.18 byte generator writes a character outside the BMP as
     * an escaped surrogate pair (\uD83D\uDE00) where Go and the sample write the UTF-8 bytes.
     */
    private static void send(RoutingContext ctx, int status, JsonObject json) {
        ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, JSON_UTF8).end(json.encode());
    }

    private static void sendEmpty(RoutingContext ctx) {
        send(ctx, 200, Buffer.buffer(EMPTY_OBJECT));
    }

    private static void send(RoutingContext ctx, int status, Buffer body) {
        ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, JSON_UTF8).end(body);
    }

    private static void methodNotAllowed(RoutingContext ctx, String allowed) {
        ctx.response().putHeader(HttpHeaders.ALLOW, allowed);
        send(ctx, 405, new JsonObject().put("error", "method not allowed"));
    }

    private static void failure(RoutingContext ctx, int statusCode) {
        if (ctx.failure() instanceof ApiError) {
            ApiError error = (ApiError) ctx.failure();
            send(ctx, error.status, new JsonObject().put("error", error.getMessage()));
            return;
        }
        // A malformed percent-escape in the path, or in the query, which Vert.x parses along with
        // path parameters, is a 400 from the router; an exception from a handler is a 500.
        int status = statusCode < 400 ? 500 : statusCode;
        String message;
        switch (status) {
            case 400: message = "malformed request"; break;
            case 404: message = "not found"; break;
            case 405: message = "method not allowed"; break;
            case 413: message = "request body too large"; break;
            default: message = "internal error"; break;
        }
        if (ctx.response().ended() || ctx.response().headWritten()) {
            return;
        }
        if (status == 413) {
            // The rest of the body is not read: say the connection closes rather than drop it silently.
            ctx.response().putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
        }
        send(ctx, status, new JsonObject().put("error", message));
    }

    /** An error the contract answers with its status and {@code {"error": message}}. */
    private static final class ApiError extends RuntimeException {

        private static final long serialVersionUID = 1L;
        static final ApiError NOT_FOUND = new ApiError(404, "not found");

        final int status;

        ApiError(int status, String message) {
            // No stack trace: these are answers, not bugs, and some are thrown per request.
            super(message, null, false, false);
            this.status = status;
        }
    }

    // --- the model --------------------------------------------------------------------------------

    /** A profile, immutable so that every event loop can read it without copying. */
    record Profile(String id, String name, List<Address> addresses) {

        static Profile fromJson(JsonObject json) {
            Object addresses = json.getValue("addresses");
            List<Address> list = List.of();
            if (addresses instanceof JsonArray) {
                JsonArray array = (JsonArray) addresses;
                list = new ArrayList<>(array.size());
                for (int i = 0; i < array.size(); i++) {
                    Object address = array.getValue(i);
                    if (address != null && !(address instanceof JsonObject)) {
                        throw new ApiError(400, "addresses[" + i + "] must be an object");
                    }
                    // A null entry is kept, for validate to reject with a clear message, like the sample.
                    list.add(address == null ? null : Address.fromJson((JsonObject) address));
                }
                list = Collections.unmodifiableList(list);
            } else if (addresses != null) {
                throw new ApiError(400, "\"addresses\" must be an array");
            }
            return new Profile(string(json, "id"), string(json, "name"), list);
        }

        /** The profile itself, if it may be stored as a whole. */
        Profile validated() {
            if (id.isEmpty()) {
                throw new ApiError(400, "profile id must not be empty");
            }
            Address.validate(addresses);
            return this;
        }

        /** Fields in the contract's order; name and addresses only when not empty, like Go's omitempty. */
        JsonObject toJson() {
            JsonObject json = new JsonObject().put("id", id);
            if (!name.isEmpty()) {
                json.put("name", name);
            }
            if (!addresses.isEmpty()) {
                JsonArray array = new JsonArray(new ArrayList<>(addresses.size()));
                for (Address address : addresses) {
                    array.add(address.toJson());
                }
                json.put("addresses", array);
            }
            return json;
        }
    }

    /** An address of a profile. */
    record Address(String id, String location) {

        static Address fromJson(JsonObject json) {
            return new Address(string(json, "id"), string(json, "location"));
        }

        /** The addresses themselves, if every one has an id. */
        static List<Address> validate(List<Address> addresses) {
            for (int i = 0; i < addresses.size(); i++) {
                if (addresses.get(i) == null) {
                    throw new ApiError(400, "addresses[" + i + "] must be an address, not null");
                }
                if (addresses.get(i).id().isEmpty()) {
                    throw new ApiError(400, "addresses[" + i + "]: address id must not be empty");
                }
            }
            return addresses;
        }

        JsonObject toJson() {
            JsonObject json = new JsonObject().put("id", id);
            if (!location.isEmpty()) {
                json.put("location", location);
            }
            return json;
        }
    }
}
