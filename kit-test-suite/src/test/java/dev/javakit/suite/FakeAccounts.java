package dev.javakit.suite;

import dev.javakit.context.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** An in-memory account service that records what reached it. */
final class FakeAccounts implements AccountService {

    final Map<Long, Account> accounts = new ConcurrentHashMap<>(Map.of(
            7L, new Account(7, "ada", Kind.PERSONAL),
            8L, new Account(8, "acme", Kind.BUSINESS),
            9L, new Account(9, "initech", Kind.BUSINESS)));
    final List<String> calls = new ArrayList<>();
    volatile Context lastContext;
    volatile List<String> lastTags;

    @Override
    public String login(String user, String password) throws AccessDeniedException {
        calls.add("login");
        if (!"secret".equals(password)) {
            throw new AccessDeniedException();
        }
        return "token-" + user;
    }

    @Override
    public Account get(long id) throws AccountMissingException {
        calls.add("get");
        Account account = accounts.get(id);
        if (account == null) {
            throw new AccountMissingException();
        }
        return account;
    }

    @Override
    public List<Account> search(List<String> tags, Optional<Integer> limit, Kind kind) {
        calls.add("search");
        lastTags = tags;
        return accounts.values().stream()
                .filter(account -> account.kind() == kind)
                .sorted((a, b) -> Long.compare(a.id(), b.id()))
                .limit(limit.orElse(Integer.MAX_VALUE))
                .toList();
    }

    @Override
    public void close(Context ctx, long id) throws AccountMissingException {
        calls.add("close");
        lastContext = ctx;
        if (accounts.remove(id) == null) {
            throw new AccountMissingException();
        }
    }

    @Override
    public void audit(Account account) throws Exception {
        calls.add("audit");
        throw new IOException("audit log unavailable");
    }
}
