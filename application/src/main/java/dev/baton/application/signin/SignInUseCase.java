package dev.baton.application.signin;

import java.util.Optional;

public interface SignInUseCase {

    SignInOutcome signIn(String username, char[] password);

    /**
     * The user behind a session that was signed in earlier, or behind a name that a trusted single sign-on provider
     * vouched for; empty when there is no such account. Roles are always Baton's own.
     */
    Optional<SignedInUser> resume(String username);
}
