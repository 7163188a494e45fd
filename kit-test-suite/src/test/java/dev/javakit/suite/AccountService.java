package dev.javakit.suite;

import dev.javakit.annotations.KitService;
import dev.javakit.annotations.LogResult;
import dev.javakit.annotations.Redacted;
import dev.javakit.annotations.ResultName;
import dev.javakit.annotations.http.DELETE;
import dev.javakit.annotations.http.GET;
import dev.javakit.annotations.http.Header;
import dev.javakit.annotations.http.POST;
import dev.javakit.annotations.http.Query;
import dev.javakit.context.Context;
import java.util.List;
import java.util.Optional;

/** A service exercising what the generated code must do at run time. */
@KitService(name = "accounts")
public interface AccountService {

    /** Returns a session token; the password must never reach a log. */
    @POST("/sessions/")
    @ResultName("token")
    String login(@Query String user, @Redacted @Header("X-Password") String password) throws AccessDeniedException;

    /** Returns an account; its result is logged. */
    @GET("/accounts/{id}")
    @ResultName("account")
    @LogResult
    Account get(long id) throws AccountMissingException;

    /** Searches accounts by repeated tags, an optional limit and a kind. */
    @GET("/accounts/")
    @ResultName("accounts")
    List<Account> search(@Query("tag") List<String> tags, Optional<Integer> limit, Kind kind);

    /** Closes an account; the caller's context reaches the implementation. */
    @DELETE("/accounts/{id}")
    void close(Context ctx, long id) throws AccountMissingException;

    /** Deliberately fails with a checked exception the interface does not declare by name. */
    @POST("/audits/")
    void audit(Account account) throws Exception;
}
