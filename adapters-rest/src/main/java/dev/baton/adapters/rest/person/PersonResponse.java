package dev.baton.adapters.rest.person;

import dev.baton.domain.person.Person;
import dev.baton.domain.person.Role;
import java.util.List;

public record PersonResponse(long id, String name, String email, List<String> roles, long version) {

    static PersonResponse of(Person person) {
        return new PersonResponse(
                person.id().value(),
                person.name().value(),
                person.email().value(),
                person.roles().stream().map(Role::name).sorted().toList(),
                person.version());
    }
}
