package dev.baton.app.security;

import dev.baton.application.signin.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import org.mindrot.jbcrypt.BCrypt;

/** bcrypt through jBCrypt: a salted, deliberately slow hash. */
@ApplicationScoped
public class BcryptPasswordHasher implements PasswordHasher {

    // 2^12 rounds: about a quarter of a second per check here, slow for a guesser and fine for a person.
    private static final int LOG_ROUNDS = 12;

    @Override
    public String hash(char[] password) {
        return BCrypt.hashpw(new String(password), BCrypt.gensalt(LOG_ROUNDS));
    }

    @Override
    public boolean matches(char[] password, String hash) {
        try {
            return BCrypt.checkpw(new String(password), hash);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
