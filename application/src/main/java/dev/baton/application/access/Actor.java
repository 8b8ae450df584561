package dev.baton.application.access;

import dev.baton.domain.person.PersonId;
import dev.baton.domain.person.Role;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Who is asking: a signed-in user with their roles and, when they are a person in Baton, which one. */
public record Actor(String username, Optional<PersonId> person, Set<Role> roles, boolean authenticated) {

    public Actor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(person, "person");
        roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    /** Baton itself, for the work that a start-up or scheduled job runs explicitly through {@link SystemWork}. */
    public static Actor system() {
        return new Actor("system", Optional.empty(), EnumSet.allOf(Role.class), true);
    }

    public static Actor anonymous() {
        return new Actor("anonymous", Optional.empty(), Set.of(), false);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
