package dev.baton.adapters.persistence.signin;

import dev.baton.adapters.persistence.shared.Flushing;
import dev.baton.application.signin.UserAccount;
import dev.baton.application.signin.port.UserAccountRepository;
import dev.baton.domain.person.PersonId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

@ApplicationScoped
public class UserAccountPersistenceAdapter implements UserAccountRepository {

    private final UserAccountPanacheRepository repository;

    @Inject
    public UserAccountPersistenceAdapter(UserAccountPanacheRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return repository.findByIdOptional(username).map(UserAccountPersistenceAdapter::toDomain);
    }

    @Override
    public Optional<UserAccount> findByPerson(PersonId person) {
        return repository
                .find("personId", person.value())
                .firstResultOptional()
                .map(UserAccountPersistenceAdapter::toDomain);
    }

    @Override
    public void save(UserAccount account) {
        Optional<UserAccountJpaEntity> current =
                repository.find("personId", account.person().value()).firstResultOptional();
        if (current.isPresent() && current.get().username.equals(account.username())) {
            current.get().passwordHash = account.passwordHash();
            return;
        }
        // The username is the key: a renamed sign-in is a new row, and the old one goes first.
        current.ifPresent(old -> {
            repository.delete(old);
            repository.flush();
        });
        add(account);
    }

    private static UserAccount toDomain(UserAccountJpaEntity e) {
        return new UserAccount(e.username, e.passwordHash, new PersonId(e.personId));
    }

    @Override
    public void add(UserAccount account) {
        UserAccountJpaEntity entity = new UserAccountJpaEntity();
        entity.username = account.username();
        entity.passwordHash = account.passwordHash();
        entity.personId = account.person().value();
        repository.persist(entity);
        Flushing.flushGuarded(repository.getEntityManager(), "user-account", account.username());
    }
}
