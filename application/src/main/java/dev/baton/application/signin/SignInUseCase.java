package dev.baton.application.signin;

import java.util.Optional;

public interface SignInUseCase {

    SignInOutcome signIn(String username, char[] password);

    /** The user behind a session that was signed in earlier; empty when the account is gone. */
    Optional<SignedInUser> resume(String username);
}
