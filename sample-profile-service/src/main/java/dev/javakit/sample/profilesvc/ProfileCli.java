package dev.javakit.sample.profilesvc;

import dev.javakit.json.JsonCodec;
import dev.javakit.sd.Instancer;
import dev.javakit.sd.etcd.EtcdEndpoints;
import dev.javakit.sd.etcd.EtcdInstancer;
import dev.javakit.sd.lb.LoadBalancing;
import dev.javakit.sd.lb.NoInstanceException;
import dev.javakit.transport.http.client.HttpClientException;
import dev.javakit.transport.http.client.HttpClientTransport;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * A command-line client of the profile service, on the generated HTTP client: every operation
 * the service has, so a user can drive it without curl. Given several addresses, it balances over
 * them and goes to another when one is down.
 *
 * <pre>java -cp sample-profile-service.jar dev.javakit.sample.profilesvc.ProfileCli get alice</pre>
 */
public final class ProfileCli {

    static final String USAGE = """
            usage: java -cp sample-profile-service.jar dev.javakit.sample.profilesvc.ProfileCli \\
                     [--addr=http://localhost:8080[,http://host:port...] | --etcd.endpoints=http://host:2379[,...]] \\
                     COMMAND ARGUMENT...
            commands:
              get ID                                 show a profile
              post ID [NAME]                         create a profile
              put ID [NAME]                          create or replace a profile
              patch ID NAME                          rename a profile
              delete ID                              delete a profile
              addresses ID                           list a profile's addresses
              address ID ADDRESS_ID                  show an address
              add-address ID ADDRESS_ID LOCATION     add an address
              delete-address ID ADDRESS_ID           delete an address
              load [--duration=10s] [--concurrency=8] [--interval=1s]
                                                     PUT profiles from concurrent workers, printing
                                                     the calls, the failed ones and which instance answered
                                                     every interval; exits 1 if any call failed""";

    private ProfileCli() {
    }

    /** Runs one command against the service and exits 0 on success, 1 on a service error, 2 on misuse or no answer. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs one command, writing its result to {@code out} and problems to {@code err}; returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        String addresses = "http://localhost:8080";
        String etcd = null;
        List<String> words = Arrays.asList(args);
        while (!words.isEmpty() && (words.get(0).startsWith("--addr=") || words.get(0).startsWith("--etcd.endpoints="))) {
            String word = words.get(0);
            if (word.startsWith("--addr=")) {
                addresses = word.substring("--addr=".length());
            } else {
                etcd = word.substring("--etcd.endpoints=".length());
            }
            words = words.subList(1, words.size());
        }
        if (words.isEmpty() || words.get(0).equals("-h") || words.get(0).equals("--help")) {
            (words.isEmpty() ? err : out).println(USAGE);
            return words.isEmpty() ? 2 : 0;
        }
        // The instances registered in etcd, watched for the command's length, or the addresses given.
        try (EtcdInstancer registered = etcd == null ? null
                : EtcdInstancer.builder(EtcdEndpoints.parse(etcd), ProfileServiceMain.ETCD_PREFIX).build()) {
            Instancer instances = registered != null ? registered : instances(addresses);
            if (instances.instances().isEmpty()) {
                err.println("error: no instance of profilesvc is registered in etcd at " + etcd);
                return 2;
            }
            if (words.get(0).equals("load")) {
                return load(instances, words.subList(1, words.size()), out);
            }
            ProfileService profiles = ProfileServiceHttpClient.endpoints(instances,
                    LoadBalancing.builder().timeout(Duration.ofSeconds(5)).build(), HttpClientTransport.builder());
            Object result = execute(profiles, words.get(0), words.subList(1, words.size()));
            out.println(result == null ? "ok" : new String(JsonCodec.standard().write(result), java.nio.charset.StandardCharsets.UTF_8));
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("profilecli: " + e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (HttpClientException | NoInstanceException e) {
            err.println("error: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    /** Runs {@link ProfileLoad} for the duration its flags give; returns 0 when no call failed, 1 otherwise. */
    private static int load(Instancer instances, List<String> flags, PrintStream out) throws InterruptedException {
        Duration duration = Duration.ofSeconds(10);
        int concurrency = 8;
        Duration interval = Duration.ofSeconds(1);
        for (String flag : flags) {
            if (flag.startsWith("--duration=")) {
                duration = duration(flag.substring("--duration=".length()));
            } else if (flag.startsWith("--concurrency=")) {
                concurrency = number(flag.substring("--concurrency=".length()));
            } else if (flag.startsWith("--interval=")) {
                interval = duration(flag.substring("--interval=".length()));
            } else {
                throw new IllegalArgumentException("unknown load flag: " + flag);
            }
        }
        try (ProfileLoad load = ProfileLoad.start(instances, concurrency, interval, out)) {
            Thread.sleep(duration.toMillis());
            return load.stop() == 0 ? 0 : 1;
        }
    }

