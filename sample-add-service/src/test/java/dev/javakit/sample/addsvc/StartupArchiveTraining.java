package dev.javakit.sample.addsvc;

import dev.javakit.test.StartupArchive;

/**
 * Writes the class-data archive that the README's start command uses ({@link StartupArchive}),
 * trained on the calls a first client makes: both methods, the error path, JSON-RPC, a scrape and
 * a probe. The build runs it after packaging.
 *
 * <pre>java -cp test-classes dev.javakit.sample.addsvc.StartupArchiveTraining JAR ARCHIVE</pre>
 */
public final class StartupArchiveTraining {

    private StartupArchiveTraining() {
    }

    /** Trains on {@code args[0]}, the packaged jar, and writes {@code args[1]}, the archive. */
    public static void main(String[] args) throws Exception {
        StartupArchive.train(args, caller -> {
            caller.post("/sum", "{\"a\":1,\"b\":2}");
            caller.post("/concat", "{\"a\":\"go\",\"b\":\"kit\"}");
            caller.post("/sum", "{\"a\":0,\"b\":0}");
            caller.post("/rpc", "{\"jsonrpc\":\"2.0\",\"method\":\"sum\",\"params\":{\"a\":1,\"b\":2},\"id\":1}");
            caller.get("/metrics");
            caller.get("/health/ready");
        });
    }
}
