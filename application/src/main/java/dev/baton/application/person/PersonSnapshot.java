package dev.baton.application.person;

import dev.baton.domain.person.Person;
import dev.baton.domain.person.Role;
import java.util.LinkedHashMap;
import java.util.Map;

final class PersonSnapshot {

    private PersonSnapshot() {}

    static Map<String, Object> of(Person person) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", person.name().value());
        state.put("email", person.email().value());
        state.put("roles", person.roles().stream().map(Role::name).toList());
        return state;
    }
}
