package dev.javakit.sample.profilesvc;

import dev.javakit.annotations.KitService;
import dev.javakit.annotations.ResultName;
import dev.javakit.annotations.Transport;
import dev.javakit.annotations.http.DELETE;
import dev.javakit.annotations.http.GET;
import dev.javakit.annotations.http.PATCH;
import dev.javakit.annotations.http.POST;
import dev.javakit.annotations.http.PUT;
import dev.javakit.annotations.http.Path;
import java.util.List;

/**
 * The profile service of Go kit's {@code examples/profilesvc}: profiles with addresses, served at
 * the same routes with the same JSON.
 */
@KitService(transports = {Transport.HTTP, Transport.JSON_RPC, Transport.GRPC})
public interface ProfileService {

    /** Creates a profile. */
    @POST("/profiles/")
    void postProfile(Profile profile) throws AlreadyExistsException, InvalidProfileException;

    /** Returns a profile. */
    @GET("/profiles/{id}")
    @ResultName("profile")
    Profile getProfile(String id) throws NotFoundException;

    /** Creates or replaces a whole profile; the body's id must be the path's. */
    @PUT("/profiles/{id}")
    void putProfile(String id, Profile profile) throws InconsistentIdsException, InvalidProfileException;

    /** Replaces the non-empty fields of an existing profile. */
    @PATCH("/profiles/{id}")
    void patchProfile(String id, Profile profile)
            throws InconsistentIdsException, NotFoundException, InvalidProfileException;

    /** Deletes a profile. */
    @DELETE("/profiles/{id}")
    void deleteProfile(String id) throws NotFoundException;

    /** Returns a profile's addresses, in insertion order. */
    @GET("/profiles/{id}/addresses/")
    @ResultName("addresses")
    List<Address> getAddresses(@Path("id") String profileId) throws NotFoundException;

    /** Returns one address of a profile. */
    @GET("/profiles/{id}/addresses/{addressID}")
    @ResultName("address")
    Address getAddress(@Path("id") String profileId, @Path("addressID") String addressId) throws NotFoundException;

    /** Adds an address to a profile. */
    @POST("/profiles/{id}/addresses/")
    void postAddress(@Path("id") String profileId, Address address)
            throws NotFoundException, AlreadyExistsException, InvalidProfileException;

    /** Deletes an address of a profile. */
    @DELETE("/profiles/{id}/addresses/{addressID}")
    void deleteAddress(@Path("id") String profileId, @Path("addressID") String addressId) throws NotFoundException;
}
