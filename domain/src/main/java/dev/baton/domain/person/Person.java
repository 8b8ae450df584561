package dev.baton.domain.person;

import dev.baton.domain.shared.InvalidValueException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** Someone who uses Baton. Immutable; the version guards concurrent edits like a team's. */
public record Person(PersonId id, PersonName name, EmailAddress email, Set<Role> roles, long version) {

    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        if (roles == null || roles.isEmpty()) {
            throw new InvalidValueException("field.ROLE_REQUIRED");
        }
        roles = Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    public static Person create(PersonId id, PersonName name, EmailAddress email, Set<Role> roles) {
        return new Person(id, name, email, roles, 0);
    }

    public Person edit(PersonName newName, EmailAddress newEmail, Set<Role> newRoles) {
        return new Person(id, newName, newEmail, newRoles, version);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
