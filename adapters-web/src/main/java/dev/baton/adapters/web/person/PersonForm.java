package dev.baton.adapters.web.person;

import dev.baton.domain.person.Person;
import dev.baton.domain.person.Role;
import java.util.List;

/** The person form as typed, kept when the form is refused. */
public record PersonForm(String id, String name, String email, List<String> roles, String version) {

    public PersonForm {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    static PersonForm empty() {
        return new PersonForm("", "", "", List.of(), "");
    }

    static PersonForm of(Person person) {
        return new PersonForm(
                Long.toString(person.id().value()),
                person.name().value(),
                person.email().value(),
                person.roles().stream().map(Role::name).toList(),
                Long.toString(person.version()));
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
