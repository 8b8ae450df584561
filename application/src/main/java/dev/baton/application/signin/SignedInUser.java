package dev.baton.application.signin;

import dev.baton.domain.person.PersonId;
import dev.baton.domain.person.Role;
import java.util.Set;

public record SignedInUser(String username, PersonId person, Set<Role> roles) {

    public SignedInUser {
        roles = Set.copyOf(roles);
    }
}