    /** Parses {@code 10s} or {@code 500ms}. */
    private static Duration duration(String text) {
        if (text.endsWith("ms")) {
            return positive(Duration.ofMillis(number(text.substring(0, text.length() - 2))), text);
        }
        if (text.endsWith("s")) {
            return positive(Duration.ofSeconds(number(text.substring(0, text.length() - 1))), text);
        }
        throw new IllegalArgumentException("not a duration such as 10s or 500ms: " + text);
    }

    private static Duration positive(Duration duration, String text) {
        if (duration.isZero()) {
            throw new IllegalArgumentException("not a positive duration: " + text);
        }
        return duration;
    }

    private static int number(String text) {
        try {
            return Integer.parseUnsignedInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + text);
        }
    }

    private static Object execute(ProfileService profiles, String command, List<String> arguments) throws Exception {
        switch (command) {
            case "get" -> {
                return profiles.getProfile(argument(arguments, 0, 1));
            }
            case "post" -> {
                profiles.postProfile(new Profile(argument(arguments, 0, 2), optional(arguments, 1), List.of()));
                return null;
            }
            case "put" -> {
                String id = argument(arguments, 0, 2);
                profiles.putProfile(id, new Profile(id, optional(arguments, 1), List.of()));
                return null;
            }
            case "patch" -> {
                String id = argument(arguments, 0, 2);
                profiles.patchProfile(id, new Profile(id, argument(arguments, 1, 2), List.of()));
                return null;
            }
            case "delete" -> {
                profiles.deleteProfile(argument(arguments, 0, 1));
                return null;
            }
            case "addresses" -> {
                return profiles.getAddresses(argument(arguments, 0, 1));
            }
            case "address" -> {
                return profiles.getAddress(argument(arguments, 0, 2), argument(arguments, 1, 2));
            }
            case "add-address" -> {
                profiles.postAddress(argument(arguments, 0, 3),
                        new Address(argument(arguments, 1, 3), argument(arguments, 2, 3)));
                return null;
            }
            case "delete-address" -> {
                profiles.deleteAddress(argument(arguments, 0, 2), argument(arguments, 1, 2));
                return null;
            }
            default -> throw new IllegalArgumentException("unknown command: " + command);
        }
    }

    /** Returns the instances of a comma-separated list of base URIs, such as {@code http://10.0.0.7:8080}. */
    private static Instancer instances(String addresses) {
        URI[] uris = Arrays.stream(addresses.split(",", -1)).map(URI::create).toArray(URI[]::new);
        for (URI uri : uris) {
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException("not an http://host:port address: " + uri);
            }
        }
        return Instancer.fixed(uris);
    }

    private static String argument(List<String> arguments, int index, int expected) {
        if (arguments.size() <= index || arguments.size() > expected) {
            throw new IllegalArgumentException("wrong number of arguments");
        }
        return arguments.get(index);
    }

    private static String optional(List<String> arguments, int index) {
        if (arguments.size() > index + 1) {
            throw new IllegalArgumentException("wrong number of arguments");
        }
        return arguments.size() > index ? arguments.get(index) : "";
    }
}
