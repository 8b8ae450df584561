package dev.baton.application.signin;

import java.util.Optional;

public interface UserAccountRepository {

    Optional<UserAccount> findByUsername(String username);

    void add(UserAccount account);
}
