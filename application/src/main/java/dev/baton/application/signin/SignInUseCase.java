package dev.baton.application.signin;

import java.util.Optional;

public interface SignInUseCase {

    /** A password sign-in from {@code client}, the caller's network address (as the HTTP layer saw it). */
    SignInOutcome signIn(String username, char[] password, String client);

    /**
     * The user behind a session that was signed in earlier, or behind a name that a trusted single sign-on provider
     * vouched for; empty when there is no such account. Roles are always Baton's own.
     */
    Optional<SignedInUser> resume(String username);
}
