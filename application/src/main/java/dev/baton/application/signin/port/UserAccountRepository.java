package dev.baton.application.signin.port;

import dev.baton.application.signin.UserAccount;
import dev.baton.domain.person.PersonId;
import java.util.Optional;

public interface UserAccountRepository {

    Optional<UserAccount> findByUsername(String username);

    Optional<UserAccount> findByPerson(PersonId person);

    void add(UserAccount account);

    /** Stores the person's one account, replacing the username and hash they had. */
    void save(UserAccount account);
}
