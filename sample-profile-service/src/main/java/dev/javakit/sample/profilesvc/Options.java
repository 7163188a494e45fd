package dev.javakit.sample.profilesvc;

import java.util.Map;

/**
 * The command line, in Go's flag style: {@code -http.addr=:8080}, {@code --http.addr :8080},
 * {@code --tracing}; tracing can also be switched on with {@code PROFILESVC_TRACING=true}.
 *
 * @param httpAddr the address to listen on, {@code [host]:port}
 * @param tracing whether endpoint calls are traced (spans are written to the log)
 * @param help whether usage was asked for
 */
record Options(String httpAddr, boolean tracing, boolean help) {

    /** The environment variable that switches tracing on when set to {@code true}. */
    static final String TRACING_VARIABLE = "PROFILESVC_TRACING";

    static final String USAGE = """
            usage: java -jar sample-profile-service.jar [--http.addr=HOST:PORT] [--tracing]
              --http.addr   HTTP listen address (default ":8080")
              --tracing     trace every call with OpenTelemetry, spans written to the log
                            (also PROFILESVC_TRACING=true)""";

    /** Parses the arguments alone, tracing off unless asked for. */
    static Options parse(String... args) {
        return parse(Map.of(), args);
    }

    /** Parses the arguments; throws {@link IllegalArgumentException} naming the one it cannot read. */
    static Options parse(Map<String, String> environment, String... args) {
        String httpAddr = ":8080";
        boolean tracing = "true".equalsIgnoreCase(environment.get(TRACING_VARIABLE));
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String flag = arg.startsWith("--") ? arg.substring(2) : arg.startsWith("-") ? arg.substring(1) : null;
            if (flag == null) {
                throw new IllegalArgumentException("unexpected argument: " + arg);
            }
            int equals = flag.indexOf('=');
            String name = equals < 0 ? flag : flag.substring(0, equals);
            switch (name) {
                case "h", "help" -> help = true;
                case "tracing" -> tracing = equals < 0 || Boolean.parseBoolean(flag.substring(equals + 1));
                case "http.addr" -> {
                    if (equals >= 0) {
                        httpAddr = flag.substring(equals + 1);
                    } else if (i + 1 < args.length) {
                        httpAddr = args[++i];
                    } else {
                        throw new IllegalArgumentException("flag needs an argument: " + arg);
                    }
                }
                default -> throw new IllegalArgumentException("unknown flag: " + arg);
            }
        }
        return new Options(httpAddr, tracing, help);
    }
}
