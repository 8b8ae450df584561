package dev.baton.application.fakes;

import dev.baton.application.signin.UserAccount;
import dev.baton.application.signin.port.UserAccountRepository;
import dev.baton.domain.person.PersonId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

public final class InMemoryAccounts implements UserAccountRepository {

    private final Map<String, UserAccount> byUsername = new HashMap<>();

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
        byUsername.put(account.username(), account);
    }

    @Override
    public void save(UserAccount account) {
        byUsername.values().removeIf(a -> a.person().equals(account.person()));
        add(account);
    }
}
