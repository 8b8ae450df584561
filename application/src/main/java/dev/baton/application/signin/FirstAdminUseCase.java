package dev.baton.application.signin;

import java.util.Optional;

public interface FirstAdminUseCase {

    /**
     * Makes sure the {@code admin} account exists. Returns the password when one had to be generated, so it can be
     * shown once; empty when the account existed or the given password was used.
     */
    Optional<String> ensureAdmin(Optional<String> configuredPassword);
}
