package dev.baton.application.person;

import dev.baton.application.shared.FieldError;
import dev.baton.application.shared.Validation;
import dev.baton.domain.person.Role;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

final class PersonFields {

    private PersonFields() {}

    static Set<Role> roles(Validation v, Collection<String> raw) {
        if (raw == null || raw.isEmpty()) {
            v.add(FieldError.of("roles", "field.ROLE_REQUIRED"));
            return null;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String each : raw) {
            Role role = v.enumField("roles", each, Role.class);
            if (role != null) {
                roles.add(role);
            }
        }
        return roles;
    }
}
