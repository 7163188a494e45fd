package dev.javakit.sample.profilesvc;

import dev.javakit.test.StartupArchive;

/**
 * Writes the class-data archive that the README's start command uses ({@link StartupArchive}),
 * trained on the calls a first client makes: every route family, the error path, JSON-RPC, a
 * scrape and a probe. The build runs it after packaging.
 *
 * <pre>java -cp test-classes dev.javakit.sample.profilesvc.StartupArchiveTraining JAR ARCHIVE</pre>
 */
public final class StartupArchiveTraining {

    private StartupArchiveTraining() {
    }

    /** Trains on {@code args[0]}, the packaged jar, and writes {@code args[1]}, the archive. */
    public static void main(String[] args) throws Exception {
        StartupArchive.train(args, caller -> {
            caller.post("/profiles/", "{\"id\":\"first\",\"name\":\"First\",\"addresses\":[{\"id\":\"home\",\"location\":\"Here\"}]}");
            caller.get("/profiles/first");
            caller.get("/profiles/first/addresses/home");
            caller.get("/profiles/nobody");
            caller.post("/rpc", "{\"jsonrpc\":\"2.0\",\"method\":\"getProfile\",\"params\":[\"first\"],\"id\":1}");
            caller.get("/metrics");
            caller.get("/health/ready");
        });
    }
}
