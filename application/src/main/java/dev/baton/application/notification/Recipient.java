package dev.baton.application.notification;

import dev.baton.domain.person.EmailAddress;
import dev.baton.domain.person.PersonId;
import dev.baton.domain.person.Role;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A person who can sign in, as the notifications see them: where their mail goes, which language it is worded in,
 * and whether they still want the weekly digest.
 */
public record Recipient(
        PersonId person, String name, EmailAddress email, Set<Role> roles, Locale language, boolean digestWanted) {

    public Recipient {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(language, "language");
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
