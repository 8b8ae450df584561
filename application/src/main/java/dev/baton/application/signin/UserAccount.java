package dev.baton.application.signin;

import dev.baton.domain.person.PersonId;
import java.util.Objects;

/** A sign-in: a username and a password hash, belonging to one person whose roles it carries. */
public record UserAccount(String username, String passwordHash, PersonId person) {

    public UserAccount {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(person, "person");
    }
}
