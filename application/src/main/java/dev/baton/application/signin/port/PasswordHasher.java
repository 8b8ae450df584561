package dev.baton.application.signin.port;

/** One-way password hashing (bcrypt in production). Plain passwords never leave the sign-in use cases. */
public interface PasswordHasher {

    String hash(char[] password);

    boolean matches(char[] password, String hash);
}
