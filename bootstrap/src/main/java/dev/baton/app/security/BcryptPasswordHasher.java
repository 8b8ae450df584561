package dev.baton.app.security;

import dev.baton.application.signin.port.PasswordHasher;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * bcrypt through Quarkus's own {@link BcryptUtil} (Elytron's password classes): a salted, deliberately slow hash in
 * the Modular Crypt Format. The {@code $2a$} hashes that jBCrypt wrote before are read the same way.
 */
@ApplicationScoped
public class BcryptPasswordHasher implements PasswordHasher {

    // 2^12 rounds: about a quarter of a second per check here, slow for a guesser and fine for a person.
    private static final int LOG_ROUNDS = 12;

    @Override
    public String hash(char[] password) {
        return BcryptUtil.bcryptHash(new String(password), LOG_ROUNDS);
    }

    @Override
    public boolean matches(char[] password, String hash) {
        try {
            return BcryptUtil.matches(new String(password), hash);
        } catch (RuntimeException e) {
            // A hash that is not bcrypt at all never matches.
            return false;
        }
    }
}
