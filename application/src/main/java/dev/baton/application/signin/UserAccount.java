package dev.baton.application.signin;

import dev.baton.domain.person.PersonId;
import java.util.Objects;

/** A sign-in: a username and a password hash, belonging to one person whose roles it carries. */
public record UserAccount(String username, String passwordHash, PersonId person) {

    /** The longest username the accounts (and the failed attempts counted per typed name) can store. */
    public static final int MAX_USERNAME_LENGTH = 80;

    public UserAccount {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(person, "person");
    }

    /**
     * Whether a typed name could belong to an account at all: not longer than {@value #MAX_USERNAME_LENGTH}
     * characters and free of NUL, which the database cannot store. Any other name is refused at sign-in like a wrong
     * password, before it is looked up or counted.
     */
    public static boolean couldBeUsername(String name) {
        return name.length() <= MAX_USERNAME_LENGTH && name.indexOf('\0') < 0;
    }
}
