package dev.baton.application.token;

import dev.baton.application.signin.SignedInUser;
import java.util.Optional;

public interface AuthenticateApiTokenUseCase {

    /**
     * The person behind a token's secret, with the roles they hold now; empty for an unknown, revoked or expired token,
     * or one whose person no longer has a sign-in.
     */
    Optional<SignedInUser> authenticate(String secret);
}
