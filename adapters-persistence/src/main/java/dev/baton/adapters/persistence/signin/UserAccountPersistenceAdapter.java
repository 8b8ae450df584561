package dev.baton.adapters.persistence.signin;

import dev.baton.application.signin.UserAccount;
import dev.baton.application.signin.UserAccountRepository;
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
        return repository
                .findByIdOptional(username)
                .map(e -> new UserAccount(e.username, e.passwordHash, new PersonId(e.personId)));
    }

    @Override
    public void add(UserAccount account) {
        UserAccountJpaEntity entity = new UserAccountJpaEntity();
        entity.username = account.username();
        entity.passwordHash = account.passwordHash();
        entity.personId = account.person().value();
        repository.persist(entity);
    }
}
