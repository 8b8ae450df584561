package dev.baton.application.fakes;

import dev.baton.application.signin.UserAccount;
import dev.baton.application.signin.port.UserAccountRepository;
import dev.baton.domain.person.PersonId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sign-in accounts kept in memory, keeping the PostgreSQL adapter's contract: a username and a person each have one
 * account at most, and saving replaces the person's account.
 */
public final class InMemoryAccounts implements UserAccountRepository {

    private final Map<String, UserAccount> byUsername = new LinkedHashMap<>();

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return Optional.ofNullable(byUsername.get(username));
    }

    @Override
    public Optional<UserAccount> findByPerson(PersonId person) {
        return byUsername.values().stream()
                .filter(a -> a.person().equals(person))
                .findFirst();
    }

    @Override
    public void add(UserAccount account) {
        if (byUsername.containsKey(account.username())) {
            throw Clashes.taken("username");
        }
        if (findByPerson(account.person()).isPresent()) {
            throw Clashes.taken("personId");
        }
        byUsername.put(account.username(), account);
    }

    /** Every account, in the order they were added: what the in-memory recipients join people to. */
    public List<UserAccount> all() {
        return List.copyOf(byUsername.values());
    }

    @Override
    public void save(UserAccount account) {
        findByPerson(account.person()).ifPresent(old -> byUsername.remove(old.username()));
        add(account);
    }
}
