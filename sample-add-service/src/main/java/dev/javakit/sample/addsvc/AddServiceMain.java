package dev.javakit.sample.addsvc;

import dev.javakit.apidoc.ApiDocuments;
import dev.javakit.json.JsonCodec;
import dev.javakit.logback.KitLogback;
import dev.javakit.main.ServiceRunner;
import dev.javakit.main.ServiceSetup;
import dev.javakit.metrics.MetricsMiddleware;
import dev.javakit.transport.http.HttpRoutes;
import dev.javakit.transport.http.HttpServer;
import dev.javakit.transport.jsonrpc.JsonRpcHandler;
import java.io.IOException;
import java.util.List;
import tools.jackson.databind.MapperFeature;

/**
 * Runs addsvc over REST and JSON-RPC ({@code POST /rpc}), with metrics, health, its API descriptions
 * ({@code GET /openapi.json}, {@code /openrpc.json}) and a graceful stop.
 *
 * <pre>java -jar sample-add-service.jar [--http.addr=HOST:PORT]</pre>
 */
public final class AddServiceMain {

    /** Go's encoding/json matches names regardless of case, and Go kit's clients send {@code {"A":1,"B":2}}. */
    static final JsonCodec GO_JSON = JsonCodec.of(JsonCodec.standardMapperBuilder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
            .build());

    private AddServiceMain() {
    }

    /** Serves until SIGTERM or Ctrl-C, then answers what it has read and flushes the log. */
    public static void main(String[] args) {
        runner().onStop(KitLogback::stop).main(args);
    }

    /** Starts the service on {@code address}, such as {@code 127.0.0.1:0} in tests. */
    public static HttpServer start(String address) throws IOException {
        return runner().start("--http.addr=" + address);
    }

    static ServiceRunner runner() {
        return ServiceRunner.named("addsvc").routes(AddServiceMain::wire);
    }

    /** The layers from the inside out, as Go kit's addsvc main: service, its middlewares, endpoints, transports. */
    static List<HttpRoutes> wire(ServiceSetup setup) {
        AddService service = new BasicAddService();
        service = new AddServiceLogging(service);
        service = new AddServiceMetrics(service, setup.registry());
        AddServiceEndpoints endpoints = AddServiceEndpoints.of(service).with(new MetricsMiddleware(setup.registry()));
        // Nothing between the wire and the sum blocks: the calls run on the event loops.
        return List.of(
                AddServiceHttpRoutes.of(endpoints, GO_JSON).nonBlocking(),
                JsonRpcHandler.routes("/rpc", AddServiceJsonRpc.of(endpoints, GO_JSON)).nonBlocking(),
                ApiDocuments.routes(AddService.class));
    }
}
