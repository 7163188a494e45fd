package dev.javakit.sd.lb;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.javakit.endpoint.Endpoint;
import dev.javakit.endpoint.EndpointInfo;
import dev.javakit.json.JsonCodec;
import dev.javakit.json.JsonReader;
import dev.javakit.transport.http.client.ClientErrors;
import dev.javakit.transport.http.client.ClientRequest;
import dev.javakit.transport.http.client.HttpClientTransport;
import java.net.URI;

/**
 * The client endpoints of one {@link KitInstance}, as a generated endpoint set would be: the
 * request is the HTTP method to call {@code /who} with, the response the instance's name.
 */
record Who(Endpoint<String, String> who) {

    /** Names a call that may be repeated. */
    static final EndpointInfo READ = new EndpointInfo("who", "read", true);
    /** Names a call that must not be repeated once delivered. */
    static final EndpointInfo WRITE = new EndpointInfo("who", "write", false);

    private record Name(String name) {
    }

    private static final JsonReader<Name> NAME = JsonCodec.standard().reader(Name.class);

    /** Returns the endpoints of the instance at {@code uri}, called with a transport {@code transports} builds. */
    static Who at(URI uri, HttpClientTransport.Builder transports) {
        HttpClientTransport transport = transports.build(uri);
        return new Who((ctx, method) -> {
            ClientRequest request = ClientRequest.of(method, "/who");
            if (!method.equals("GET")) {
                request.body("{}".getBytes(UTF_8));
            }
            return transport.call(ctx, request, NAME, ClientErrors.NONE).name();
        });
    }
}
