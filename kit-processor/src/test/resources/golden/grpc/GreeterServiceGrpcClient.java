package test;

import dev.javakit.endpoint.Middleware;
import dev.javakit.grpc.client.GrpcClientTransport;
import dev.javakit.sd.Instancer;
import dev.javakit.sd.lb.LoadBalancing;
import javax.annotation.processing.Generated;

/**
 * Calls {@link GreeterService} over gRPC with the methods of {@link GreeterServiceGrpc}, as Go kit's
 * {@code grpctransport.NewClient}: {@link #create} returns the service, {@link #endpoints} its
 * endpoints.
 */
@Generated("dev.javakit.processor.KitProcessor")
public final class GreeterServiceGrpcClient {
    private GreeterServiceGrpcClient() {
    }

    /**
     * Returns the endpoints that call the service with {@code transport}, as a service themselves;
     * wrap them with client middlewares first.
     */
    public static GreeterServiceEndpoints endpoints(GrpcClientTransport transport) {
        return new GreeterServiceEndpoints(
                transport.endpoint(GreeterServiceGrpc.GREET, GreeterServiceClientErrors.GREET),
                transport.endpoint(GreeterServiceGrpc.ADD_GREETING, GreeterServiceClientErrors.ADD_GREETING),
                transport.endpoint(GreeterServiceGrpc.LIST, GreeterServiceClientErrors.LIST),
                transport.endpoint(GreeterServiceGrpc.DELETE, GreeterServiceClientErrors.DELETE),
                transport.endpoint(GreeterServiceGrpc.ADD_ALL, GreeterServiceClientErrors.ADD_ALL),
                transport.endpoint(GreeterServiceGrpc.RENAME, GreeterServiceClientErrors.RENAME),
                transport.endpoint(GreeterServiceGrpc.ECHO, GreeterServiceClientErrors.ECHO),
                transport.endpoint(GreeterServiceGrpc.RESET, GreeterServiceClientErrors.RESET));
    }

    /**
     * Returns the service served at {@code target}, {@code host:port}, called with a default
     * transport.
     */
    public static GreeterService create(String target) {
        return endpoints(GrpcClientTransport.builder(target).build());
    }

    /**
     * Returns the service spread over the instances {@code instancer} lists, with the default
     * load balancing and transport.
     */
    public static GreeterService create(Instancer instancer) {
        return endpoints(instancer, LoadBalancing.defaults(), GrpcClientTransport.builder());
    }

    /**
     * Returns the endpoints that spread calls over the instances {@code instancer} lists as
     * {@code policy} says, calling each with a transport {@code transports} builds, which is
     * closed when its instance leaves; the endpoints of a transport to no instance give the
     * set its shape.
     */
    public static GreeterServiceEndpoints endpoints(Instancer instancer, LoadBalancing policy,
            GrpcClientTransport.Builder transports) {
        return policy.over(instancer, instance -> new Connected(transports.build(instance)))
                .endpoints(new Connected(transports.build()), Connected::with)
                .endpoints();
    }

    /**
     * One instance's endpoints and the transport they call, which the balancer closes when
     * the instance leaves.
     */
    private record Connected(GrpcClientTransport transport,
            GreeterServiceEndpoints endpoints) implements AutoCloseable {
        Connected(GrpcClientTransport transport) {
            this(transport, GreeterServiceGrpcClient.endpoints(transport));
        }

        private Connected with(Middleware middleware) {
            return new Connected(transport, endpoints.with(middleware));
        }

        @Override
        public void close() {
            transport.close();
        }
    }
}
