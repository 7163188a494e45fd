package dev.javakit.sample.profilesvc;

/**
 * The command line, in Go's flag style: {@code -http.addr=:8080}, {@code --http.addr :8080}.
 *
 * @param httpAddr the address to listen on, {@code [host]:port}
 * @param help whether usage was asked for
 */
record Options(String httpAddr, boolean help) {

    static final String USAGE = """
            usage: java -jar sample-profile-service.jar [--http.addr=HOST:PORT]
              --http.addr   HTTP listen address (default ":8080")""";

    /** Parses the arguments; throws {@link IllegalArgumentException} naming the one it cannot read. */
    static Options parse(String... args) {
        String httpAddr = ":8080";
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
        return new Options(httpAddr, help);
    }
}
