package dev.baton.application.fakes;

import dev.baton.application.signin.port.PasswordHasher;

/** "Hashes" that are the password with a prefix, counting every check: bcrypt's contract without its cost. */
public final class PrefixHasher implements PasswordHasher {

    public int checks;

    @Override
    public String hash(char[] password) {
        return "hash:" + new String(password);
    }

    @Override
    public boolean matches(char[] password, String hash) {
        checks++;
        return hash.equals(hash(password));
    }
}
