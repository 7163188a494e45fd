package dev.javakit.suite;

import dev.javakit.annotations.KitService;
import dev.javakit.annotations.Transport;
import dev.javakit.annotations.http.Body;
import dev.javakit.annotations.http.GET;
import dev.javakit.annotations.http.POST;
import dev.javakit.annotations.http.Query;

/** A service whose declared exceptions share statuses with the transport's own errors, over gRPC too. */
@KitService(name = "orders", transports = {Transport.HTTP, Transport.JSON_RPC, Transport.GRPC})
public interface OrderService {

    /** Returns an order. */
    @GET("/api/v1/orders/{id}")
    String getOrder(String id) throws OrderNotFoundException, UnavailableException;

    /** Concatenates two strings, up to a maximum size. */
    @GET("/concat")
    String concat(@Query String a, @Query String b) throws MaxSizeExceededException, InvalidOrderException;

    /** Places an order and returns its id. */
    @POST("/orders/")
    String place(@Body String order) throws TooLargeException, SlowDownException;
}
